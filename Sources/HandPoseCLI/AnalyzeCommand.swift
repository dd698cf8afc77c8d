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
import HandPoseIO
import HandPoseStore

/// `handpose analyze FILE|DIR...`: the clinical analysis of one recording or a batch.
public struct AnalyzeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tremor, smoothness, range of motion and asymmetry of each hand, with the recording's quality.",
        discussion: """
            Reads each recording, runs the quality gate, then measures per hand: tremor (frequency, \
            amplitude in mm, regularity, tremor time), movement smoothness (SPARC, LDLJ), the range of \
            motion of every finger joint, and left/right asymmetry; per protocol movement as well when \
            a protocol is given. Values that cannot be computed are reported with the reason.

            Several files, or a directory of *.csv files, run in parallel; a file that fails is \
            reported and the others still finish (exit 65 if any failed).

            Protocols: free-recording (default), parkinsons-tremor-assessment, essential-tremor, or a \
            path to a protocol JSON file.

            With --save or --db, a file whose content is already stored as a session is analysed \
            without the time ranges annotated as artifacts on that session (`handpose annotate`).
            """)

    @Argument(help: "Recordings (CSV) or directories of recordings.")
    public var inputs: [String]

    @OptionGroup public var interpretation: IngestInterpretation

    @Option(name: .customLong("protocol"), help: "Protocol id or path to a protocol JSON file (default free-recording).")
    public var protocolReference: String?

    @Option(help: "Filter the whole recording first: butterworth, savgol, moving-average, exponential, fft, wavelet, kalman, ukf or particle (with their defaults).")
    public var filter: FilterMethod?

    @Option(help: "Tremor band LOW,HIGH in Hz for every movement (default: the protocol's, 3,12 for free recordings).")
    public var band: BandArgument?

    @Option(help: "Output format: text (for clinicians), json (one document, or an array for several files) or jsonl (one line per file).")
    public var format: AnalysisFormat = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    public var output: String?

    @Option(help: "Recordings analysed at once (default: every core).")
    public var jobs: Int?

    @Flag(help: "Store each recording session, its processing results and analysis in the database (one transaction per file, with an audit row).")
    public var save = false

    @Option(help: "With --save: the patient (e-mail or id of a stored user).")
    public var patient: String?

    @Option(help: "With --save: the clinician (e-mail or id of a stored user); also recorded as the audit actor.")
    public var clinician: String?

    @Flag(help: "With --save: store a new analysis even when this file's content is already stored.")
    public var force = false

    @Option(help: "With --save: when the recording was made (YYYY-MM-DD or an ISO 8601 time; default: now).")
    public var recordedAt: String?

    @OptionGroup public var database: DatabaseOptions

    public init() {}

    public func validate() throws {
        if let band, !(band.low > 0 && band.low < band.high) {
            throw ValidationError("--band \(band.low),\(band.high) must have 0 < LOW < HIGH")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if !save, patient != nil || clinician != nil || force || recordedAt != nil {
            throw ValidationError("--patient, --clinician, --force and --recorded-at apply only with --save")
        }
        if let recordedAt, StoreTimestamp.parse(recordedAt) == nil {
            throw ValidationError("--recorded-at \(recordedAt) is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
        }
    }

    public func run() async throws {
        let clinicalProtocol: ClinicalProtocol
        do {
            clinicalProtocol = try ProtocolLibrary.resolveBundled(protocolReference ?? ProtocolLibrary.defaultProtocolID)
        } catch {
            StandardError.write(error.description)
            throw ExitCode(error.code == .unknownProtocol ? ExitStatus.usage : ExitStatus.dataError)
        }
        let options = AnalysisOptions(
            tremorBandHz: band.map { $0.low...$0.high },
            filter: filter.map { ProtocolFilterPreset(method: ProtocolFilterPreset.Method(rawValue: $0.rawValue)!) })
        let files = try BatchInputs.expand(inputs)
        let analyzer = Analyzer(protocol: clinicalProtocol, options: options)
        let runner = BatchRunner(jobs: jobs)
        var readOptions = interpretation.options
        // Several files at once already keep the cores busy; a second thread per file would only add its cost.
        readOptions.parallelReading = files.count == 1 || jobs == 1
        let ingest = readOptions
        let saver: SaveTarget?
        do {
            saver = save
                ? try await SaveTarget.open(
                    database, patient: patient, clinician: clinician, force: force,
                    recordedAt: recordedAt.flatMap(StoreTimestamp.parse))
                : nil
        } catch {
            let failure = CommandFailure(error)
            StandardError.write(failure.message)
            throw ExitCode(failure.status)
        }
        // With --save or an explicit --db, a file already stored is analysed without the time
        // ranges its session's artifact annotations mark.
        let lookup: (store: ClinicalStore, location: DatabaseURL)?
        do {
            if let saver {
                lookup = (saver.store, try database.location())
            } else if database.url != nil {
                lookup = (try await database.openStore(), try database.location())
            } else {
                lookup = nil
            }
        } catch {
            let failure = CommandFailure(error)
            StandardError.write(failure.message)
            throw ExitCode(failure.status)
        }
        let analyzeFile: @Sendable (String) throws -> ClinicalAnalysis = { file in
            let recording = try RecordingReader.read(contentsOf: file, options: ingest)
            var fileAnalyzer = analyzer
            var hash: String?
            if let lookup {
                let found = try waitFor { try await storedArtifacts(ofFile: file, in: lookup.store, location: lookup.location) }
                hash = found.contentHash
                if !found.ranges.isEmpty {
                    var excluding = options
                    excluding.excludedRanges = found.ranges
                    fileAnalyzer = Analyzer(protocol: clinicalProtocol, options: excluding)
                }
            }
            // `analyze(_:)` is this call without the signals, so one call serves both paths.
            let (analysis, conditioned): (ClinicalAnalysis, Recording)
            do throws(AnalysisError) {
                (analysis, conditioned) = try fileAnalyzer.analyzeKeepingSignals(recording)
            } catch {
                throw error.naming(file)
            }
            guard let saver, let hash else { return analysis }
            try saver.save(
                file: file, contentHash: hash, analysis: analysis, protocol: clinicalProtocol, recording: recording,
                filtered: options.filter == nil ? nil : conditioned)
            return analysis
        }
        let renderer = AnalysisOutput(format: format)
        let results = await runner.runOnOwnThread(files) { file in
            try renderer.render(analyzeFile(file), file: file)
        }
        try renderer.write(results, to: output)
        let failures = results.filter { $0.failure != nil }
        for failure in failures { StandardError.write(failure.failure!.message) }
        if !failures.isEmpty {
            throw ExitCode(files.count == 1 ? failures[0].failure!.status : ExitStatus.dataError)
        }
    }
}

/// `--format text|json|jsonl`.
public enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, jsonl
}
