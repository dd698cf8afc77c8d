internal import CLibPQ
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore

extension StoreError {
    /// Wraps a failed libpq result: the SQLSTATE picks the ``StoreError/Code`` and appears in the
    /// message with its class name; the server's message and DETAIL (which can quote row values) go in
    /// `driverMessage` only. A nil `result` (connection lost, out of memory) uses the connection's error.
    static func postgres(_ result: OpaquePointer?, _ context: String, connection: OpaquePointer) -> StoreError {
        let sqlState = result.flatMap { field($0, "C") }
        let primary = result.flatMap { field($0, "M") } ?? trimmed(LibPQ.shared.errorMessage(connection))
        let detail = result.flatMap { field($0, "D") }
        let driverMessage = [primary, detail.map { "DETAIL: \($0)" }].compactMap { $0 }.joined(separator: " ")
        guard let sqlState else {
            let code: Code = LibPQ.shared.status(connection) == CONNECTION_OK ? .statement : .connection
            return StoreError(code, "\(context): no SQLSTATE (connection lost?)", driverMessage: driverMessage)
        }
        return StoreError(
            code(forSQLState: sqlState), "\(context) (SQLSTATE \(sqlState)\(name(sqlState).map { ", \($0)" } ?? ""))",
            driverMessage: "SQLSTATE \(sqlState): \(driverMessage)",
            constraint: result.flatMap { field($0, "n") })
    }

    /// A failed `PQconnectdb`: names host and port (never the password); libpq's text in `driverMessage`.
    static func postgresConnection(_ connection: OpaquePointer) -> StoreError {
        let host = LibPQ.shared.host(connection).map { String(cString: $0) } ?? ""
        let port = LibPQ.shared.port(connection).map { String(cString: $0) } ?? ""
        let target = host.isEmpty ? "the default host" : "\(host)\(port.isEmpty ? "" : ":\(port)")"
        return StoreError(
            .connection,
            "cannot connect to PostgreSQL at \(target); check that the server is running and the URL's host, port, user and database",
            driverMessage: trimmed(LibPQ.shared.errorMessage(connection)))
    }

    /// The ``StoreError/Code`` for an SQLSTATE: integrity violations are `.constraint`, class 08
    /// `.connection`, everything else `.statement`.
    static func code(forSQLState state: String) -> Code {
        switch state {
        case "23505", "23503", "23514", "23502": .constraint
        case _ where state.hasPrefix("08"): .connection
        default: .statement
        }
    }

    private static func name(_ state: String) -> String? {
        switch state {
        case "23505": "unique violation"
        case "23503": "foreign key violation"
        case "23514": "check violation"
        case "23502": "not-null violation"
        case "42P01": "undefined table"
        case "42601": "syntax error"
        case _ where state.hasPrefix("08"): "connection exception"
        default: nil
        }
    }

    private static func field(_ result: OpaquePointer, _ code: Unicode.Scalar) -> String? {
        LibPQ.shared.resultErrorField(result, Int32(code.value)).map { String(cString: $0) }
    }

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String? {
        guard let message else { return nil }
        let text = String(cString: message).trimmingWhitespaceAndNewlines()
        return text.isEmpty ? nil : text
    }
}
