internal import CLibPQ
import HandPoseStore

/// The raw libpq connection, for use while the owning ``PostgresDatabase``'s lock is held.
struct PostgresConnection: SQLConnection {
    let handle: OpaquePointer
    var dialect: SQLDialect { .postgres }

    func execute(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) {
        let result = try run(sql, parameters)
        LibPQ.shared.clear(result)
    }

    func executeScript(_ sql: String) throws(StoreError) {
        LibPQ.shared.clear(try checked(LibPQ.shared.exec(handle, sql), "running SQL failed"))
    }

    func query(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) -> [SQLRow] {
        let result = try run(sql, parameters)
        defer { LibPQ.shared.clear(result) }
        return PostgresResult.rows(result)
    }

    /// Runs a parameterless command and returns its command tag (`COMMIT`, `ROLLBACK`, `INSERT 0 1`).
    func commandTag(_ sql: String) throws(StoreError) -> String {
        let result = try checked(LibPQ.shared.exec(handle, sql), "running SQL failed")
        defer { LibPQ.shared.clear(result) }
        return LibPQ.shared.cmdStatus(result).map { String(cString: $0) } ?? ""
    }

    private func run(_ sql: String, _ parameters: [SQLValue]) throws(StoreError) -> OpaquePointer {
        let encoded = PostgresParameters(parameters)
        let result = encoded.withCArrays { types, values, lengths, formats in
            LibPQ.shared.execParams(handle, sql, Int32(parameters.count), types, values, lengths, formats, 0)
        }
        return try checked(result, "running a statement failed")
    }

    /// Returns `result` when it succeeded; otherwise clears it and throws the mapped error.
    private func checked(_ result: OpaquePointer?, _ context: String) throws(StoreError) -> OpaquePointer {
        guard let result else { throw StoreError.postgres(nil, context, connection: handle) }
        switch LibPQ.shared.resultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return result
        default:
            let error = StoreError.postgres(result, context, connection: handle)
            LibPQ.shared.clear(result)
            throw error
        }
    }
}
