import ArgumentParser
import Dispatch
import Foundation
import HandPoseAnalysis
import HandPoseCore

/// `handpose compare A B`: two recordings of the same person side by side, with statistical tests
/// on the tremor measured in 4 s windows.
public struct CompareCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two recordings: every metric per hand (A, B, change) and tests on 4 s tremor windows.",
        discussion: """
            Analyses A and B identically (same protocol, band, filter and input options), then lists \
            per hand each metric of A and B with the change (B - A, and relative to A): tremor \
            frequency, amplitude, RMS, regularity and tremor time, SPARC, LDLJ-V, confidence, the \
            range of motion of every joint, and the asymmetry indices.

            The tremor amplitude and frequency are also measured in non-overlapping 4 s windows of \
            each recording, and the windows of B are tested against those of A: Welch's t-test, the \
            Mann-Whitney U test (exact for small samples without ties, as scipy), Hedges' g and the \
            rank-biserial correlation. Statistics are positive when B is larger. Windows of one \
            recording are not fully independent and p-values are not corrected for multiple \
            comparisons: read them with the effect sizes.
            """)

    @Argument(help: "Recording A (CSV): the reference, for example before treatment.")
    public var a: String

    @Argument(help: "Recording B (CSV), compared with A.")
    public var b: String

    @OptionGroup public var interpretation: IngestInterpretation

    @Option(name: .customLong("protocol"), help: "Protocol id or path to a protocol JSON file (default free-recording).")
    public var protocolReference: String?

    @Option(help: "Filter both recordings first: butterworth, savgol, moving-average, exponential, fft, wavelet, kalman, ukf or particle (with their defaults).")
    public var filter: FilterMethod?

    @Option(help: "Tremor band LOW,HIGH in Hz (default: the protocol's, 3,12 for free recordings).")
    public var band: BandArgument?

    @Option(help: "Output format: text (for clinicians) or json (the comparison document).")
    public var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    public var output: String?

    public init() {}

    public func validate() throws {
        if let band, !(band.low > 0 && band.low < band.high) {
            throw ValidationError("--band \(band.low),\(band.high) must have 0 < LOW < HIGH")
        }
    }

    public func run() throws {
        try reportingFailures {
            let clinicalProtocol: ClinicalProtocol
            do {
                clinicalProtocol = try protocolReference.map { try ProtocolLibrary.bundled.resolve($0) } ?? ProtocolLibrary.bundled.defaultProtocol
            } catch let error as AnalysisError {
                throw CommandFailure(message: error.description, status: error.code == .unknownProtocol ? ExitStatus.usage : ExitStatus.dataError)
            }
            let analyzer = Analyzer(
                protocol: clinicalProtocol,
                options: AnalysisOptions(
                    tremorBandHz: band.map { $0.low...$0.high },
                    filter: filter.map { ProtocolFilterPreset(method: ProtocolFilterPreset.Method(rawValue: $0.rawValue)!) }))
            // Both files are read first, so a missing B fails before A is analysed.
            let recordings = [try interpretation.readRecording(a), try interpretation.readRecording(b)]
            let results = ConcurrentResults<Result<WindowedAnalysis, AnalysisError>>(count: 2)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                results[index] = Result { () throws(AnalysisError) in try analyzer.analyzeWithWindows(recordings[index]) }
            }
            let analysisA = try results[0]!.get(), analysisB = try results[1]!.get()
            let comparison = RecordingComparison(analysisA, analysisB, labelA: a, labelB: b)
            let text = switch format {
            case .text: ComparisonTextRenderer(comparison: comparison).render()
            case .json: String(decoding: try comparison.jsonData(), as: UTF8.self) + "\n"
            }
            try write(text)
        }
    }

    private func write(_ text: String) throws {
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "\(output): error: cannot write: \(error.localizedDescription)", status: ExitStatus.cannotCreate)
        }
    }
}
