internal import CSQLite
import HandPoseStore

extension StoreError {
    /// Wraps an SQLite result code: the code class picks the ``StoreError/Code``; the generic
    /// `sqlite3_errstr` text (never values) goes in the message, `sqlite3_errmsg` in `driverMessage`.
    static func sqlite(_ resultCode: Int32, _ context: String, connection: OpaquePointer?) -> StoreError {
        let primary = resultCode & 0xff
        let code: StoreError.Code =
            switch primary {
            case SQLITE_CONSTRAINT: .constraint
            case SQLITE_BUSY, SQLITE_LOCKED: .busy
            case SQLITE_CANTOPEN, SQLITE_NOTADB, SQLITE_PERM, SQLITE_AUTH: .connection
            case SQLITE_RANGE: .invalidArgument
            default: .statement
            }
        let generic = String(cString: sqlite3_errstr(resultCode))
        let detail = connection.map { String(cString: sqlite3_errmsg($0)) }
        // SQLite names the constraint or column after "constraint failed: " and never quotes values there.
        let constraint = code == .constraint
            ? detail.flatMap { text in text.utf8.firstRange(of: "constraint failed: ".utf8).map { String(text[$0.upperBound...]) } }
            : nil
        return StoreError(
            code, "\(context): \(generic)", driverCode: Int(resultCode), driverMessage: detail, constraint: constraint)
    }
}
