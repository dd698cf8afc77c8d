#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Copies every table of the clinical schema from one database to another (SQLite to PostgreSQL
/// and back), in batches, idempotently, verifying each batch arrived.
///
/// Rows are read into their record types and written back with the target's own encoding, so
/// timestamps, booleans, JSON and blobs keep their meaning across dialects. A row whose id already
/// exists in the target is left as it is, so running a copy twice changes nothing the second time.
/// Both databases must be at this binary's schema version (migrate the target first).
public struct DatabaseCopier: Sendable {
    /// Rows per transaction on the target.
    public var batchSize: Int

    public init(batchSize: Int = 500) {
        precondition(batchSize > 0, "batch size must be positive, got \(batchSize)")
        self.batchSize = batchSize
    }

    /// The outcome for one table.
    public struct TableCount: Sendable, Codable, Equatable {
        public var table: String
        /// Rows in the source.
        public var source: Int
        /// Rows in the target after the copy (at least `source`; more when the target had rows of its own).
        public var target: Int
        /// Rows this run wrote (the rest were already there).
        public var inserted: Int
    }

    /// Copies `source` into `target`; returns the counts per table in copy order.
    /// Throws `.migration` when either schema is not current, and `.statement` when a verified
    /// batch is missing rows after its commit.
    public func copy(from source: any SQLDatabase, to target: any SQLDatabase) throws(StoreError) -> [TableCount] {
        for (database, role) in [(source, "source"), (target, "target")] {
            let status = try Migrator(database: database, migrations: ClinicalSchema.migrations).status()
            guard status.pending.isEmpty, status.unknown.isEmpty, status.drifted.isEmpty else {
                throw StoreError(
                    .migration,
                    "the \(role) database is at schema version \(status.currentVersion), not \(status.latestKnownVersion); "
                        + "run `handpose db migrate --db URL` on it first")
            }
        }
        return [
            try copyTable(UserRecord.self, source, target),
            try copyTable(ProtocolRecord.self, source, target),
            try copyTable(LoginSession.self, source, target),
            try copyTable(RecordingSessionRecord.self, source, target),
            try copyTable(ProcessingResultRecord.self, source, target),
            try copyTable(AnalysisRecord.self, source, target),
            try copyTable(AnnotationRecord.self, source, target),
            try copyTable(ReportRecord.self, source, target),
            try copyTable(ComparisonRecord.self, source, target),
            try copyTable(AuditEntry.self, source, target),
            try copyTable(ReviewQueueItem.self, source, target),
            try copyTable(DailySummary.self, source, target),
        ]
    }

    private func copyTable<Record: StoredRecord>(
        _ type: Record.Type, _ source: any SQLDatabase, _ target: any SQLDatabase
    ) throws(StoreError) -> TableCount {
        let before = try Self.count(Record.table, target)
        var lastID: String?
        var copied = 0
        while true {
            let batch = try Record.fetch(
                source, where: lastID == nil ? "" : "id > $1", lastID.map { [SQLValue.text($0)] } ?? [],
                orderBy: "id", limit: batchSize)
            guard let last = batch.last else { break }
            try target.storeTransaction("the copy transaction") { connection throws(StoreError) in
                for record in batch { try connection.execute(Record.insertIfAbsentSQL, record.values) }
                let placeholders = (1...batch.count).map { "$\($0)" }.joined(separator: ", ")
                let present = try connection.query(
                    "SELECT count(*) AS n FROM \(Record.table) WHERE id IN (\(placeholders))", batch.map { .text($0.id) }
                ).first?["n"]?.int64Value ?? 0
                guard present == batch.count else {
                    throw StoreError(
                        .statement, "copying \(Record.table): \(batch.count - Int(present)) of \(batch.count) rows are missing in the target after the batch")
                }
            }
            copied += batch.count
            lastID = last.id
        }
        let after = try Self.count(Record.table, target)
        return TableCount(table: Record.table, source: copied, target: after, inserted: after - before)
    }

    static func count(_ table: String, _ database: any SQLConnection) throws(StoreError) -> Int {
        Int(try database.query("SELECT count(*) AS n FROM \(table)").first?["n"]?.int64Value ?? 0)
    }
}
