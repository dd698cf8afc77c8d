import Foundation
import HandPoseDatabase
import HandPoseStore
import Testing

/// `handpose report` end to end through the built binary: a file, stored sessions with a trend
/// (SQLite, and PostgreSQL when `HANDPOSE_TEST_POSTGRES_URL` is set), the exit statuses, and the
/// PDF when Chromium is installed.
@Suite("handpose report")
struct ReportCommandTests {
    private let recording = CommandRunner.fixture("recordings/two-hands-long.csv")
    private let wide = CommandRunner.fixture("recordings/two-hands-wide.csv")
    private let faulty = CommandRunner.fixture("recordings/faulty-long.csv")
    private let patient = "demo.patient@handpose.example"

    private func handpose(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments, environment: environment.merging(["HANDPOSE_DATABASE_URL": ""]) { a, _ in a }, directory: directory)
    }

    private func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test("report FILE writes a self-contained page with the text report's numbers, and touches no database")
    func file() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try handpose(["report", recording, "--output", "x.html"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("x.html: html report written"))
        let html = try read(directory.appendingPathComponent("x.html"))
        for text in ["4.60 Hz", "1.54 mm", "5.20 Hz", "3.01 mm", "Recording quality: good", "two-hands-long.csv", "not a diagnosis"] {
            #expect(html.contains(text), "missing \(text)")
        }
        #expect(!html.contains("Trend over earlier sessions"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("handpose.sqlite").path))
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["report", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "report-help.txt")
    }

    static var backends: [String] {
        (ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"] ?? "").isEmpty ? ["sqlite"] : ["sqlite", "postgres"]
    }

    @Test("a stored session's report has the patient, the trend over earlier sessions, and is recorded in reports", arguments: backends)
    func storedSessions(_ backend: String) async throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var url = "sqlite:\(directory.appendingPathComponent("clinic.sqlite").path)"
        var cleanup: () -> Void = {}
        if backend == "postgres", let base = ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"] {
            let schema = "cli_report_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try PostgresSchema.create(schema, url: base)
            cleanup = { try? PostgresSchema.drop(schema, url: base) }
            url = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
        }
        defer { cleanup() }
        func run(_ arguments: String...) throws -> CommandRunner.Result {
            try handpose(arguments + ["--db", url], in: directory)
        }
        #expect(try run("db", "migrate").status == 0)
        #expect(try run("db", "seed").status == 0)
        // Three visits of the same patient; the second file twice (--force), the later analysis counts.
        for (file, date) in [(wide, "2025-01-10"), (faulty, "2025-02-14"), (recording, "2025-03-20")] {
            let saved = try run(
                "analyze", file, "--save", "--patient", patient, "--clinician", "demo.clinician@handpose.example",
                "--recorded-at", date)
            #expect(saved.status == 0, "\(saved.standardError)")
        }
        let again = try run("analyze", faulty, "--save", "--force", "--filter", "butterworth")
        #expect(again.standardError.contains("new analysis of an already stored recording"))
        let list = try run("sessions", "list", "--format", "json", "--patient", patient)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        let ids = sessions.compactMap { $0["id"] as? String }
        try #require(ids.count == 3)
        let (latest, middle, first) = (ids[0], ids[1], ids[2])  // newest first

        let result = try run("report", latest, "-o", "latest.html")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("trend over 2 earlier sessions"))
        #expect(result.standardOutput.contains("stored as report"))
        let html = try read(directory.appendingPathComponent("latest.html"))
        for text in [
            "Demo Patient", patient, latest, "Demo Clinician", "2025-03-20 00:00 UTC", "Trend over earlier sessions",
            "2 earlier sessions", String(first.prefix(8)), String(middle.prefix(8)), "4.60 Hz", "1.54 mm",
        ] {
            #expect(html.contains(text), "missing \(text)")
        }
        // --protocol picks among the session's analyses: none is of essential-tremor.
        let otherProtocol = try run("report", latest, "-o", "other.html", "--protocol", "essential-tremor")
        #expect(otherProtocol.status == 66)
        #expect(otherProtocol.standardError.contains("has no analysis with protocol essential-tremor"))
        #expect(try run("report", latest, "-o", "same.html", "--protocol", "free-recording").status == 0)
        let middleReport = try run("report", middle, "-o", "middle.html", "--previous", "1")
        #expect(middleReport.standardOutput.contains("trend over 1 earlier session)"))
        let firstReport = try run("report", first, "-o", "first.html")
        #expect(firstReport.status == 0)
        #expect(!(try read(directory.appendingPathComponent("first.html"))).contains("Trend over earlier sessions"))
        let noTrend = try run("report", latest, "-o", "none.html", "--previous", "0")
        #expect(!(try read(directory.appendingPathComponent("none.html"))).contains("Trend over earlier sessions"))
        #expect(noTrend.status == 0)

        // A FILE with --patient takes the trend from the patient's stored sessions.
        let fileReport = try run("report", recording, "-o", "file.html", "--patient", patient)
        #expect(fileReport.status == 0, "\(fileReport.standardError)")
        #expect(fileReport.standardOutput.contains("trend over 3 earlier sessions"))
        #expect(!fileReport.standardOutput.contains("stored as report"))

        // An artifact annotation: a FILE report with the database open leaves it out, as `analyze --db` does.
        let annotate = try run("annotate", latest, "--from", "4", "--to", "6", "--type", "artifact", "--text", "patient scratched")
        #expect(annotate.status == 0, "\(annotate.standardError)")
        let withArtifact = try run("report", recording, "-o", "artifact.html")
        #expect(withArtifact.status == 0, "\(withArtifact.standardError)")
        #expect(withArtifact.standardError.contains("leaving out its artifact annotation 4.0-6.0 s"))
        #expect(try read(directory.appendingPathComponent("artifact.html")).contains("Left out of the analysis:</strong> 4.0-6.0 s"))

        let store = ClinicalStore(database: try DatabaseURL(url).open())
        let reports = try await store.reports(sessionID: latest)
        #expect(reports.count == 3)  // latest.html, same.html, none.html
        let stored = try #require(reports.first { $0.path?.hasSuffix("/latest.html") == true })
        #expect(stored.format == "html")
        #expect(stored.patientID != nil)
        #expect(stored.configuration.contains(middle) && stored.configuration.contains(first))
        #expect(try await store.reports(sessionID: first).count == 1)
    }

    @Test("errors: output folder missing 73, unknown session or file 66, unreachable database 69, misuse 64")
    func errors() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let noFolder = try handpose(["report", recording, "-o", "missing/folder/x.html"], in: directory)
        #expect(noFolder.status == 73)
        #expect(noFolder.standardError.contains("does not exist"))

        #expect(try handpose(["db", "migrate"], in: directory).status == 0)
        let unknown = try handpose(["report", "00000000-0000-0000-0000-000000000000", "-o", "x.html"], in: directory)
        #expect(unknown.status == 66)
        #expect(unknown.standardError.contains("no recording session has id"))
        let noFile = try handpose(["report", "no-such-recording.csv", "-o", "x.html"], in: directory)
        #expect(noFile.status == 66)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.html").path))

        let unreachable = try handpose(
            ["report", "00000000-0000-0000-0000-000000000000", "-o", "x.html", "--db", "postgres://someone:secret@127.0.0.1:1/none"],
            in: directory)
        #expect(unreachable.status == 69)
        #expect(!unreachable.standardError.contains("secret"))
        let unreachablePatient = try handpose(
            ["report", recording, "-o", "x.html", "--patient", patient, "--db", "postgres://u@127.0.0.1:1/none"], in: directory)
        #expect(unreachablePatient.status == 69)

        #expect(try handpose(["report", recording, "-o", "x.html", "--previous", "-1"], in: directory).status == 64)
        let patientForSession = try handpose(
            ["report", "00000000-0000-0000-0000-000000000000", "-o", "x.html", "--patient", patient], in: directory)
        #expect(patientForSession.status == 64)
        #expect(try handpose(["report", recording, "-o", "x.html", "--protocol", "no-such-protocol"], in: directory).status == 64)
    }

    @Test("--format pdf without Chromium exits 69 and says what to install")
    func pdfWithoutChromium() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try handpose(
            ["report", recording, "-o", "x.pdf", "--format", "pdf"], in: directory,
            environment: ["PATH": directory.path, "HANDPOSE_CHROMIUM": ""])
        #expect(result.status == 69)
        #expect(result.standardError.contains("Chromium"))
        #expect(result.standardError.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.pdf").path))
    }

    static let chromiumInstalled: Bool = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].contains { name in
            folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
    }()

    @Test("--format pdf prints an A4 PDF with headless Chromium", .enabled(if: chromiumInstalled))
    func pdf() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try handpose(["report", recording, "-o", "x.pdf", "--format", "pdf"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let pdf = try Data(contentsOf: directory.appendingPathComponent("x.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let text = String(decoding: pdf, as: UTF8.self)
        // Header, quality and key numbers; one page per hand; summary and method: at least 4 pages
        // (the page tree's /Count, uncompressed in Chromium's PDFs).
        let counts = try NSRegularExpression(pattern: "/Count ([0-9]+)").matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range(at: 1), in: text).flatMap { Int(text[$0]) } }
        #expect((counts.max() ?? 0) >= 4, "page counts \(counts)")
        // A4 is 595 × 842 points.
        #expect(text.contains("/MediaBox [0 0 595") || text.contains("/MediaBox [0 0 594"))
    }
}
