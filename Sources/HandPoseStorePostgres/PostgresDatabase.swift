internal import CLibPQ
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore

/// A PostgreSQL database reached over libpq, behind the dialect-neutral ``SQLDatabase`` API.
///
/// Parameters are sent in text format, except `blob` values, which are sent in binary format typed as
/// `bytea` (see ``PostgresParameters``). Results arrive in text format and are converted by column
/// type: `int2`/`int4`/`int8` → `integer`, `float4`/`float8`/`numeric` → `real`, `bool` → `integer`
/// 0/1, `bytea` → `blob`, everything else (text, uuid, jsonb, timestamptz, …) → `text`. PostgreSQL
/// text cannot hold a NUL character, so such a `text` value is rejected by the server.
///
/// libpq is loaded when the first database is opened (see ``LibPQ``), not when the program starts.
///
/// Thread safety: one instance owns one libpq connection, and every call on it (each statement, each
/// whole transaction) runs under one recursive lock, so instances may be shared across tasks and
/// threads; calls are serialised, not parallel. Open several instances for parallel work.
///
/// Blocking: every call blocks its thread for a network round trip. Do not call it from Swift's
/// cooperative thread pool in a hot path (that pool has one thread per core); an `async` wrapper that
/// runs these calls on a dedicated executor or thread comes in a later change.
public final class PostgresDatabase: SQLDatabase, @unchecked Sendable {
    // @unchecked: `connection` is only touched while holding `lock`.
    private let connection: OpaquePointer
    private let lock = Lock(recursive: true)

    public var dialect: SQLDialect { .postgres }

    /// Connects to the server named by `url`, a libpq connection URI or keyword/value string
    /// (`postgres://user:password@host:port/database?connect_timeout=5`).
    ///
    /// Throws ``StoreError/Code/connection`` naming the host and port (never the password) when the
    /// server cannot be reached or refuses the connection.
    public init(url: String) throws(StoreError) {
        // Loads libpq on first use; a machine without it gets a `.connection` error saying what to install.
        _ = try LibPQ.require()
        guard let handle = LibPQ.shared.connectdb(url) else {
            throw StoreError(.connection, "cannot allocate a PostgreSQL connection (out of memory)")
        }
        guard LibPQ.shared.status(handle) == CONNECTION_OK else {
            let error = StoreError.postgresConnection(handle)
            LibPQ.shared.finish(handle)
            throw error
        }
        // The default notice processor prints server notices to stderr; they may quote values.
        _ = LibPQ.shared.setNoticeProcessor(handle, { _, _ in }, nil)
        self.connection = handle
        // Timestamps come back in UTC, the way the store writes them.
        try executeScript("SET TIME ZONE 'UTC'")
    }

    deinit { LibPQ.shared.finish(connection) }

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
        let connection = unlockedConnection
        return try SQLTransaction.run(on: connection, begin: "BEGIN", commit: { _ in
            // After a failed statement that `body` caught, PostgreSQL answers COMMIT by rolling back.
            guard try connection.commandTag("COMMIT") == "COMMIT" else {
                throw StoreError(
                    .statement, "the transaction was rolled back because a statement in it failed; nothing was committed")
            }
        }, body)
    }

    // MARK: - Internals

    private var unlockedConnection: PostgresConnection { PostgresConnection(handle: connection) }

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
