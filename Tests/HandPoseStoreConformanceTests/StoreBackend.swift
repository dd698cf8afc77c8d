import Foundation
import HandPoseDatabase
import HandPoseStore
import HandPoseStorePostgres
import HandPoseStoreSQLite
import Testing

/// A backend the conformance suite runs against: SQLite in a temporary directory, and PostgreSQL
/// at `HANDPOSE_TEST_POSTGRES_URL` (skipped when unset outside CI; `.ci/run` always sets it).
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let postgresURL: String? = {
        let url = ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"] ?? ""
        return url.isEmpty ? nil : url
    }()

    /// The backends available here.
    static var available: [StoreBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// A fresh, empty database of one backend, removed when the test ends: an SQLite file in its own
/// temporary directory, or a new PostgreSQL schema (dropped with everything in it).
final class ScratchDatabase: @unchecked Sendable {
    let backend: StoreBackend
    /// A URL that opens this database (for second connections and the CLI).
    let url: String
    let database: any SQLDatabase
    private let cleanup: () -> Void

    init(_ backend: StoreBackend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("handpose-conformance-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("store.sqlite").path
            url = "sqlite:\(path)"
            database = try SQLiteDatabase(path: path)
            cleanup = { try? FileManager.default.removeItem(at: directory) }
        case .postgres:
            let base = StoreBackend.postgresURL ?? ""
            let schema = "conformance_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let admin = try PostgresDatabase(url: base)
            try admin.executeScript("CREATE SCHEMA \(schema)")
            url = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
            database = try PostgresDatabase(url: url)
            cleanup = { try? admin.executeScript("DROP SCHEMA \(schema) CASCADE") }
        }
    }

    deinit { cleanup() }

    /// Another connection to the same database.
    func reopen() throws -> any SQLDatabase { try DatabaseURL(url).open() }

    /// A migrated store over this database.
    func migratedStore() async throws -> ClinicalStore {
        let store = ClinicalStore(database: database)
        try await store.migrate()
        return store
    }

    /// Every row of every table of the clinical schema, as text, in a stable order: what "the
    /// database is unchanged" compares.
    func dump() throws -> [String] {
        var lines: [String] = []
        for table in ClinicalSchemaTables.all {
            let rows = try database.query("SELECT * FROM \(table) ORDER BY id")
            for row in rows {
                lines.append(table + " " + row.keys.sorted().map { "\($0)=\(String(describing: row[$0]!))" }.joined(separator: " "))
            }
        }
        return lines
    }
}

enum ClinicalSchemaTables {
    static let all = [
        "users", "protocols", "sessions", "recording_sessions", "signal_processing_results", "clinical_analyses",
        "clinical_annotations", "reports", "recording_comparisons", "audit_logs", "analysis_review_queue",
        "daily_summaries",
    ]
}
