/// Applies and rolls back a ``MigrationSet`` on a database, recording each step in the
/// `schema_migrations` ledger (version, name, checksum, applied_at).
///
/// Each migration runs in its own transaction together with its ledger row, so a failing
/// migration leaves the database at the previous version. Refuses a database whose ledger holds
/// versions the binary does not know (`.newerDatabase`) or whose applied SQL has changed
/// (`.checksumDrift`), and never applies a migration older than the newest applied one.
public struct Migrator: Sendable {
    public let database: any SQLDatabase
    public let migrations: MigrationSet

    public init(database: any SQLDatabase, migrations: MigrationSet) {
        self.database = database
        self.migrations = migrations
    }

    /// Where the database stands; reads only (creates no ledger).
    public func status() throws(StoreError) -> MigrationStatus {
        try Self.status(of: MigrationLedger.read(database), against: migrations, dialect: database.dialect)
    }

    /// Applies every pending migration in version order; returns those applied (none when up to date).
    @discardableResult
    public func migrate() throws(StoreError) -> [Migration] {
        try database.execute(MigrationLedger.createSQL(database.dialect))
        let status = try status()
        try refuseUnsafe(status)
        if let stale = status.pending.first, stale.version < status.currentVersion {
            throw StoreError(
                .migration,
                "migration \(stale.version) (\(stale.name)) is pending but the database is already at version "
                    + "\(status.currentVersion); migrations must be applied in order — give it a higher version")
        }
        var applied: [Migration] = []
        for migration in status.pending {
            let script = try migration.script(for: database.dialect)
            let checksum = migration.checksum(for: database.dialect) ?? ""
            let didApply = try database.storeTransaction("the migration transaction") { connection throws(StoreError) in
                // Another process may have applied it since `status()`: skip rather than fail.
                guard try connection.query(MigrationLedger.containsSQL, [.integer(Int64(migration.version))]).isEmpty
                else { return false }
                do throws(StoreError) {
                    try connection.executeScript(script.up)
                } catch {
                    throw StoreError(
                        .migration, "migration \(migration.version) (\(migration.name)) failed: \(error.message)",
                        driverCode: error.driverCode, driverMessage: error.driverMessage)
                }
                try connection.execute(
                    MigrationLedger.insertSQL,
                    [.integer(Int64(migration.version)), .text(migration.name), .text(checksum)])
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    /// Runs the `down` step of every applied migration above `version`, newest first; returns
    /// those rolled back. `rollback(to: 0)` takes the whole schema away (the empty ledger stays).
    @discardableResult
    public func rollback(to version: Int) throws(StoreError) -> [Migration] {
        guard version >= 0 else {
            throw StoreError(.invalidArgument, "rollback target \(version) must be 0 or a migration version")
        }
        let status = try status()
        try refuseUnsafe(status)
        guard version <= status.currentVersion else {
            throw StoreError(
                .invalidArgument,
                "rollback target \(version) is above the current version \(status.currentVersion); use migrate")
        }
        var rolledBack: [Migration] = []
        for applied in status.applied.reversed() where applied.version > version {
            guard let migration = migrations.migration(version: applied.version) else { continue }
            let script = try migration.script(for: database.dialect)
            try database.storeTransaction("the migration transaction") { connection throws(StoreError) in
                do throws(StoreError) {
                    try connection.executeScript(script.down)
                } catch {
                    throw StoreError(
                        .migration, "rolling back migration \(migration.version) (\(migration.name)) failed: "
                            + error.message, driverCode: error.driverCode, driverMessage: error.driverMessage)
                }
                try connection.execute(MigrationLedger.deleteSQL, [.integer(Int64(migration.version))])
            }
            rolledBack.append(migration)
        }
        return rolledBack
    }

    // MARK: - Internals

    static func status(
        of applied: [AppliedMigration], against set: MigrationSet, dialect: SQLDialect
    ) -> MigrationStatus {
        let appliedVersions = Set(applied.map(\.version))
        var drifted: [ChecksumDrift] = []
        var unknown: [AppliedMigration] = []
        for row in applied {
            guard let migration = set.migration(version: row.version) else {
                unknown.append(row)
                continue
            }
            let expected = migration.checksum(for: dialect) ?? ""
            if expected != row.checksum {
                drifted.append(
                    ChecksumDrift(version: row.version, name: row.name, recorded: row.checksum, expected: expected))
            }
        }
        return MigrationStatus(
            applied: applied,
            pending: set.migrations.filter { !appliedVersions.contains($0.version) },
            drifted: drifted, unknown: unknown, latestKnownVersion: set.latestVersion)
    }

    /// Throws `.newerDatabase` or `.checksumDrift` when `status` shows the database must not be touched.
    func refuseUnsafe(_ status: MigrationStatus) throws(StoreError) {
        if let newest = status.unknown.last {
            throw StoreError(
                .newerDatabase,
                "the database is at migration \(newest.version) (\(newest.name)) but this binary knows migrations "
                    + "up to \(status.latestKnownVersion) only; upgrade handpose before using this database")
        }
        if let drift = status.drifted.first {
            throw StoreError(
                .checksumDrift,
                "migration \(drift.version) (\(drift.name)) was applied with checksum \(drift.recorded) but this "
                    + "binary's copy has checksum \(drift.expected); an applied migration must never be edited — "
                    + "restore it and add a new migration for the change")
        }
    }
}
