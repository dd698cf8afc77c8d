import Foundation
import HandPoseDatabase
import HandPoseStore
import Testing

@Suite("Copying between backends")
struct CopyConformanceTests {
    @Test("SQLite → PostgreSQL → SQLite: equal counts and equal analysis documents; a second copy inserts nothing")
    func copyRoundTrip() async throws {
        guard StoreBackend.postgresURL != nil else { return }
        let sqlite = try ScratchDatabase(.sqlite)
        let store = try await sqlite.migratedStore()
        let clinician = try await store.addUser(.init(email: "c@example.org", firstName: "C", lastName: "D", role: .clinician))
        for seed in 1...3 {
            _ = try await store.save(SavedRecordings.request(seed: UInt64(seed), clinicianID: clinician.id, filtered: seed == 2))
        }
        let sessionID = try #require(try await store.sessions().first?.id)
        try await store.addAnnotation(.init(recordingSessionID: sessionID, startSeconds: 1, endSeconds: 2, type: "artifact", text: "x"))
        try await store.setClinicalNotes(sessionID: sessionID, notes: "tremor at rest")
        try await store.refreshDailySummaries()

        let postgres = try ScratchDatabase(.postgres)
        let target = try await postgres.migratedStore()
        let copier = DatabaseCopier(batchSize: 2)
        let counts = try copier.copy(from: sqlite.database, to: postgres.database)
        #expect(counts.map(\.table) == ClinicalSchemaTables.all)
        for table in counts {
            #expect(table.source == table.target, "\(table.table)")
            #expect(table.inserted == table.source, "\(table.table)")
        }
        let again = try copier.copy(from: sqlite.database, to: postgres.database)
        #expect(again.allSatisfy { $0.inserted == 0 })

        for session in try await store.sessions() {
            let original = try await store.analyses(sessionID: session.id)
            let copied = try await target.analyses(sessionID: session.id)
            #expect(copied.map(\.id) == original.map(\.id))
            for (a, b) in zip(original, copied) {
                #expect(try jsonEqual(a.decodedAnalysis(), b.decodedAnalysis()))
                #expect(a.tremorAmplitude == b.tremorAmplitude)
                #expect(a.createdAt == b.createdAt)
            }
            #expect(try await target.processingResults(sessionID: session.id) == (try await store.processingResults(sessionID: session.id)))
            #expect(try await target.session(id: session.id) == session)
        }
        #expect(try await target.sessions(.init(notesMatching: "tremor")).map(\.id) == [sessionID])

        // And back into a fresh SQLite file.
        let back = try ScratchDatabase(.sqlite)
        _ = try await back.migratedStore()
        let backCounts = try copier.copy(from: postgres.database, to: back.database)
        #expect(backCounts.map(\.target) == counts.map(\.target))
        #expect(try back.dump() == sqlite.dump())
    }

    @Test("copying into a database that is not migrated is refused with the fix")
    func unmigratedTarget() async throws {
        let source = try ScratchDatabase(.sqlite)
        _ = try await source.migratedStore()
        let target = try ScratchDatabase(.sqlite)
        let error = #expect(throws: StoreError.self) { try DatabaseCopier().copy(from: source.database, to: target.database) }
        #expect(error?.message.contains("handpose db migrate") == true)
    }

    @Test("a PostgreSQL URL that points nowhere is a connection error naming host and port, not the password")
    func unreachable() throws {
        let error = #expect(throws: StoreError.self) {
            try DatabaseURL("postgres://someone:secret@127.0.0.1:1/none").open()
        }
        #expect(error?.code == .connection)
        #expect(error?.message.contains("127.0.0.1:1") == true)
        #expect(error?.description.contains("secret") == false)
        #expect(try DatabaseURL("postgres://someone:secret@127.0.0.1:1/none").description.contains("secret") == false)
    }

    @Test("database URLs: the default, the environment, and bad spellings")
    func urls() throws {
        #expect(try DatabaseURL.resolve(nil, environment: [:]) == .sqlite(path: "handpose.sqlite"))
        #expect(try DatabaseURL.resolve(nil, environment: ["HANDPOSE_DATABASE_URL": "sqlite:/tmp/x.sqlite"]) == .sqlite(path: "/tmp/x.sqlite"))
        #expect(try DatabaseURL.resolve("postgres://u@h/d", environment: ["HANDPOSE_DATABASE_URL": "sqlite:a"]) == .postgres(url: "postgres://u@h/d"))
        #expect(try DatabaseURL("sqlite:///abs/path.db") == .sqlite(path: "/abs/path.db"))
        #expect(throws: StoreError.self) { try DatabaseURL("mysql://x") }
    }
}
