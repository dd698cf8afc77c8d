internal import CSQLite
import HandPoseStore

/// SQLite's "copy the bytes now" destructor sentinel, which Swift cannot import as a constant.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One prepared statement on a connection the caller already holds exclusively; finalized on deinit.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    init(connection: OpaquePointer, sql: String) throws(StoreError) {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw StoreError.sqlite(rc, "preparing a statement failed", connection: connection)
        }
        self.handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `parameters`: a placeholder `$N` or `?N` takes `parameters[N-1]`, a bare `?` takes the
    /// value at its own position. Every placeholder must have a value.
    func bind(_ parameters: [SQLValue]) throws(StoreError) {
        let count = Int(sqlite3_bind_parameter_count(handle))
        for index in 1...max(count, 1) where count > 0 {
            var valueIndex = index
            if let namePointer = sqlite3_bind_parameter_name(handle, Int32(index)) {
                let name = String(cString: namePointer)
                guard let number = Int(name.dropFirst()), number >= 1 else {
                    throw StoreError(.invalidArgument, "unsupported parameter placeholder '\(name)'; use $1, $2, …")
                }
                valueIndex = number
            }
            guard valueIndex <= parameters.count else {
                throw StoreError(
                    .invalidArgument, "the statement needs parameter \(valueIndex) but \(parameters.count) were given")
            }
            try bind(parameters[valueIndex - 1], at: Int32(index))
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) throws(StoreError) {
        let rc: Int32 =
            switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let value): sqlite3_bind_int64(handle, index, value)
            case .real(let value): sqlite3_bind_double(handle, index, value)
            case .text(let text): bindText(text, at: index)
            case .blob(let bytes):
                // An empty array may have no base address, which SQLite would bind as NULL.
                bytes.isEmpty
                    ? sqlite3_bind_zeroblob(handle, index, 0)
                    : bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transient) }
            }
        guard rc == SQLITE_OK else { throw StoreError.sqlite(rc, "binding a parameter failed", connection: connection) }
    }

    /// Binds with an explicit byte length, so text holding a NUL character is not cut short.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // An empty buffer may have no base address, which SQLite would bind as NULL.
                chars.isEmpty
                    ? sqlite3_bind_text(handle, index, "", 0, transient)
                    : sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), transient)
            }
        }
    }

    /// Steps to completion, collecting rows when `collect` is true.
    func run(collect: Bool) throws(StoreError) -> [SQLRow] {
        var rows: [SQLRow] = []
        while true {
            let rc = sqlite3_step(handle)
            switch rc {
            case SQLITE_DONE: return rows
            case SQLITE_ROW: if collect { rows.append(currentRow()) }
            default: throw StoreError.sqlite(rc, "running a statement failed", connection: connection)
            }
        }
    }

    private func currentRow() -> SQLRow {
        let columns = sqlite3_column_count(handle)
        var row = SQLRow(minimumCapacity: Int(columns))
        for column in 0..<columns {
            let name = String(cString: sqlite3_column_name(handle, column))
            row[name] = value(at: column)
        }
        return row
    }

    private func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let pointer = sqlite3_column_text(handle, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count > 0, let pointer = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default:
            return .null
        }
    }
}
