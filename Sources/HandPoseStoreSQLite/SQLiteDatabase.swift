internal import CSQLite
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore

/// An SQLite database file (or `:memory:`) behind the dialect-neutral ``SQLDatabase`` API.
///
/// Opened with foreign keys on, WAL journal mode (file databases) and a busy timeout, so another
/// process writing the same file makes this one wait rather than fail at once.
///
/// Thread safety: one instance owns one SQLite connection, and every call on it (each statement,
/// each whole transaction) runs under one recursive lock, so instances may be shared freely across
/// tasks and threads; calls are serialised, not parallel. Open several instances on one file for
/// parallel readers. The calls block their thread while SQLite works.
public final class SQLiteDatabase: SQLDatabase, @unchecked Sendable {
    // @unchecked: `connection` is only touched while holding `lock`.
    private let connection: OpaquePointer
    private let lock = Lock(recursive: true)

    public var dialect: SQLDialect { .sqlite }

    /// The path this database was opened with.
    public let path: String

    /// Opens (creating if missing) the database at `path`, or a private in-memory database for
    /// `":memory:"`. `busyTimeout` is how long a statement waits for another writer's lock.
    public init(path: String, busyTimeout: Duration = .seconds(5)) throws(StoreError) {
        var handle: OpaquePointer?
        // NOMUTEX: our lock serialises access, so SQLite's own per-connection mutex is redundant.
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &handle, flags, nil)
        guard rc == SQLITE_OK, let handle else {
            let error = StoreError.sqlite(rc, "cannot open the SQLite database; check the path and its directory",
                connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }
        self.connection = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
        do {
            try executeScript("PRAGMA foreign_keys = ON")
            // Returns the mode actually set ("memory" for in-memory databases); either is fine.
            _ = try query("PRAGMA journal_mode = WAL")
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
    }

    deinit { sqlite3_close_v2(connection) }

    public func execute(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) {
        try locked { () throws(StoreError) in try unlockedConnection.execute(sql, parameters) }
    }

    public func executeScript(_ sql: String) throws(StoreError) {
        try locked { () throws(StoreError) in try unlockedConnection.executeScript(sql) }
    }

    public func query(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) -> [SQLRow] {
        try locked { () throws(StoreError) in try unlockedConnection.query(sql, parameters) }
    }

    public func transaction<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        // IMMEDIATE takes the write lock up front, so two writers never deadlock upgrading a read lock.
        return try SQLTransaction.run(on: unlockedConnection, begin: "BEGIN IMMEDIATE", body)
    }

    // MARK: - Internals

    private var unlockedConnection: Connection { Connection(handle: connection) }

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The raw connection, for use while `lock` is held (inside `transaction` or `locked`).
    private struct Connection: SQLConnection {
        let handle: OpaquePointer
        var dialect: SQLDialect { .sqlite }

        func execute(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) {
            let statement = try SQLiteStatement(connection: handle, sql: sql)
            try statement.bind(parameters)
            _ = try statement.run(collect: false)
        }

        func executeScript(_ sql: String) throws(StoreError) {
            var message: UnsafeMutablePointer<CChar>?
            let rc = sqlite3_exec(handle, sql, nil, nil, &message)
            sqlite3_free(message)
            guard rc == SQLITE_OK else { throw StoreError.sqlite(rc, "running SQL failed", connection: handle) }
        }

        func query(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) -> [SQLRow] {
            let statement = try SQLiteStatement(connection: handle, sql: sql)
            try statement.bind(parameters)
            return try statement.run(collect: true)
        }
    }
}
