import Foundation
import HandPoseStore
import HandPoseStoreSQLite
import Testing

@Suite("SQLiteDatabase")
struct SQLiteDatabaseTests {
    private struct Abort: Error {}

    @Test("opens with WAL, foreign keys on and a busy timeout")
    func pragmas() throws {
        try withTemporaryDatabase { database, _ throws in
            #expect(try database.query("PRAGMA journal_mode").first?["journal_mode"] == .text("wal"))
            #expect(try database.query("PRAGMA foreign_keys").first?["foreign_keys"] == .integer(1))
            #expect(try database.query("PRAGMA busy_timeout").first?["timeout"] == .integer(5000))
        }
    }

    @Test("every value kind round-trips through bound parameters")
    func roundTrip() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE TABLE v (i, r, t, b, n)")
        let values: [SQLValue] = [
            .integer(Int64.min), .real(-0.125), .text("Zürich ✋ \u{0}nul"), .blob([0, 1, 254, 255]), .null,
        ]
        try database.execute("INSERT INTO v VALUES ($1, $2, $3, $4, $5)", values)
        try database.execute("INSERT INTO v (b, i) VALUES ($2, $1)", [.integer(7), .blob([])])
        let rows = try database.query("SELECT i, r, t, b, n FROM v ORDER BY rowid")
        #expect(rows[0] == ["i": values[0], "r": values[1], "t": values[2], "b": values[3], "n": .null])
        #expect(rows[1]["i"] == .integer(7))
        #expect(rows[1]["b"] == .blob([]))
        #expect(throws: StoreError.self) { try database.execute("INSERT INTO v (i) VALUES ($2)", [.integer(1)]) }
    }

    @Test("a path that cannot be opened is a connection error")
    func unopenable() {
        let error = #expect(throws: StoreError.self) {
            try SQLiteDatabase(path: "/nonexistent-\(UUID().uuidString)/db.sqlite")
        }
        #expect(error?.code == .connection)
        #expect(error?.driverCode == 14)
    }

    @Test("a transaction that throws leaves the database unchanged")
    func transactionRollback() throws {
        try withTemporaryDatabase { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            try insertUser(database, email: "kept@example.org")
            #expect(try count(database, "users") == 1)
            #expect(throws: Abort.self) {
                try database.transaction { connection in
                    try insertUser(connection, email: "one@example.org")
                    try insertUser(connection, email: "two@example.org")
                    throw Abort()
                }
            }
            #expect(try count(database, "users") == 1)
            // A constraint failure part-way through also rolls back the earlier insert.
            #expect(throws: StoreError.self) {
                try database.transaction { connection in
                    try insertUser(connection, email: "three@example.org")
                    try insertUser(connection, email: "KEPT@example.org")
                }
            }
            #expect(try count(database, "users") == 1)
            let committed = try database.transaction { connection in
                try insertUser(connection, email: "four@example.org")
                return 4
            }
            #expect(committed == 4)
            #expect(try count(database, "users") == 2)
        }
    }

    @Test("a case-insensitive duplicate e-mail is a constraint error that does not print the e-mail")
    func uniqueEmail() throws {
        try withTemporaryDatabase { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            try insertUser(database, email: "Ada.Patient@Example.org", role: "patient")
            let error = try #require(throws: StoreError.self) {
                try insertUser(database, email: "ada.patient@example.ORG", role: "patient")
            }
            #expect(error.code == .constraint)
            #expect(error.driverCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
            #expect(!error.description.lowercased().contains("ada.patient"))
            #expect(!String(describing: error).lowercased().contains("example.org"))
        }
    }

    @Test("role CHECK and foreign keys are enforced")
    func constraints() throws {
        try withTemporaryDatabase { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            let badRole = #expect(throws: StoreError.self) { try insertUser(database, email: "x@example.org", role: "nurse") }
            #expect(badRole?.code == .constraint)
            let orphan = #expect(throws: StoreError.self) {
                try database.execute(
                    "INSERT INTO protocols (id, name, version, created_by) VALUES ($1, $2, $3, $4)",
                    [.text(UUID().uuidString), .text("finger tapping"), .text("1.0"), .text(UUID().uuidString)])
            }
            #expect(orphan?.code == .constraint)
            #expect(orphan?.driverCode == 787)  // SQLITE_CONSTRAINT_FOREIGNKEY
            try database.execute(
                "INSERT INTO protocols (id, name, version, configuration) VALUES ($1, $2, $3, $4)",
                [.text(UUID().uuidString), .text("finger tapping"), .text("1.0"), .text(#"{"movements":["tap"]}"#)])
            let duplicate = #expect(throws: StoreError.self) {
                try database.execute(
                    "INSERT INTO protocols (id, name, version) VALUES ($1, $2, $3)",
                    [.text(UUID().uuidString), .text("finger tapping"), .text("1.0")])
            }
            #expect(duplicate?.code == .constraint)
            let badJSON = #expect(throws: StoreError.self) {
                try database.execute(
                    "INSERT INTO protocols (id, name, version, configuration) VALUES ($1, $2, $3, $4)",
                    [.text(UUID().uuidString), .text("spiral"), .text("1.0"), .text("{not json")])
            }
            #expect(badJSON?.code == .constraint)
        }
    }

    @Test("concurrent writes from 8 tasks through one connection lose nothing")
    func concurrentWrites() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("c.sqlite").path)
        try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
        let perTask = 50
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for index in 0..<perTask {
                        if index.isMultiple(of: 2) {
                            try insertUser(database, email: "t\(task)-\(index)@example.org")
                        } else {
                            try database.transaction { connection in
                                try insertUser(connection, email: "t\(task)-\(index)@example.org")
                            }
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try count(database, "users") == Int64(8 * perTask))
    }
}

@Suite("SQLiteDatabase text binding")
struct SQLiteTextTests {
    @Test("empty text stays empty text, not NULL")
    func emptyText() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        #expect(try database.query("SELECT $1 AS v", [.text("")]).first?["v"] == .text(""))
    }
}
