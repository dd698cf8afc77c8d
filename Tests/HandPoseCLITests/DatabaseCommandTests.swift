import Foundation
import HandPoseStorePostgres
import Testing

/// The database commands end to end, on an SQLite file in a temporary directory (and PostgreSQL
/// when `HANDPOSE_TEST_POSTGRES_URL` is set), through the built binary.
@Suite("Database commands")
struct DatabaseCommandTests {
    private let recording = CommandRunner.fixture("recordings/two-hands-long.csv")
    private let faulty = CommandRunner.fixture("recordings/faulty-long.csv")

    private func handpose(_ arguments: String..., in directory: URL, environment: [String: String] = [:]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments, environment: environment.merging(["HANDPOSE_DATABASE_URL": ""]) { a, _ in a }, directory: directory)
    }

    @Test("migrate, seed, analyze --save, duplicate, --force, list, show, review, delete, summaries with the embedded default")
    func clinicWorkflow() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let pending = try handpose("db", "status", in: directory)
        #expect(pending.status == 78)
        #expect(pending.standardOutput.contains("pending"))
        #expect(try handpose("db", "migrate", in: directory).status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("handpose.sqlite").path))
        #expect(try handpose("db", "status", in: directory).status == 0)
        let seed = try handpose("db", "seed", in: directory)
        #expect(seed.status == 0)
        #expect(seed.standardOutput.contains("parkinsons-tremor-assessment"))
        #expect(try handpose("db", "seed", in: directory).standardOutput.contains("already stored"))

        let saved = try handpose(
            "analyze", recording, "--save", "--patient", "demo.patient@handpose.example", "--clinician",
            "DEMO.clinician@handpose.example", "--format", "json", in: directory)
        #expect(saved.status == 0, "\(saved.standardError)")
        #expect(saved.standardError.contains("saved to sqlite:handpose.sqlite as session"))
        #expect(saved.standardOutput.contains("\"schemaVersion\""))

        let duplicate = try handpose("analyze", recording, "--save", in: directory)
        #expect(duplicate.status == 0)
        #expect(duplicate.standardError.contains("already stored as session"))
        let forced = try handpose("analyze", recording, "--save", "--force", "--filter", "butterworth", in: directory)
        #expect(forced.standardError.contains("new analysis of an already stored recording"))

        let list = try handpose("sessions", "list", "--format", "json", "--patient", "demo.patient@handpose.example", in: directory)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(sessions.count == 1)
        let sessionID = try #require(sessions.first?["id"] as? String)

        let show = try handpose("sessions", "show", sessionID, "--format", "json", in: directory)
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        let analyses = try #require(detail["analyses"] as? [[String: Any]])
        #expect(analyses.count == 2)
        #expect((detail["processingResults"] as? [[String: Any]])?.last?["filteredColumns"] as? [String] == ["butterworth"])
        let text = try handpose("sessions", "show", sessionID, in: directory)
        #expect(text.standardOutput.contains("Demo Patient"))
        #expect(text.standardOutput.contains("free-recording 1.0"))

        // The faulty recording has low confidence: it waits for review.
        _ = try handpose("analyze", faulty, "--save", "--clinician", "demo.clinician@handpose.example", in: directory)
        let queue = try handpose("review", "list", "--format", "json", in: directory)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(queue.standardOutput.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        let analysisID = try #require(items.first?["clinicalAnalysisID"] as? String)
        let approve = try handpose("review", "approve", analysisID, "--reviewer", "demo.clinician@handpose.example", in: directory)
        #expect(approve.status == 0, "\(approve.standardError)")
        #expect(try handpose("review", "list", in: directory).standardOutput.contains("no analyses wait for review"))
        let patientReview = try handpose("review", "flag", analysisID, "--reviewer", "demo.patient@handpose.example", in: directory)
        #expect(patientReview.status == 64)

        let summaries = try handpose("db", "refresh-summaries", "--format", "json", in: directory)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(summaries.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["sessions"] as? Int ?? 0 }.reduce(0, +) == 2)
        #expect(rows.map { $0["analyses"] as? Int ?? 0 }.reduce(0, +) == 3)

        #expect(try handpose("sessions", "delete", sessionID, in: directory).status == 0)
        #expect(!(try handpose("sessions", "list", in: directory).standardOutput.contains(sessionID)))
        #expect(try handpose("sessions", "list", "--include-deleted", in: directory).standardOutput.contains(sessionID))
        #expect(try handpose("sessions", "delete", sessionID, in: directory).status == 66)

        #expect(try handpose("db", "rollback", "--to", "0", in: directory).status == 0)
        #expect(try handpose("db", "status", in: directory).status == 78)
    }

    @Test("errors: unknown people, unknown sessions, options without --save, bad URLs, a server that is not there")
    func errors() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try handpose("db", "migrate", in: directory)

        let unknown = try handpose("analyze", recording, "--save", "--patient", "nobody@example.org", in: directory)
        #expect(unknown.status == 66)
        #expect(unknown.standardError.contains("no user matches the patient"))
        #expect(!unknown.standardError.contains("nobody@example.org"))
        #expect(try handpose("analyze", recording, "--patient", "x@y.z", in: directory).status == 64)
        #expect(try handpose("sessions", "show", "00000000-0000-0000-0000-000000000000", in: directory).status == 66)
        #expect(try handpose("sessions", "list", "--db", "mysql://x", in: directory).status == 64)

        let nowhere = try handpose("sessions", "list", "--db", "postgres://someone:secret@127.0.0.1:1/none", in: directory)
        #expect(nowhere.status == 69)
        #expect(nowhere.standardError.contains("cannot connect to PostgreSQL at 127.0.0.1:1"))
        #expect(!nowhere.standardError.contains("secret"))
        let saveNowhere = try handpose("analyze", recording, "--save", "--db", "postgres://u@127.0.0.1:1/none", in: directory)
        #expect(saveNowhere.status == 69)

        let unmigrated = try handpose("sessions", "list", "--db", "sqlite:other.sqlite", in: directory)
        #expect(unmigrated.status == 78)
        #expect(unmigrated.standardError.contains("handpose db migrate"))
    }

    @Test("bench runs on a stored session without truth; an unknown session is exit 66")
    func benchStoredSession() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try handpose("db", "migrate", in: directory)
        let saved = try handpose("analyze", recording, "--save", in: directory)
        let sessionID = try #require(
            saved.standardError.range(of: #"session [0-9a-f-]{36}"#, options: .regularExpression)
                .map { String(saved.standardError[$0].dropFirst("session ".count)) })
        let bench = try handpose(
            "bench", sessionID, "--methods", "butterworth,savgol", "--repeat", "1", "--format", "json", in: directory)
        #expect(bench.status == 0, "\(bench.standardError)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(bench.standardOutput.utf8)) as? [[String: Any]])
        // Two hands × (two methods + raw), no truth: no RMSE against a clean signal.
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0["rmseMm"] is NSNull || $0["rmseMm"] == nil })
        #expect(Set(rows.compactMap { $0["method"] as? String }) == ["raw", "butterworth", "savgol"])
        let unknown = try handpose("bench", "00000000-0000-4000-8000-000000000000", in: directory)
        #expect(unknown.status == 66)
    }

    @Test("HANDPOSE_DATABASE_URL picks the database when --db is absent")
    func environment() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("from-env.sqlite").path
        let result = try CommandRunner.run(
            ["db", "migrate"], environment: ["HANDPOSE_DATABASE_URL": "sqlite:\(path)"], directory: directory)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("handpose.sqlite").path))
    }

    @Test("db copy moves everything from SQLite to PostgreSQL and back, idempotently")
    func copyBetweenBackends() throws {
        guard let base = ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"], !base.isEmpty else { return }
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = "cli_copy_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        // A fresh schema, named in libpq's options so every table lands there.
        let postgres = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
        try PostgresSchema.create(schema, url: base)
        defer { try? PostgresSchema.drop(schema, url: base) }

        _ = try handpose("db", "migrate", in: directory)
        _ = try handpose("db", "seed", in: directory)
        _ = try handpose("analyze", recording, "--save", "--clinician", "demo.clinician@handpose.example", in: directory)
        let copy = try handpose("db", "copy", "--from", "sqlite:handpose.sqlite", "--to", postgres, "--batch-size", "2", in: directory)
        #expect(copy.status == 0, "\(copy.standardError)")
        #expect(copy.standardOutput.contains("verified: every source row is in the target"))
        let again = try handpose("db", "copy", "--from", "sqlite:handpose.sqlite", "--to", postgres, in: directory)
        #expect(again.status == 0)
        #expect(!again.standardOutput.contains("target: applied"))

        let fromPostgres = try handpose("sessions", "list", "--format", "json", "--db", postgres, in: directory)
        let fromSQLite = try handpose("sessions", "list", "--format", "json", in: directory)
        #expect(fromPostgres.standardOutput == fromSQLite.standardOutput)
        let back = try handpose("db", "copy", "--from", postgres, "--to", "sqlite:back.sqlite", in: directory)
        #expect(back.status == 0, "\(back.standardError)")
        #expect(try handpose("sessions", "list", "--format", "json", "--db", "sqlite:back.sqlite", in: directory).standardOutput
            == fromSQLite.standardOutput)
    }
}

/// A scratch PostgreSQL schema for one test.
enum PostgresSchema {
    static func create(_ schema: String, url: String) throws {
        try PostgresDatabase(url: url).executeScript("CREATE SCHEMA \(schema)")
    }

    static func drop(_ schema: String, url: String) throws {
        try PostgresDatabase(url: url).executeScript("DROP SCHEMA \(schema) CASCADE")
    }
}
