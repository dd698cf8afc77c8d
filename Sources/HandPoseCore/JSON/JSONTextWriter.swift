/// Writes a ``JSONTree`` as UTF-8 text, in `JSONEncoder`'s layout: object keys sorted by their
/// UTF-8 bytes; pretty-printed with two spaces per level, `"key" : value`, and an empty object or
/// array as an opening and a closing line with an empty line between.
struct JSONTextWriter {
    let prettyPrinted: Bool
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    init(prettyPrinted: Bool) {
        self.prettyPrinted = prettyPrinted
        bytes.reserveCapacity(1 << 16)
    }

    mutating func write(_ node: JSONTree) {
        switch node {
        case .null: append("null")
        case .bool(let value): append(value ? "true" : "false")
        case .number(let text): append(text)
        case .string(let text): writeString(text)
        case .array(let box): writeArray(box.elements)
        case .object(let box): writeObject(box.members)
        case .slot(let slot): write(slot.value ?? .object(JSONObjectBox()))
        }
    }

    private mutating func writeArray(_ elements: [JSONTree]) {
        open(UInt8(ascii: "["), empty: elements.isEmpty)
        for (index, element) in elements.enumerated() {
            separate(first: index == 0)
            write(element)
        }
        close(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ members: [String: JSONTree]) {
        open(UInt8(ascii: "{"), empty: members.isEmpty)
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            separate(first: index == 0)
            writeString(key)
            append(prettyPrinted ? " : " : ":")
            write(members[key]!)
        }
        close(UInt8(ascii: "}"))
    }

    private mutating func open(_ bracket: UInt8, empty: Bool) {
        bytes.append(bracket)
        depth += 1
        if prettyPrinted && empty { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Before an element or member: a comma after the previous one, then a new indented line.
    private mutating func separate(first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        if prettyPrinted { newline() }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if prettyPrinted { newline() }
        bytes.append(bracket)
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * depth) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A string literal: `"` and `\` escaped, the control characters as `\b \t \n \f \r` or `\u00xx`;
    /// everything else, `/` and non-ASCII included, as it is.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x09: append("\\t")
            case 0x0A: append("\\n")
            case 0x0C: append("\\f")
            case 0x0D: append("\\r")
            case ..<0x20:
                append("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
