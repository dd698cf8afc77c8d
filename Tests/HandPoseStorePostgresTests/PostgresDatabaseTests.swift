import Foundation
import HandPoseStore
import HandPoseStorePostgres
import Testing

private let allVersions = ClinicalSchema.migrations.migrations.map(\.version)

@Suite("PostgresDatabase", .enabled(if: testPostgresURL != nil, "set HANDPOSE_TEST_POSTGRES_URL to run"))
struct PostgresDatabaseTests {
    private struct Abort: Error {}

    @Test("migrate, status, rollback to 0, migrate again")
    func migrations() throws {
        try withFreshSchema { database, _ throws in
            let migrator = Migrator(database: database, migrations: ClinicalSchema.migrations)
            #expect(try migrator.status().pending.count == ClinicalSchema.migrations.migrations.count)
            #expect(try tableNames(database).isEmpty, "status must not create the ledger")

            #expect(try migrator.migrate().map(\.version) == allVersions)
            let status = try migrator.status()
            #expect(status.isUpToDate)
            #expect(status.currentVersion == allVersions.last)
            #expect(status.applied.first?.checksum == ClinicalSchema.migrations.migrations[0].checksum(for: .postgres))
            #expect(status.applied.first?.appliedAt.isEmpty == false)
            #expect(Set(try tableNames(database)).isSuperset(of: ["protocols", "schema_migrations", "users", "clinical_analyses", "audit_logs"]))
            #expect(try migrator.migrate().isEmpty)

            #expect(try migrator.rollback(to: 0).map(\.version) == allVersions.reversed())
            #expect(try tableNames(database) == ["schema_migrations"])
            #expect(try migrator.status().currentVersion == 0)

            #expect(try migrator.migrate().map(\.version) == allVersions)
            #expect(Set(try tableNames(database)).isSuperset(of: ["protocols", "schema_migrations", "users", "clinical_analyses", "audit_logs"]))
        }
    }

    @Test("every value kind round-trips through bound parameters")
    func roundTrip() throws {
        try withFreshSchema { database, _ throws in
            try database.execute("CREATE TABLE v (n serial, i bigint, r double precision, t text, b bytea, x text)")
            let values: [SQLValue] = [
                .integer(Int64.min), .real(0.1 + 0.2), .text("Zürich ✋ 'quote' \\ back"), .blob([0, 1, 39, 92, 254, 255]),
                .null,
            ]
            try database.execute("INSERT INTO v (i, r, t, b, x) VALUES ($1, $2, $3, $4, $5)", values)
            try database.execute("INSERT INTO v (b, i, t) VALUES ($2, $1, $3)", [.integer(Int64.max), .blob([]), .text("")])
            try database.execute("INSERT INTO v (r) VALUES ($1), ($2), ($3)", [.real(.infinity), .real(-.infinity), .real(.leastNonzeroMagnitude)])
            let rows = try database.query("SELECT i, r, t, b, x FROM v ORDER BY n")
            #expect(rows[0] == ["i": values[0], "r": values[1], "t": values[2], "b": values[3], "x": .null])
            #expect(rows[1]["i"] == .integer(Int64.max))
            #expect(rows[1]["b"] == .blob([]))
            #expect(rows[1]["t"] == .text(""))
            #expect(rows[2...].map { $0["r"] } == [.real(.infinity), .real(-.infinity), .real(.leastNonzeroMagnitude)])
            let nan = try database.query("SELECT $1::float8 AS r", [.real(.nan)]).first?["r"]?.doubleValue
            #expect(nan?.isNaN == true)
            let typed = try database.query(
                "SELECT true AS yes, false AS no, 2::int2 AS small, 3::int4 AS mid, 1.5::numeric AS num, 2.5::float4 AS f4, '{\"a\":1}'::jsonb AS j")
            #expect(typed.first == [
                "yes": .integer(1), "no": .integer(0), "small": .integer(2), "mid": .integer(3), "num": .real(1.5),
                "f4": .real(2.5), "j": .text(#"{"a": 1}"#),
            ])
            #expect(throws: StoreError.self) { try database.execute("INSERT INTO v (i) VALUES ($2)", [.integer(1)]) }
        }
    }

    @Test("a transaction that throws leaves the counts unchanged")
    func transactionRollback() throws {
        try withFreshSchema { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            try insertUser(database, email: "kept@example.org")
            #expect(throws: Abort.self) {
                try database.transaction { connection in
                    try insertUser(connection, email: "one@example.org")
                    try insertUser(connection, email: "two@example.org")
                    throw Abort()
                }
            }
            #expect(try count(database, "users") == 1)
            let failed = #expect(throws: StoreError.self) {
                try database.transaction { connection in
                    try insertUser(connection, email: "three@example.org")
                    try insertUser(connection, email: "KEPT@example.org")
                }
            }
            #expect(failed?.code == .constraint)
            #expect(try count(database, "users") == 1)
            // A failure the body swallows still aborts the transaction: COMMIT must not report success.
            let swallowed = #expect(throws: StoreError.self) {
                try database.transaction { connection in
                    try insertUser(connection, email: "five@example.org")
                    try? insertUser(connection, email: "kept@EXAMPLE.org")
                }
            }
            #expect(swallowed?.code == .statement)
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
        try withFreshSchema { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            try insertUser(database, email: "Ada.Patient@Example.org", role: "patient")
            let error = try #require(throws: StoreError.self) {
                try insertUser(database, email: "ada.patient@example.ORG", role: "patient")
            }
            #expect(error.code == .constraint)
            #expect(error.message.contains("23505"))
            #expect(!error.message.lowercased().contains("ada.patient"))
            #expect(!String(describing: error).lowercased().contains("example.org"))
            // The server's DETAIL quotes the key; it is kept for debugging only.
            #expect(error.debugDescription.lowercased().contains("ada.patient@example.org"))
        }
    }

    @Test("check, foreign-key and not-null violations are constraint errors")
    func constraints() throws {
        try withFreshSchema { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            let badRole = #expect(throws: StoreError.self) { try insertUser(database, email: "x@example.org", role: "nurse") }
            #expect(badRole?.code == .constraint)
            let orphan = #expect(throws: StoreError.self) {
                try database.execute(
                    "INSERT INTO protocols (id, name, version, created_by) VALUES ($1, $2, $3, $4)",
                    [.text(UUID().uuidString), .text("finger tapping"), .text("1.0"), .text(UUID().uuidString)])
            }
            #expect(orphan?.code == .constraint)
            let missing = #expect(throws: StoreError.self) {
                try database.execute("INSERT INTO protocols (id, version) VALUES ($1, $2)", [.text(UUID().uuidString), .text("1")])
            }
            #expect(missing?.code == .constraint)
            let syntax = #expect(throws: StoreError.self) { try database.execute("SELEC 1") }
            #expect(syntax?.code == .statement)
        }
    }
}

/// Needs no server, so it runs even when the suite above is disabled.
@Suite("PostgresDatabase connection errors")
struct PostgresConnectionErrorTests {
    @Test("a URL that points nowhere is a connection error naming host and port, not the password")
    func unreachable() {
        let error = #expect(throws: StoreError.self) {
            try PostgresDatabase(url: "postgres://someone:s3cret-pw@127.0.0.1:1/nowhere?connect_timeout=3")
        }
        #expect(error?.code == .connection)
        #expect(error?.message.contains("127.0.0.1:1") == true)
        #expect(error.map { !$0.debugDescription.contains("s3cret-pw") } == true)
    }
}
