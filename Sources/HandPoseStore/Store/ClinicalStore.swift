#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The clinical store: every read and write of protocols, recording sessions, processing results,
/// analyses, annotations, reviews and audit rows, over either backend (``SQLDatabase``).
///
/// An actor whose executor is a dedicated thread (``DatabaseThread``): its methods make blocking
/// database calls there, never on Swift's cooperative thread pool, so any number of tasks may call
/// one store concurrently; the calls are serialised. Open one store per connection; services that
/// want parallel database work open several.
///
/// Every method that writes clinical data runs in one transaction together with its
/// `audit_logs` row: it is saved completely or not at all. Errors are ``StoreError`` values whose
/// messages never contain patient data.
public actor ClinicalStore {
    /// The connection the store works on.
    public nonisolated let database: any SQLDatabase
    private nonisolated let thread: DatabaseThread

    public nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }

    /// A store over `database`. Does not migrate: call ``migrate()`` (or `handpose db migrate`) once,
    /// and ``requireCurrentSchema()`` to refuse a database that is behind or ahead of this binary.
    public init(database: any SQLDatabase) {
        self.database = database
        self.thread = DatabaseThread(name: "handpose-store")
    }

    deinit { thread.stop() }

    // MARK: - Schema

    /// Applies every pending migration of ``ClinicalSchema``; returns those applied.
    @discardableResult
    public func migrate() throws(StoreError) -> [Migration] { try migrator.migrate() }

    /// Applied, pending and drifted migrations.
    public func schemaStatus() throws(StoreError) -> MigrationStatus { try migrator.status() }

    /// Rolls the schema back to `version` (0 removes it entirely); returns the migrations undone.
    @discardableResult
    public func rollback(to version: Int) throws(StoreError) -> [Migration] { try migrator.rollback(to: version) }

    /// Throws unless the schema is exactly this binary's: `.migration` when migrations are pending
    /// (with the command that applies them), `.newerDatabase` or `.checksumDrift` as ``Migrator`` does.
    public func requireCurrentSchema() throws(StoreError) {
        let migrator = self.migrator
        let status = try migrator.status()
        try migrator.refuseUnsafe(status)
        if !status.pending.isEmpty {
            throw StoreError(
                .migration,
                "the database schema is at version \(status.currentVersion) and \(status.pending.count) migration(s) "
                    + "are pending; run `handpose db migrate` first")
        }
    }

    private var migrator: Migrator { Migrator(database: database, migrations: ClinicalSchema.migrations) }

    // MARK: - Copying

    /// Copies every table of this database into `target` with ``DatabaseCopier`` (idempotent,
    /// batched, verified), on this store's database thread; returns the counts per table.
    public func copyEverything(to target: any SQLDatabase, batchSize: Int = 500) throws(StoreError) -> [DatabaseCopier.TableCount] {
        try DatabaseCopier(batchSize: batchSize).copy(from: database, to: target)
    }

    // MARK: - Shared internals

    /// Runs `body` in one transaction on the store's connection.
    func transaction<T>(_ body: (any SQLConnection) throws(StoreError) -> T) throws(StoreError) -> T {
        try database.storeTransaction("the transaction", body)
    }

    /// Appends an audit row on `connection` (inside the caller's transaction).
    static func audit(
        _ connection: any SQLConnection, actor: String?, action: String, entityType: String, entityID: String?,
        details: [String: String] = [:], at date: Date
    ) throws(StoreError) {
        let entry = AuditEntry(
            actorID: actor, action: action, entityType: entityType, entityID: entityID, at: date,
            details: StoreJSONText.object(details))
        do throws(StoreError) {
            try entry.insert(into: connection)
        } catch where error.code == .constraint {
            throw StoreError(
                .constraint, "the acting user (audit actor) is not a user in this database; nothing was saved",
                driverCode: error.driverCode, driverMessage: error.driverMessage, constraint: error.constraint)
        }
    }
}
