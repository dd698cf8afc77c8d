import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseBench
import HandPoseCore
import HandPoseIO
import HandPoseSimulation
import HandPoseStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `handpose bench`: every filter on identical input, measured against the truth.
public struct BenchCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the filters on identical input: accuracy against the truth, tremor and smoothness errors, gaps, speed.",
        discussion: """
            Runs every selected method with its documented defaults (or the parameters given) on the \
            same recording and reports per method: the RMS error against the true clean signal (mm), \
            the amplitude ratio and phase lag (ms) at the true tremor frequency, the errors it causes \
            in the tremor frequency and amplitude and in SPARC and LDLJ-V, the share of samples it \
            could not filter (runs too short for it), and its speed (samples/s, median of --repeat \
            runs on one core). `raw`, the unfiltered input, is always a row. Without truth it reports \
            what can be measured: the residual output − input, the response and smoothness change \
            against the input, and the speed.

            Input: a recording with the truth.json `handpose simulate` wrote for it (the clean signal \
            is rebuilt from its seed), a recording alone, or --simulate. With --simulate, each of \
            --fps, --tremor-hz, --tremor-mm and --noise-mm takes a comma-separated list and every \
            combination is a cell of the grid.

            Methods: all, or a comma-separated list of raw, butterworth, savgol, moving-average, \
            exponential, fft, wavelet, kalman, ukf, particle, each optionally with parameters as \
            METHOD:KEY=VALUE[:KEY=VALUE…], the keys being `handpose filter`'s options \
            (butterworth:cutoff=6:order=2, savgol:window=11, kalman:model=ca, exponential:causal).

            Output: text (a ranked table per cell and hand), or json / csv with one flat row per \
            method, hand and cell and stable column names, ready for pandas. Everything but the \
            speed columns (samplesPerSecond, filterSeconds) is the same for the same seed.

            Examples:
              handpose bench --simulate --fps 30,60,120 --noise-mm 1,3,5 --format csv
              handpose bench rec.csv --truth truth.json --methods savgol,kalman:model=ca
              handpose bench rec.csv --repeat 5

            Exit status: 0 done, 64 bad argument or method, 65 bad data or a truth that does not \
            describe the recording, 66 missing input, 73 cannot write the output.
            """)

    @Argument(help: "The recording to benchmark: a CSV file, or the id of a stored session (omit with --simulate).")
    public var file: String?

    @Option(help: "The truth JSON of FILE, as written by `handpose simulate --truth`.")
    public var truth: String?

    @Flag(help: "Benchmark on simulated recordings instead of FILE.")
    public var simulate = false

    @Option(help: "Simulation: length in seconds (default 20).")
    public var duration: Double?

    @Option(help: ArgumentHelp(
        "Simulation: frame rates, comma-separated (default 60). With FILE: the frame rate to assume when it has no time column.",
        valueName: "fps,…"))
    public var fps: String?

    @Option(name: .customLong("tremor-hz"), help: ArgumentHelp("Simulation: tremor frequencies in Hz, comma-separated (default 5).", valueName: "hz,…"))
    public var tremorHz: String?

    @Option(name: .customLong("tremor-mm"), help: ArgumentHelp("Simulation: zero-to-peak tremor amplitudes in mm, comma-separated (default 2).", valueName: "mm,…"))
    public var tremorMm: String?

    @Option(name: .customLong("noise-mm"), help: ArgumentHelp("Simulation: landmark noise levels (standard deviation, mm), comma-separated (default 1).", valueName: "mm,…"))
    public var noiseMm: String?

    @Option(help: "Simulation: seed of every random choice (default 1).")
    public var seed: UInt64?

    @Option(help: "Hands: left, right or both (default: right when simulating, every hand of FILE).")
    public var hands: SimulatedHands?

    @Flag(help: "Simulation: keep the hands at rest (no voluntary movement; SPARC and LDLJ-V are then not computable).")
    public var rest = false

    @Option(help: "Simulation: probability that a frame is dropped (default 0).")
    public var dropRate: Double?

    @Option(help: ArgumentHelp("Simulation: a detection gap as in `handpose simulate --gap`. Repeatable.", valueName: "gap"))
    public var gap: [String] = []

    @Option(name: .customLong("jitter-ms"), help: "Simulation: timestamp jitter in ms (default 0).")
    public var jitterMilliseconds: Double?

    @Option(help: "Simulation: coordinate units m, mm or normalized (default mm).")
    public var units: SimulatedUnits?

    @Option(help: "Image size WxH: of the virtual camera when simulating, or of FILE's normalized coordinates.")
    public var imageSize: ImageSizeArgument?

    @Option(help: "FILE: wrist to middle-finger MCP length in mm, to calibrate image units to mm.")
    public var handLengthMm: Double?

    @Option(help: ArgumentHelp("all, or a comma-separated list of methods, each optionally METHOD:KEY=VALUE[:KEY=VALUE…].", valueName: "methods"))
    public var methods: String = "all"

    @Option(name: .customLong("repeat"), help: "Runs of each filter; its speed is the median.")
    public var repetitions: Int = 3

    @Option(help: "Output format: text (ranked tables), json or csv (flat rows for pandas).")
    public var format: BenchFormat = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    public var output: String?

    public init() {}

    public func validate() throws {
        switch (file, simulate) {
        case (nil, false): throw ValidationError("give a recording FILE (with --truth truth.json when it is simulated) or --simulate")
        case (.some(let file), true): throw ValidationError("give either FILE (\(file)) or --simulate, not both")
        default: break
        }
        if file != nil {
            let simulationOnly: [(String, Bool)] = [
                ("--duration", duration != nil), ("--tremor-hz", tremorHz != nil), ("--tremor-mm", tremorMm != nil),
                ("--noise-mm", noiseMm != nil), ("--seed", seed != nil), ("--rest", rest), ("--drop-rate", dropRate != nil),
                ("--gap", !gap.isEmpty), ("--jitter-ms", jitterMilliseconds != nil), ("--units", units != nil),
            ]
            let given = simulationOnly.filter(\.1).map(\.0)
            guard given.isEmpty else {
                throw ValidationError("\(given.joined(separator: ", ")) \(given.count == 1 ? "applies" : "apply") to --simulate, not to a FILE (its truth.json holds the simulation)")
            }
            if let fps {
                let rates = try Self.numbers(fps, option: "--fps")
                guard rates.count == 1, rates[0] > 0 else {
                    throw ValidationError("--fps \(fps): with FILE give one frame rate to assume, a positive number")
                }
            }
            if let handLengthMm, !(handLengthMm > 0 && handLengthMm.isFinite) {
                throw ValidationError("--hand-length-mm must be a positive length in mm, got \(handLengthMm)")
            }
        } else {
            if let truth { throw ValidationError("--truth \(truth) goes with FILE; --simulate knows its own truth") }
            if handLengthMm != nil { throw ValidationError("--hand-length-mm goes with FILE; a simulation is calibrated") }
            _ = try makeGrid()
        }
        guard (1...1000).contains(repetitions) else {
            throw ValidationError("--repeat \(repetitions) must be between 1 and 1000 runs")
        }
        _ = try makeBenchmark()
    }

    @OptionGroup public var database: DatabaseOptions

    public func run() async throws {
        try await reportingFailures {
            let benchmark = try makeBenchmark()
            let results: [BenchmarkResult]
            if let file, StoreID.isValid(file), !FileManager.default.fileExists(atPath: file) {
                results = benchmark.run(try await storedCase(file))
            } else if let file {
                results = benchmark.run(try readCase(file))
            } else {
                let grid = try makeGrid()
                let interactive = isatty(STDERR_FILENO) != 0
                results = benchmark.run(grid) { cell in
                    if interactive { StandardError.write("bench: cell \(cell.cell.index)/\(grid.cellCount)") }
                }
            }
            var warned = Set<String>()
            for row in results {
                for note in row.notes where note.hasPrefix("filter: ") && warned.insert("\(row.method) \(note)").inserted {
                    StandardError.write("warning: cell \(row.cell.index), \(row.method): \(note.dropFirst("filter: ".count))")
                }
            }
            let text = switch format {
            case .text: BenchmarkTable.text(results, repetitions: repetitions)
            case .json: BenchmarkTable.json(results)
            case .csv: BenchmarkTable.csv(results)
            }
            try CommandOutput.write(text, to: output == "-" ? nil : output)
        }
    }

    // MARK: - Building the benchmark

    private func makeBenchmark() throws -> FilterBenchmark {
        do {
            return try FilterBenchmark(methods: try BenchmarkMethod.parseList(methods), repetitions: repetitions)
        } catch {
            throw ValidationError(error.code == .invalidMethod ? "--methods: \(error.message)" : error.message)
        }
    }

    /// The grid of simulated cells; any problem is a usage error (exit 64).
    func makeGrid() throws -> BenchmarkGrid {
        let rates = try fps.map { try Self.numbers($0, option: "--fps") } ?? [60]
        let frequencies = try tremorHz.map { try Self.numbers($0, option: "--tremor-hz") } ?? [5]
        let amplitudes = try tremorMm.map { try Self.numbers($0, option: "--tremor-mm") } ?? [2]
        let noises = try noiseMm.map { try Self.numbers($0, option: "--noise-mm") } ?? [1]
        let gaps: [GapSpec]
        do {
            gaps = try gap.map(GapSpec.parse)
        } catch let error as SimulationError {
            throw ValidationError("--gap: \(error.message)")
        }
        let base = SimulationConfiguration(
            duration: duration ?? 20, frameRate: rates[0], seed: seed ?? 1, noiseMillimetres: noises[0], dropRate: dropRate ?? 0,
            gaps: gaps, jitterMilliseconds: jitterMilliseconds ?? 0, units: units ?? .millimetres,
            imageSize: imageSize?.size ?? SimulationConfiguration.defaultImageSize, hands: (hands ?? .right).sides,
            voluntaryMovement: !rest)
        do {
            return try BenchmarkGrid(
                base: base, frameRates: rates, tremorFrequencies: frequencies, tremorAmplitudes: amplitudes, noiseLevels: noises)
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// A stored session's raw landmarks (its artifact annotations left out), without truth, as one cell.
    private func storedCase(_ sessionID: String) async throws -> BenchmarkCase {
        if truth != nil {
            throw CommandFailure(
                message: "error: --truth applies to a simulated FILE; a stored session is benchmarked without truth",
                status: ExitStatus.usage)
        }
        let stored = try await database.withStore { store in try await store.storedRecording(sessionID: sessionID) }
        let recording = stored.recording.excluding(stored.excludedRanges.map { $0.startSeconds...$0.endSeconds })
        do {
            return try BenchmarkCase.recorded(recording, truth: nil, source: "session \(sessionID)", hands: hands?.sides)
        } catch {
            throw CommandFailure(
                message: "session \(sessionID): error: " + error.message,
                status: error.isUsageError ? ExitStatus.usage : ExitStatus.dataError)
        }
    }

    /// FILE, its truth and the hands asked for, as one cell.
    private func readCase(_ file: String) throws -> BenchmarkCase {
        var options = IngestOptions()
        options.frameRate = try fps.map { try Self.numbers($0, option: "--fps")[0] }
        options.imageSize = imageSize?.size
        options.handLengthMillimetres = handLengthMm
        let recording: Recording
        do {
            recording = try RecordingReader.read(contentsOf: file, options: options)
        } catch {
            throw CommandFailure(error)
        }
        let truthDocument = try truth.map(Self.readTruth)
        do {
            return try BenchmarkCase.recorded(recording, truth: truthDocument, source: file, hands: hands?.sides)
        } catch {
            let prefix = error.code == .truthMismatch ? "\(truth ?? file): error: " : "\(file): error: "
            throw CommandFailure(message: prefix + error.message, status: error.isUsageError ? ExitStatus.usage : ExitStatus.dataError)
        }
    }

    private static func readTruth(_ path: String) throws -> SimulationTruth {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "\(path): error: no such truth file", status: ExitStatus.noInput)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): error: cannot read the truth file", status: ExitStatus.noInput)
        }
        do {
            return try SimulationTruth.decode(from: data)
        } catch {
            throw CommandFailure(
                message: "\(path): error: not a handpose simulate truth document (\(Self.describe(error)))", status: ExitStatus.dataError)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing key \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context), DecodingError.dataCorrupted(let context):
            (context.codingPath.isEmpty ? "" : context.codingPath.map(\.stringValue).joined(separator: ".") + ": ") + context.debugDescription
        default: "\(error)"
        }
    }

    /// `30,60,120` → `[30, 60, 120]`; every value finite.
    static func numbers(_ text: String, option: String) throws -> [Double] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        return try pieces.map { piece in
            guard !piece.isEmpty else {
                throw ValidationError("\(option) \(text): an empty entry; give numbers separated by single commas, for example 30,60,120")
            }
            guard let value = Double(piece), value.isFinite else {
                throw ValidationError("\(option) \(text): '\(piece)' is not a number; give numbers separated by commas, for example 30,60,120")
            }
            return value
        }
    }
}

/// `--format text|json|csv` of `handpose bench`.
public enum BenchFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, csv
}
