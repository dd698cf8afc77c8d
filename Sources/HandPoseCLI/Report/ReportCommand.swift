import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseReport
import HandPoseStore

/// `handpose report FILE|SESSION-ID --output report.html`: the clinician's report of one recording
/// or stored session, as a self-contained HTML page (or a PDF printed by headless Chromium).
public struct ReportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A clinician's report of one recording or stored session: one HTML page (or PDF) to read, print or file.",
        discussion: """
            The page starts with the patient and session identifiers and the recording quality \
            verdict with its warnings; then, per hand, the tremor spectrum (band shaded, peak \
            labelled), the tremor landmark's displacement over time, smoothness and the range of \
            motion against normal ranges; the asymmetry bars; a trend of tremor amplitude and \
            frequency over the patient's earlier sessions; the method, its parameters and the \
            software version. Inline CSS and SVG only: it opens offline and prints on A4.

            FILE is analysed like `handpose analyze FILE` (with --protocol and the reading options); \
            --patient adds that patient's stored sessions as the trend; with --patient or --db, a \
            file already stored is analysed without its artifact annotations. SESSION-ID is a stored \
            session: its latest analysis (of --protocol, when given), its stored raw landmarks for \
            the trace, the patient's earlier sessions for the trend; the report is recorded in the \
            database's reports table.

            Exit status: 64 bad option, 65 unreadable recording, 66 no such file or session, 69 \
            database unreachable or no Chromium for --format pdf, 73 output folder missing.
            """)

    @Argument(help: ArgumentHelp("A recording (CSV), or the id of a stored recording session.", valueName: "file-or-session-id"))
    public var source: String

    @Option(name: .shortAndLong, help: "The report file to write.")
    public var output: String

    @Option(name: .customLong("protocol"), help: "FILE: protocol id or path (default free-recording). SESSION-ID: use the latest analysis with this protocol.")
    public var protocolReference: String?

    @Option(help: "Earlier sessions of the same patient in the trend (0: no trend).")
    public var previous = 5

    @Option(help: "FILE only: the patient (e-mail or id of a stored user) whose stored sessions make the trend.")
    public var patient: String?

    @Option(help: "html, or pdf (printed by headless Chromium; set HANDPOSE_CHROMIUM to its path if it is not on PATH).")
    public var format: ReportFormat = .html

    @OptionGroup public var interpretation: IngestInterpretation

    @OptionGroup public var database: DatabaseOptions

    public init() {}

    public func validate() throws {
        if previous < 0 { throw ValidationError("--previous must be 0 or more, got \(previous)") }
    }

    public func run() async throws {
        try await reportingFailures {
            let started = Date()
            let printer = format == .pdf ? try ChromiumPrinter.locate() : nil
            let destination = URL(fileURLWithPath: output).standardizedFileURL
            try Self.requireDirectory(of: destination, named: output)

            let inputs = ReportInputs(
                protocolReference: protocolReference, previous: previous, interpretation: interpretation, database: database)
            let loaded: ReportInputs.Loaded
            switch try ReportInputs.Source(source) {
            case .file(let path):
                loaded = try await inputs.file(path, patient: patient)
            case .session(let id):
                guard patient == nil else {
                    throw CommandFailure(message: "error: --patient applies to a FILE; a stored session names its own patient", status: ExitStatus.usage)
                }
                loaded = try await inputs.session(id)
            }
            var options = ["format": format.rawValue, "previous sessions": "\(previous)"]
            if let protocolReference { options["protocol"] = protocolReference }
            let report = ClinicalReport(
                analysis: loaded.analysis, subject: loaded.subject, traces: loaded.traces, earlierSessions: loaded.earlier,
                generatedAt: started, options: options)
            let html = report.html()

            switch printer {
            case nil:
                try Self.write(html, to: destination, named: output)
            case let printer?:
                try printer.printPDF(html: html, to: destination, named: output)
            }
            let size = FileManager.default.fileSize(atPath: destination.path) ?? 0
            var line = "\(output): \(format.rawValue) report written (\(size / 1024) KB"
                + (loaded.earlier.isEmpty ? "" : ", trend over \(loaded.earlier.count) earlier session\(loaded.earlier.count == 1 ? "" : "s")") + ")"
            if let stored = loaded.stored {
                let record = try await stored.save(path: destination.path, format: format, options: options, earlier: loaded.earlier)
                line += "; stored as report \(record.id)"
            }
            print(line)
        }
    }

    /// 73 when the output's folder does not exist: checked before any work is done.
    static func requireDirectory(of destination: URL, named output: String) throws {
        let folder = destination.deletingLastPathComponent().path
        guard FileManager.default.directoryExists(atPath: folder) else {
            throw CommandFailure(
                message: "\(output): error: cannot write the report: the folder \(folder) does not exist", status: ExitStatus.cannotCreate)
        }
    }

    static func write(_ html: String, to destination: URL, named output: String) throws {
        do {
            try html.write(to: destination, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "\(output): error: cannot write: \(localizedDescription(of: error))", status: ExitStatus.cannotCreate)
        }
    }
}

/// `--format html|pdf`.
public enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case html, pdf
}
