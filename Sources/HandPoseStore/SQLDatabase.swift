/// Runs SQL on one connection: what a migration or a transaction body sees.
///
/// Parameters are written `$1`, `$2`, … in both dialects (PostgreSQL's native style; the SQLite
/// backend binds them by number). Every method throws ``StoreError`` only.
public protocol SQLConnection {
    /// The dialect this connection speaks.
    var dialect: SQLDialect { get }

    /// Runs one statement with bound parameters, discarding any rows.
    func execute(_ sql: String, _ parameters: [SQLValue]) throws(StoreError)

    /// Runs a script of several `;`-separated statements without parameters (migrations, DDL).
    func executeScript(_ sql: String) throws(StoreError)

    /// Runs one statement with bound parameters and returns every row.
    func query(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) -> [SQLRow]
}

extension SQLConnection {
    /// Runs one statement without parameters.
    public func execute(_ sql: String) throws(StoreError) { try execute(sql, []) }

    /// Runs one query without parameters.
    public func query(_ sql: String) throws(StoreError) -> [SQLRow] { try query(sql, []) }
}

/// A database a backend opens: a connection that may be shared across tasks, plus transactions.
///
/// Each backend target implements this (`HandPoseStoreSQLite.SQLiteDatabase`, later PostgreSQL),
/// so the migrator and the store code above it stay dialect-neutral.
public protocol SQLDatabase: SQLConnection, Sendable {
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws
    /// (the error is rethrown unchanged). No other caller's statements interleave with it.
    /// Transactions do not nest. The connection passed to `body` is valid only while `body` runs:
    /// never keep it.
    func transaction<T>(_ body: (any SQLConnection) throws -> T) throws -> T
}

extension SQLDatabase {
    /// ``transaction(_:)`` for bodies that throw ``StoreError`` only: the error comes out typed, and
    /// anything else (which such a body cannot throw) would be wrapped as `.statement` naming `context`.
    public func storeTransaction<T>(
        _ context: String = "the transaction", _ body: (any SQLConnection) throws(StoreError) -> T
    ) throws(StoreError) -> T {
        do {
            return try transaction { connection in try body(connection) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.statement, "\(context) failed: \(type(of: error))")
        }
    }
}
