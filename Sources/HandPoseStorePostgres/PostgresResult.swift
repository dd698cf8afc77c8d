internal import CLibPQ
import HandPoseStore

/// Converts a text-format libpq result into ``SQLRow``s by column type OID.
enum PostgresResult {
    static func rows(_ result: OpaquePointer) -> [SQLRow] {
        let rowCount = LibPQ.shared.ntuples(result)
        let columnCount = LibPQ.shared.nfields(result)
        let names = (0..<columnCount).map { LibPQ.shared.fname(result, $0).map { String(cString: $0) } ?? "" }
        let types = (0..<columnCount).map { LibPQ.shared.ftype(result, $0) }
        var rows: [SQLRow] = []
        rows.reserveCapacity(Int(rowCount))
        for row in 0..<rowCount {
            var values = SQLRow(minimumCapacity: Int(columnCount))
            for column in 0..<columnCount {
                values[names[Int(column)]] = value(result, row: row, column: column, type: types[Int(column)])
            }
            rows.append(values)
        }
        return rows
    }

    private static func value(_ result: OpaquePointer, row: Int32, column: Int32, type: Oid) -> SQLValue {
        if LibPQ.shared.getisnull(result, row, column) != 0 { return .null }
        let pointer = LibPQ.shared.getvalue(result, row, column)!
        let count = Int(LibPQ.shared.getlength(result, row, column))
        let text = String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
        switch type {
        case 20, 21, 23:  // int8, int2, int4
            return Int64(text).map(SQLValue.integer) ?? .text(text)
        case 700, 701, 1700:  // float4, float8, numeric
            return double(text).map(SQLValue.real) ?? .text(text)
        case 16:  // bool
            return .integer(text == "t" ? 1 : 0)
        case 17:  // bytea, in the server's text output form
            return .blob(bytea(pointer))
        default:
            return .text(text)
        }
    }

    private static func double(_ text: String) -> Double? {
        switch text {
        case "NaN": .nan
        case "Infinity": .infinity
        case "-Infinity": -.infinity
        default: Double(text)
        }
    }

    /// Decodes `bytea` text output (hex or the older escape format) with libpq's own decoder.
    private static func bytea(_ pointer: UnsafeMutablePointer<CChar>) -> [UInt8] {
        var length = 0
        guard let decoded = UnsafeRawPointer(pointer).withMemoryRebound(to: UInt8.self, capacity: 1, {
            LibPQ.shared.unescapeBytea($0, &length)
        }) else { return [] }
        defer { LibPQ.shared.freemem(decoded) }
        return Array(UnsafeBufferPointer(start: decoded, count: length))
    }
}
