/// The one text form the store writes every JSON column in, so a document reads back as the same
/// text from SQLite (which keeps text as written) and from PostgreSQL (whose `jsonb` re-orders keys,
/// re-spaces, re-escapes and re-prints numbers).
///
/// Canonical form: no whitespace; object keys sorted by their UTF-8 bytes, a repeated key keeping
/// its last value (as `jsonb` does); strings escaped only where JSON requires (`"`, `\`, control
/// characters); an integer literal that fits in 64 bits printed as is, any other number as the
/// shortest text that reads back as the same `Double` (integral values below 10^15 without a
/// fraction).
public enum CanonicalJSON {
    /// The canonical text of `text`, or nil when `text` is not JSON.
    public static func normalize(_ text: String) -> String? {
        var parser = Parser(bytes: Array(text.utf8))
        guard let value = parser.parseDocument() else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        value.write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` pretty-printed (two-space indent, keys sorted, numbers as written), with every string
    /// value under one of `embeddedKeys` that holds a JSON object or array replaced by that value, so
    /// JSON columns read as nested documents rather than escaped strings. Nil when `text` is not JSON.
    public static func prettyPrinted(_ text: String, expanding embeddedKeys: Set<String> = []) -> String? {
        var parser = Parser(bytes: Array(text.utf8))
        guard let value = parser.parseDocument() else { return nil }
        let keys = Set(embeddedKeys.map { Array($0.utf8) })
        var output: [UInt8] = []
        value.expanding(keys).writePretty(to: &output, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``normalize(_:)``, or `text` unchanged when it is not JSON (the database then rejects it).
    static func canonical(_ text: String) -> String { normalize(text) ?? text }

    indirect enum Value {
        case null, bool(Bool), number([UInt8]), string([UInt8]), array([Value]), object([([UInt8], Value)])

        func write(to output: inout [UInt8]) {
            switch self {
            case .null: output += Array("null".utf8)
            case .bool(let flag): output += Array((flag ? "true" : "false").utf8)
            case .number(let literal): output += Self.canonicalNumber(literal)
            case .string(let bytes): Self.writeString(bytes, to: &output)
            case .array(let items):
                output.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    item.write(to: &output)
                }
                output.append(UInt8(ascii: "]"))
            case .object(let members):
                var unique: [[UInt8]: Value] = [:]
                for (key, value) in members { unique[key] = value }
                output.append(UInt8(ascii: "{"))
                for (index, key) in unique.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }).enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    Self.writeString(key, to: &output)
                    output.append(UInt8(ascii: ":"))
                    unique[key]!.write(to: &output)
                }
                output.append(UInt8(ascii: "}"))
            }
        }

        /// The value with embedded JSON documents under `keys` parsed in place.
        func expanding(_ keys: Set<[UInt8]>) -> Value {
            switch self {
            case .array(let items): return .array(items.map { $0.expanding(keys) })
            case .object(let members):
                return .object(members.map { key, value in
                    if keys.contains(key), case .string(let bytes) = value, let first = bytes.first,
                       first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
                        var parser = Parser(bytes: bytes)
                        if let embedded = parser.parseDocument() { return (key, embedded.expanding(keys)) }
                    }
                    return (key, value.expanding(keys))
                })
            default: return self
            }
        }

        func writePretty(to output: inout [UInt8], indent: Int) {
            func newline(_ level: Int) {
                output.append(0x0a)
                output += [UInt8](repeating: 0x20, count: 2 * level)
            }
            switch self {
            case .array(let items) where !items.isEmpty:
                output.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    item.writePretty(to: &output, indent: indent + 1)
                }
                newline(indent)
                output.append(UInt8(ascii: "]"))
            case .object(let members) where !members.isEmpty:
                var unique: [[UInt8]: Value] = [:]
                for (key, value) in members { unique[key] = value }
                output.append(UInt8(ascii: "{"))
                for (index, key) in unique.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }).enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    Self.writeString(key, to: &output)
                    output += Array(": ".utf8)
                    unique[key]!.writePretty(to: &output, indent: indent + 1)
                }
                newline(indent)
                output.append(UInt8(ascii: "}"))
            case .number(let literal): output += literal
            default: write(to: &output)
            }
        }

        static func canonicalNumber(_ literal: [UInt8]) -> [UInt8] {
            let text = String(decoding: literal, as: UTF8.self)
            let isInteger = !literal.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
            if isInteger, let integer = Int64(text) { return Array(String(integer).utf8) }
            guard let double = Double(text), double.isFinite else { return literal }
            if double == double.rounded(), abs(double) < 1e15 { return Array(String(Int64(double)).utf8) }
            return Array(double.description.utf8)
        }

        static func writeString(_ bytes: [UInt8], to output: inout [UInt8]) {
            let hex = Array("0123456789abcdef".utf8)
            output.append(UInt8(ascii: "\""))
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0a: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0d: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0..<0x20:
                    output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xf)]]
                default: output.append(byte)
                }
            }
            output.append(UInt8(ascii: "\""))
        }
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func parseDocument() -> Value? {
            guard let value = parseValue(depth: 0) else { return nil }
            skipWhitespace()
            return index == bytes.count ? value : nil
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[index]) { index += 1 }
        }

        mutating func literal(_ word: String) -> Bool {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected
            else { return false }
            index += expected.count
            return true
        }

        mutating func parseValue(depth: Int) -> Value? {
            guard depth < 512 else { return nil }
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "\""): return parseString().map(Value.string)
            case UInt8(ascii: "["):
                index += 1
                var items: [Value] = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(items)
                }
                while true {
                    guard let item = parseValue(depth: depth + 1) else { return nil }
                    items.append(item)
                    skipWhitespace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                    return nil
                }
            case UInt8(ascii: "{"):
                index += 1
                var members: [([UInt8], Value)] = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object(members)
                }
                while true {
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = parseString() else { return nil }
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    guard let value = parseValue(depth: depth + 1) else { return nil }
                    members.append((key, value))
                    skipWhitespace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                    return nil
                }
            default:
                return parseNumber().map(Value.number)
            }
        }

        mutating func parseNumber() -> [UInt8]? {
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            guard index > start, Double(String(decoding: bytes[start..<index], as: UTF8.self)) != nil else { return nil }
            return Array(bytes[start..<index])
        }

        /// The string's bytes with escapes resolved (UTF-8).
        mutating func parseString() -> [UInt8]? {
            index += 1
            var result: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return result
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
                    case UInt8(ascii: "b"): result.append(0x08)
                    case UInt8(ascii: "f"): result.append(0x0c)
                    case UInt8(ascii: "n"): result.append(0x0a)
                    case UInt8(ascii: "r"): result.append(0x0d)
                    case UInt8(ascii: "t"): result.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        result += Array(String(Character(unicode)).utf8)
                    default: return nil
                    }
                default: result.append(byte)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count,
                  let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { return nil }
            index += 4
            return value
        }
    }
}
