import ArgumentParser
import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseDatabase
import HandPoseStore

/// `handpose compare A B`: two recordings of the same person side by side, with statistical tests
/// on the tremor measured in 4 s windows. A and B are files or stored sessions.
public struct CompareCommand: AsyncParsableCommand {
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

            A or B may be the id of a stored recording session (a UUID that is not a file): its raw \
            landmarks are read back from the database and analysed again with the session's \
            protocol (unless --protocol is given), leaving out the time ranges annotated as \
            artifacts. A file whose content is stored as a session gets that session's artifacts \
            left out as well (when a database is in use: a session argument, --db or --save). \
            --save stores the comparison of two sessions.
            """)

    @Argument(help: "Recording A (CSV file or stored session id): the reference, for example before treatment.")
    public var a: String

    @Argument(help: "Recording B (CSV file or stored session id), compared with A.")
    public var b: String

    @OptionGroup public var interpretation: IngestInterpretation

    @Option(name: .customLong("protocol"), help: "Protocol id or path to a protocol JSON file (default: a stored session's own, else free-recording).")
    public var protocolReference: String?

    @Option(help: "Filter both recordings first: butterworth, savgol, moving-average, exponential, fft, wavelet, kalman, ukf or particle (with their defaults).")
    public var filter: FilterMethod?

    @Option(help: "Tremor band LOW,HIGH in Hz (default: the protocol's, 3,12 for free recordings).")
    public var band: BandArgument?

    @Option(help: "Output format: text (for clinicians) or json (the comparison document).")
    public var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    public var output: String?

    @Flag(help: "Store the comparison in the database (A and B must be stored sessions), with an audit row; its id is printed on stderr.")
    public var save = false

    @Option(help: "With --save: the clinician comparing (e-mail or id of a stored user); also recorded as the audit actor.")
    public var clinician: String?

    @OptionGroup public var database: DatabaseOptions

    public init() {}

    public func validate() throws {
        if let band, !(band.low > 0 && band.low < band.high) {
            throw ValidationError("--band \(band.low),\(band.high) must have 0 < LOW < HIGH")
        }
        if !save, clinician != nil { throw ValidationError("--clinician applies only with --save") }
    }

    public func run() async throws {
        try await reportingFailures {
            let explicitProtocol: ClinicalProtocol?
            do {
                explicitProtocol = try protocolReference.map { try ProtocolLibrary.bundled.resolve($0) }
            } catch let error as AnalysisError {
                throw CommandFailure(message: error.description, status: error.code == .unknownProtocol ? ExitStatus.usage : ExitStatus.dataError)
            }
            let inputs = [ComparedInput(a), ComparedInput(b)]
            if save, let file = inputs.first(where: { $0.sessionID == nil }) {
                throw CommandFailure(
                    message: "error: --save stores a comparison of two stored sessions, but \(file.argument) is a file; store it with `handpose analyze \(file.argument) --save` and compare the session ids (`handpose sessions list`)",
                    status: ExitStatus.usage)
            }
            let needsStore = save || database.url != nil || inputs.contains { $0.sessionID != nil }
            let location = needsStore ? try database.location() : nil
            let store = needsStore ? try await database.openStore() : nil
            let clinicianID = try await withStoreErrors(location) { () async throws -> String? in
                guard let store else { return nil }
                return try await resolveUserID(clinician, in: store, role: "clinician")
            }

            // Both inputs are read first, so a missing B fails before A is analysed.
            var subjects: [Subject] = []
            for input in inputs { subjects.append(try await subject(input, store: store, location: location)) }
            let fallbackProtocol = subjects.compactMap(\.storedProtocol).first ?? ProtocolLibrary.bundled.defaultProtocol
            let analyzers = subjects.map { subject in
                Analyzer(
                    protocol: explicitProtocol ?? subject.storedProtocol ?? fallbackProtocol,
                    options: AnalysisOptions(
                        tremorBandHz: band.map { $0.low...$0.high },
                        filter: filter.map { ProtocolFilterPreset(method: ProtocolFilterPreset.Method(rawValue: $0.rawValue)!) },
                        excludedRanges: subject.excludedRanges))
            }
            let recordings = subjects.map(\.recording)
            // The two analyses block their threads: keep them off the cooperative pool.
            let results = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    let results = ConcurrentResults<Result<WindowedAnalysis, AnalysisError>>(count: 2)
                    DispatchQueue.concurrentPerform(iterations: 2) { index in
                        results[index] = Result { () throws(AnalysisError) in try analyzers[index].analyzeWithWindows(recordings[index]) }
                    }
                    continuation.resume(returning: [results[0]!, results[1]!])
                }
            }
            let comparison = RecordingComparison(
                try results[0].get(), try results[1].get(), labelA: subjects[0].label, labelB: subjects[1].label)
            let text = switch format {
            case .text: ComparisonTextRenderer(comparison: comparison).render()
            case .json: String(decoding: try comparison.jsonData(), as: UTF8.self) + "\n"
            }
            try write(text)

            guard save, let store, let location, let baseline = subjects[0].sessionID, let compared = subjects[1].sessionID else { return }
            let record = try await withStoreErrors(location) {
                try await store.addComparison(
                    ComparisonRecord(
                        baselineSessionID: baseline, comparisonSessionID: compared,
                        metricDifferences: String(decoding: try comparison.metricDifferencesJSON(), as: UTF8.self),
                        statisticalTests: String(decoding: try comparison.statisticalTestsJSON(), as: UTF8.self),
                        createdBy: clinicianID))
            }
            StandardError.write("comparison \(record.id) saved to \(location) (baseline session \(baseline), comparison session \(compared))")
        }
    }

    /// One side of the comparison, ready to analyse.
    private struct Subject {
        var label: String
        var recording: Recording
        var sessionID: String?
        /// The stored session's protocol, for a session.
        var storedProtocol: ClinicalProtocol?
        var excludedRanges: [ExcludedRange]
    }

    /// Reads a file (with the artifact ranges of its stored session when a database is open), or
    /// rebuilds a stored session's recording.
    private func subject(_ input: ComparedInput, store: ClinicalStore?, location: DatabaseURL?) async throws -> Subject {
        if let sessionID = input.sessionID, let store {
            let stored = try await withStoreErrors(location) { try await store.storedRecording(sessionID: sessionID) }
            return Subject(
                label: "session \(sessionID)", recording: stored.recording, sessionID: sessionID,
                storedProtocol: stored.clinicalProtocol, excludedRanges: stored.excludedRanges)
        }
        let recording = try interpretation.readRecording(input.argument)
        guard let store else { return Subject(label: input.argument, recording: recording, excludedRanges: []) }
        let found = try await storedArtifacts(ofFile: input.argument, in: store, location: location)
        return Subject(label: input.argument, recording: recording, excludedRanges: found.ranges)
    }

    private func write(_ text: String) throws {
        try CommandOutput.write(text, to: output)
    }
}

/// A compared argument: a file path, or a stored session's id (a UUID naming no existing file).
struct ComparedInput {
    var argument: String
    var sessionID: String?

    init(_ argument: String) {
        self.argument = argument
        let isSession = StoreID.isValid(argument) && !FileManager.default.fileExists(atPath: argument)
        sessionID = isSession ? argument.lowercased() : nil
    }
}
