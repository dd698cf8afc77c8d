import HandPoseStore
import HandPoseStoreSQLite
import Testing

private let allVersions = ClinicalSchema.migrations.migrations.map(\.version)

@Suite("Migrator on SQLite")
struct MigratorTests {
    @Test("migrate, status, rollback to 0, migrate again")
    func roundTrip() throws {
        try withTemporaryDatabase { database, _ throws in
            let migrator = Migrator(database: database, migrations: ClinicalSchema.migrations)
            #expect(try migrator.status().pending.count == ClinicalSchema.migrations.migrations.count)
            #expect(try tableNames(database).isEmpty, "status must not create the ledger")

            let applied = try migrator.migrate()
            #expect(applied.map(\.version) == allVersions)
            let status = try migrator.status()
            #expect(status.isUpToDate)
            #expect(status.currentVersion == allVersions.last)
            #expect(status.applied.first?.checksum == ClinicalSchema.migrations.migrations[0].checksum(for: .sqlite))
            #expect(status.applied.first?.appliedAt.isEmpty == false)
            #expect(Set(try tableNames(database)).isSuperset(of: ["protocols", "schema_migrations", "users", "clinical_analyses", "audit_logs"]))
            #expect(try migrator.migrate().isEmpty, "a second migrate has nothing to do")

            let rolledBack = try migrator.rollback(to: 0)
            #expect(rolledBack.map(\.version) == allVersions.reversed())
            #expect(try tableNames(database) == ["schema_migrations"])
            #expect(try migrator.status().currentVersion == 0)
            #expect(try count(database, "schema_migrations") == 0)

            #expect(try migrator.migrate().map(\.version) == allVersions)
            #expect(Set(try tableNames(database)).isSuperset(of: ["protocols", "schema_migrations", "users", "clinical_analyses", "audit_logs"]))
        }
    }

    @Test("an edited migration is reported as checksum drift and refused")
    func checksumDrift() throws {
        try withTemporaryDatabase { database, _ throws in
            try Migrator(database: database, migrations: ClinicalSchema.migrations).migrate()
            let original = ClinicalSchema.migrations.migrations[0]
            var scripts = original.scripts
            scripts[.sqlite] = .init(up: scripts[.sqlite]!.up + "\n-- edited", down: scripts[.sqlite]!.down)
            let edited = try MigrationSet(
                [Migration(version: 1, name: original.name, scripts: scripts)] + ClinicalSchema.migrations.migrations.dropFirst())
            let migrator = Migrator(database: database, migrations: edited)

            let status = try migrator.status()
            #expect(status.drifted.map(\.version) == [1])
            #expect(!status.isUpToDate)
            let error = try #require(throws: StoreError.self) { try migrator.migrate() }
            #expect(error.code == .checksumDrift)
            #expect(error.description.contains("never be edited"))
            #expect(throws: StoreError.self) { try migrator.rollback(to: 0) }
        }
    }

    @Test("a database newer than the binary is refused")
    func newerDatabase() throws {
        try withTemporaryDatabase { database, _ throws in
            let newer = try MigrationSet(
                ClinicalSchema.migrations.migrations + [
                    Migration(
                        version: allVersions.last! + 1, name: "future",
                        scripts: [
                            .sqlite: .init(up: "CREATE TABLE future (id INTEGER)", down: "DROP TABLE future"),
                            .postgres: .init(up: "CREATE TABLE future (id integer)", down: "DROP TABLE future"),
                        ])
                ])
            try Migrator(database: database, migrations: newer).migrate()

            let older = Migrator(database: database, migrations: ClinicalSchema.migrations)
            let status = try older.status()
            #expect(status.isDatabaseNewer)
            #expect(status.unknown.map(\.version) == [allVersions.last! + 1])
            let error = try #require(throws: StoreError.self) { try older.migrate() }
            #expect(error.code == .newerDatabase)
            #expect(error.description.contains("upgrade handpose"))
            let rollbackError = try #require(throws: StoreError.self) { try older.rollback(to: 0) }
            #expect(rollbackError.code == .newerDatabase)
            #expect(try tableNames(database).contains("future"), "nothing was touched")
        }
    }

    @Test("a failing migration leaves the database at the previous version")
    func failingMigration() throws {
        try withTemporaryDatabase { database, _ throws in
            let broken = try MigrationSet(
                ClinicalSchema.migrations.migrations + [
                    Migration(
                        version: allVersions.last! + 1, name: "broken",
                        scripts: [
                            .sqlite: .init(up: "CREATE TABLE half (id INTEGER); THIS IS NOT SQL", down: "DROP TABLE half"),
                            .postgres: .init(up: "SELECT 1", down: "SELECT 1"),
                        ])
                ])
            let migrator = Migrator(database: database, migrations: broken)
            let error = try #require(throws: StoreError.self) { try migrator.migrate() }
            #expect(error.code == .migration)
            #expect(try migrator.status().currentVersion == allVersions.last)
            #expect(try !tableNames(database).contains("half"))
        }
    }

    @Test("rollback targets are checked")
    func rollbackTargets() throws {
        try withTemporaryDatabase { database, _ throws in
            let migrator = Migrator(database: database, migrations: ClinicalSchema.migrations)
            try migrator.migrate()
            #expect(throws: StoreError.self) { try migrator.rollback(to: -1) }
            #expect(throws: StoreError.self) { try migrator.rollback(to: allVersions.last! + 1) }
            #expect(try migrator.rollback(to: allVersions.last!).isEmpty)
        }
    }
}
