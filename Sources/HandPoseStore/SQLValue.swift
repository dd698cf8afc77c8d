/// One value bound to a statement parameter or read from a result column.
///
/// The five storage classes both backends share: a backend maps its native types onto these
/// (booleans as `integer` 0/1, UUIDs, timestamps and JSON as `text`, binary arrays as `blob`).
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as an integer: `integer` as is, `text` holding a decimal integer parsed; else nil.
    public var int64Value: Int64? {
        switch self {
        case .integer(let value): value
        case .text(let text): Int64(text)
        default: nil
        }
    }

    /// The value as text: `text` as is; else nil.
    public var stringValue: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// The value as a double: `real` as is, `integer` converted; else nil.
    public var doubleValue: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }
}

/// One result row, keyed by column name (the last of duplicate names wins).
public typealias SQLRow = [String: SQLValue]
