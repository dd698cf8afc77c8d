import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseIO
import HandPoseSimulation

/// `handpose simulate`: a two-hand recording with known truth, for researchers and for tests.
public struct SimulateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a simulated two-hand recording and the truth it was generated from.",
        discussion: """
            The skeleton has adult bone lengths (wrist to middle-finger MCP 88 mm). Each finger flexes \
            and extends with minimum-jerk profiles while the wrist moves between targets; tremor is a \
            whole-hand sinusoid per hand; then Gaussian landmark noise, dropped frames, detection gaps \
            and timestamp jitter are applied. The output is identical for a given seed on every machine.

            Examples:
              handpose simulate --duration 30 --fps 60 --seed 1 --tremor right:5.2:3.0 \\
                --noise-mm 0.5 --output rec.csv --truth truth.json
              handpose simulate --duration 20 --fps 30 --seed 7 --units normalized --layout wide \\
                --drop-rate 0.02 --gap right:8:1.5 --jitter-ms 3 --output rec.csv --truth truth.json
            """)

    @Option(help: "Length of the recording in seconds.")
    public var duration: Double

    @Option(help: "Nominal frame rate in frames per second.")
    public var fps: Double

    @Option(help: "Seed of every random choice; the same seed gives the same files.")
    public var seed: UInt64

    @Option(help: ArgumentHelp(
        "Tremor of one hand as HAND:FREQUENCY_HZ:AMPLITUDE_MM[:DX,DY,DZ] (zero-to-peak). Repeatable.",
        valueName: "hand:hz:mm"))
    public var tremor: [String] = []

    @Option(name: .customLong("noise-mm"), help: "Standard deviation of the Gaussian landmark noise in mm.")
    public var noiseMillimetres: Double = 0

    @Option(help: "Probability that a frame is dropped (no row for either hand), in [0, 1).")
    public var dropRate: Double = 0

    @Option(help: ArgumentHelp(
        "A detection gap: LENGTH_S, HAND:LENGTH_S, START_S:LENGTH_S or HAND:START_S:LENGTH_S. Repeatable.",
        valueName: "gap"))
    public var gap: [String] = []

    @Option(name: .customLong("jitter-ms"), help: "Standard deviation of the timestamp jitter in ms.")
    public var jitterMilliseconds: Double = 0

    @Option(help: "CSV layout: long, wide (x0…z20), wide-one-based (x1…z21) or named (MediaPipe names).")
    public var layout: LayoutArgument = .long

    @Option(help: "Coordinate units: m (world metres), mm (world millimetres) or normalized (image).")
    public var units: SimulatedUnits = .millimetres

    @Option(help: "Virtual camera image size WxH for normalized units (default 1280x720).")
    public var imageSize: ImageSizeArgument?

    @Option(help: "Hands to simulate: left, right or both.")
    public var hands: SimulatedHands = .both

    @Flag(help: "Keep the hands at rest: no finger cycles or wrist movement, only tremor and noise.")
    public var rest = false

    @Option(help: ArgumentHelp(
        "Decimal places of the coordinates (default: 4 for mm, 7 for m and normalized, i.e. 0.1 µm or better).",
        valueName: "n"))
    public var decimals: Int?

    @Option(name: .shortAndLong, help: "Path of the recording CSV to write (- for standard output).")
    public var output: String

    @Option(help: "Path of the truth JSON to write.")
    public var truth: String?

    public init() {}

    public func run() throws {
        let configuration = try makeConfiguration()
        try reportingFailures {
            var (recording, truthDocument) = RecordingSimulator.simulate(configuration)
            recording.metadata["source"] = "handpose-simulate \(HandPoseVersion.current)"
            do {
                try RecordingWriter.write(
                    recording, layout: layout.sourceLayout, to: output, coordinateDecimals: coordinateDecimals)
                if let truth {
                    try truthDocument.jsonData().write(to: URL(fileURLWithPath: truth))
                }
            } catch let error as RecordingWriterError {
                throw CommandFailure(message: error.description, status: ExitStatus.cannotCreate)
            } catch {
                throw CommandFailure(message: "\(truth ?? output): error: cannot write: \(localizedDescription(of: error))", status: ExitStatus.cannotCreate)
            }
        }
    }

    /// The decimal places written: enough that rounding is far below any simulated noise or tremor.
    var coordinateDecimals: Int {
        decimals ?? (units == .millimetres ? 4 : 7)
    }

    public func validate() throws {
        if let decimals, !(0...15).contains(decimals) {
            throw ValidationError("--decimals must be between 0 and 15, got \(decimals)")
        }
        _ = try makeConfiguration()
    }

    /// Builds and validates the configuration; any problem is a usage error (exit 64).
    func makeConfiguration() throws -> SimulationConfiguration {
        do {
            var tremors: [HandSide: TremorSpec] = [:]
            for text in tremor {
                let (side, spec) = try TremorSpec.parse(text)
                guard tremors[side] == nil else { throw ValidationError("--tremor given twice for the \(side) hand") }
                tremors[side] = spec
            }
            let configuration = SimulationConfiguration(
                duration: duration, frameRate: fps, seed: seed, tremor: tremors,
                noiseMillimetres: noiseMillimetres, dropRate: dropRate, gaps: try gap.map(GapSpec.parse),
                jitterMilliseconds: jitterMilliseconds, units: units,
                imageSize: imageSize?.size ?? SimulationConfiguration.defaultImageSize,
                hands: hands.sides, voluntaryMovement: !rest)
            try configuration.validate()
            if let missing = tremors.keys.first(where: { !configuration.hands.contains($0) }) {
                throw ValidationError("--tremor names the \(missing) hand, which --hands leaves out")
            }
            return configuration
        } catch let error as ValidationError {
            throw error
        } catch let error as SimulationError {
            throw ValidationError(error.message)
        }
    }
}

/// `--hands left|right|both`.
public enum SimulatedHands: String, ExpressibleByArgument, CaseIterable, Sendable {
    case left, right, both

    var sides: [HandSide] {
        switch self {
        case .left: [.left]
        case .right: [.right]
        case .both: [.left, .right]
        }
    }
}

extension SimulatedUnits: ExpressibleByArgument {}
