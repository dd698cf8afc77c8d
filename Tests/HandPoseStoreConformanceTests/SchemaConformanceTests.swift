import Foundation
import HandPoseStore
import Testing

@Suite("Schema on every backend")
struct SchemaConformanceTests {
    @Test("migrate creates every table; rollback to 0 removes them; migrate again restores them", arguments: StoreBackend.available)
    func migrateRollbackMigrate(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = ClinicalStore(database: scratch.database)
        #expect(try await store.schemaStatus().pending.count == ClinicalSchema.migrations.migrations.count)
        let applied = try await store.migrate()
        #expect(applied.map(\.version) == [1, 2, 3, 4])
        for table in ClinicalSchemaTables.all { #expect(try count(scratch.database, table) == 0, "\(table)") }
        try await store.requireCurrentSchema()

        let undone = try await store.rollback(to: 0)
        #expect(undone.map(\.version) == [4, 3, 2, 1])
        for table in ClinicalSchemaTables.all {
            #expect(throws: StoreError.self, "\(table) should be gone") { try count(scratch.database, table) }
        }
        await #expect(throws: StoreError.self) { try await store.requireCurrentSchema() }

        #expect(try await store.migrate().count == 4)
        _ = try await store.save(SavedRecordings.request(seed: 1))
        #expect(try count(scratch.database, "clinical_analyses") == 1)
        // Partial rollback keeps users and protocols (migration 1) and drops the rest.
        #expect(try await store.rollback(to: 1).map(\.version) == [4, 3, 2])
        #expect(try count(scratch.database, "protocols") == 1)
        #expect(try await store.migrate().map(\.version) == [2, 3, 4])
    }

    @Test("a database with a migration this binary does not know is refused", arguments: StoreBackend.available)
    func newerDatabaseRefused(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        try scratch.database.execute(
            "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
            [.integer(99), .text("from_the_future"), .text("0")])
        let error = await #expect(throws: StoreError.self) { try await store.requireCurrentSchema() }
        #expect(error?.code == .newerDatabase)
        #expect(error?.message.contains("upgrade handpose") == true)
    }

    @Test("PostgreSQL has the native types and indexes the issue asks for")
    func postgresNativeSchema() async throws {
        guard StoreBackend.postgresURL != nil else { return }
        let scratch = try ScratchDatabase(.postgres)
        _ = try await scratch.migratedStore()
        let types = try scratch.database.query(
            """
            SELECT table_name || '.' || column_name AS name, data_type AS type FROM information_schema.columns
            WHERE table_schema = current_schema()
            """
        ).reduce(into: [String: String]()) { $0[$1["name"]!.stringValue!] = $1["type"]!.stringValue! }
        #expect(types["recording_sessions.id"] == "uuid")
        #expect(types["recording_sessions.recording_date"] == "timestamp with time zone")
        #expect(types["clinical_analyses.document"] == "jsonb")
        #expect(types["signal_processing_results.raw_landmarks"] == "bytea")
        let indexes = try scratch.database.query(
            "SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema()"
        ).reduce(into: [String: String]()) { $0[$1["name"]!.stringValue!] = $1["def"]!.stringValue! }
        #expect(indexes["protocols_movements_gin"]?.contains("USING gin") == true)
        #expect(indexes["clinical_analyses_severity_scores_gin"]?.contains("USING gin") == true)
        #expect(indexes["recording_sessions_notes_fts_idx"]?.contains("to_tsvector") == true)
        #expect(indexes["analysis_review_queue_pending_idx"]?.contains("WHERE (reviewed_at IS NULL)") == true)
        #expect(indexes["recording_sessions_live_completed_idx"]?.contains("deleted_at IS NULL") == true)
    }

    @Test("SQLite runs in WAL mode with foreign keys on and FTS5 on clinical notes")
    func sqlitePragmas() async throws {
        let scratch = try ScratchDatabase(.sqlite)
        _ = try await scratch.migratedStore()
        #expect(try scratch.database.query("PRAGMA journal_mode").first?["journal_mode"]?.stringValue == "wal")
        #expect(try scratch.database.query("PRAGMA foreign_keys").first?["foreign_keys"]?.int64Value == 1)
        let fts = try scratch.database.query(
            "SELECT sql FROM sqlite_master WHERE name = 'recording_sessions_notes_fts'").first?["sql"]?.stringValue
        #expect(fts?.contains("fts5") == true)
    }
}

func count(_ database: any SQLConnection, _ table: String) throws -> Int {
    Int(try database.query("SELECT count(*) AS n FROM \(table)").first?["n"]?.int64Value ?? -1)
}
