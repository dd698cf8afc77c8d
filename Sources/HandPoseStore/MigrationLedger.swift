/// The `schema_migrations` table's SQL per dialect.
enum MigrationLedger {
    static let table = "schema_migrations"

    static func createSQL(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite:
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                checksum TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            )
            """
        case .postgres:
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version bigint PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """
        }
    }

    /// A query returning one row when the ledger exists (so `status()` creates nothing).
    static func existsSQL(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite:
            "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        case .postgres:
            """
            SELECT 1 AS present FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_name = 'schema_migrations'
            """
        }
    }

    static let selectSQL =
        "SELECT version, name, checksum, CAST(applied_at AS TEXT) AS applied_at FROM schema_migrations ORDER BY version"
    static let insertSQL = "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)"
    static let deleteSQL = "DELETE FROM schema_migrations WHERE version = $1"
    static let containsSQL = "SELECT 1 AS present FROM schema_migrations WHERE version = $1"

    /// The ledger rows, or none when the table does not exist.
    static func read(_ connection: any SQLConnection) throws(StoreError) -> [AppliedMigration] {
        guard try !connection.query(existsSQL(connection.dialect)).isEmpty else { return [] }
        var applied: [AppliedMigration] = []
        for row in try connection.query(selectSQL) {
            guard let version = row["version"]?.int64Value, let name = row["name"]?.stringValue,
                let checksum = row["checksum"]?.stringValue
            else {
                throw StoreError(.migration, "the schema_migrations ledger has a malformed row; repair it by hand")
            }
            applied.append(
                AppliedMigration(
                    version: Int(version), name: name, checksum: checksum,
                    appliedAt: row["applied_at"]?.stringValue ?? ""))
        }
        return applied
    }
}
