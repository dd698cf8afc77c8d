#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A record type that maps to one table: its column list, its values in that order, and how to read
/// it back from a row. Both backends use the same mapping; values are the shared ``SQLValue``
/// storage classes (dates as ``StoreTimestamp`` text, booleans as 0/1, JSON as ``CanonicalJSON`` text
/// (record initialisers normalise it), arrays as blobs).
protocol StoredRecord: Sendable {
    static var table: String { get }
    /// Every column, primary key (`id`) first.
    static var columns: [String] { get }
    var id: String { get }
    var values: [SQLValue] { get }
    init(_ row: RowReader) throws(StoreError)
}

extension StoredRecord {
    static var columnList: String { columns.joined(separator: ", ") }

    static var insertSQL: String {
        let placeholders = (1...columns.count).map { "$\($0)" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(columnList)) VALUES (\(placeholders))"
    }

    /// Insert that leaves an existing row with the same id alone (idempotent copies).
    static var insertIfAbsentSQL: String { insertSQL + " ON CONFLICT (id) DO NOTHING" }

    static func select(where condition: String = "", orderBy: String = "created_at, id", limit: Int? = nil) -> String {
        var sql = "SELECT \(columnList) FROM \(table)"
        if !condition.isEmpty { sql += " WHERE \(condition)" }
        if !orderBy.isEmpty { sql += " ORDER BY \(orderBy)" }
        if let limit { sql += " LIMIT \(limit)" }
        return sql
    }

    func insert(into connection: any SQLConnection) throws(StoreError) {
        try connection.execute(Self.insertSQL, values)
    }

    static func fetch(
        _ connection: any SQLConnection, where condition: String = "", _ parameters: [SQLValue] = [],
        orderBy: String = "created_at, id", limit: Int? = nil
    ) throws(StoreError) -> [Self] {
        var records: [Self] = []
        for row in try connection.query(select(where: condition, orderBy: orderBy, limit: limit), parameters) {
            records.append(try Self(RowReader(row, table: table)))
        }
        return records
    }
}

/// Typed access to one result row, with errors that name the table and column (never the value).
struct RowReader {
    let row: SQLRow
    let table: String

    init(_ row: SQLRow, table: String) {
        self.row = row
        self.table = table
    }

    private func malformed(_ column: String, _ expected: String) -> StoreError {
        StoreError(.statement, "\(table).\(column) does not hold \(expected); is the database from this handpose version?")
    }

    func text(_ column: String) throws(StoreError) -> String {
        guard let value = row[column]?.stringValue else { throw malformed(column, "text") }
        return value
    }

    func optionalText(_ column: String) -> String? { row[column]?.stringValue }

    func double(_ column: String) throws(StoreError) -> Double {
        guard let value = optionalDouble(column) else { throw malformed(column, "a number") }
        return value
    }

    func optionalDouble(_ column: String) -> Double? {
        switch row[column] {
        case .real(let value): value
        case .integer(let value): Double(value)
        case .text(let text): Double(text)
        default: nil
        }
    }

    func int(_ column: String) throws(StoreError) -> Int {
        guard let value = row[column]?.int64Value else { throw malformed(column, "an integer") }
        return Int(value)
    }

    func bool(_ column: String) throws(StoreError) -> Bool {
        switch row[column] {
        case .integer(let value): return value != 0
        case .text(let text) where text == "t" || text == "true": return true
        case .text(let text) where text == "f" || text == "false": return false
        default: throw malformed(column, "a boolean")
        }
    }

    func date(_ column: String) throws(StoreError) -> Date {
        guard let date = try optionalDate(column) else { throw malformed(column, "a timestamp") }
        return date
    }

    func optionalDate(_ column: String) throws(StoreError) -> Date? {
        guard let text = row[column]?.stringValue else { return nil }
        guard let date = StoreTimestamp.parse(text) else { throw malformed(column, "a timestamp") }
        return date
    }

    func optionalBlob(_ column: String) -> [UInt8]? {
        if case .blob(let bytes) = row[column] { bytes } else { nil }
    }

    func blob(_ column: String) throws(StoreError) -> [UInt8] {
        guard let bytes = optionalBlob(column) else { throw malformed(column, "binary data") }
        return bytes
    }

    func stringArray(_ column: String) throws(StoreError) -> [String] {
        do {
            return try StoreJSONText.decode([String].self, from: try text(column), what: "\(table).\(column)")
        } catch {
            throw malformed(column, "a JSON array of strings")
        }
    }

    func enumValue<E: RawRepresentable>(_ column: String, _ type: E.Type) throws(StoreError) -> E
    where E.RawValue == String {
        guard let value = E(rawValue: try text(column)) else { throw malformed(column, "a known \(E.self)") }
        return value
    }
}

extension SQLValue {
    static func optionalText(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
    static func optionalReal(_ value: Double?) -> SQLValue {
        guard let value, value.isFinite else { return .null }
        return .real(value)
    }
    static func timestamp(_ value: Date?) -> SQLValue { value.map { .text(StoreTimestamp.format($0)) } ?? .null }
    static func boolean(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }
    static func jsonArray(_ strings: [String]) -> SQLValue { .text(StoreJSONText.array(strings)) }
}
