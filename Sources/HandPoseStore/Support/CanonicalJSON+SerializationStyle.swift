import HandPoseCore

extension CanonicalJSON {
    /// `text` as Foundation's `JSONSerialization` prints it after reading it, with `.prettyPrinted`
    /// and `.sortedKeys`: the form `protocols show` has always printed a stored document in.
    ///
    /// Two-space indent, `"key" : value`, keys in ``JSONSerializationStyle/keyPrecedes(_:_:)`` order
    /// (a repeated key keeping its last value), strings as ``JSONSerializationStyle/quoted(_:escapingSlashes:)``
    /// with `/` escaped, numbers as ``JSONSerializationStyle/number(_:)``, and an empty array or object
    /// as its two brackets around an empty line. Nil when `text` is not a JSON object or array, or
    /// holds a number Foundation cannot hold (such as `1e400`).
    public static func serializationStylePrettyPrinted(_ text: String) -> String? {
        var parser = Parser(bytes: Array(text.utf8))
        guard let value = parser.parseDocument() else { return nil }
        switch value {
        case .array, .object: break
        default: return nil  // JSONSerialization reads no top-level fragment without `.allowFragments`.
        }
        var output = ""
        guard value.writeSerializationStyle(to: &output, indent: 0) else { return nil }
        return output
    }
}

extension CanonicalJSON.Value {
    /// Appends the value in ``CanonicalJSON/serializationStylePrettyPrinted(_:)`` form, its nested lines
    /// indented by `indent` more spaces; false if it holds a number Foundation cannot hold.
    fileprivate func writeSerializationStyle(to output: inout String, indent: Int) -> Bool {
        let inner = String(repeating: " ", count: indent + 2)
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let literal):
            guard let number = JSONSerializationStyle.number(String(decoding: literal, as: UTF8.self)) else { return false }
            output += number
        case .string(let bytes): output += JSONSerializationStyle.quoted(String(decoding: bytes, as: UTF8.self))
        case .array(let items):
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += (index > 0 ? ",\n" : "") + inner
                guard item.writeSerializationStyle(to: &output, indent: indent + 2) else { return false }
            }
            output += "\n" + String(repeating: " ", count: indent) + "]"
        case .object(let members):
            var unique: [String: CanonicalJSON.Value] = [:]
            for (key, value) in members { unique[String(decoding: key, as: UTF8.self)] = value }
            output += "{\n"
            for (index, key) in unique.keys.sorted(by: JSONSerializationStyle.keyPrecedes).enumerated() {
                output += (index > 0 ? ",\n" : "") + inner + JSONSerializationStyle.quoted(key) + " : "
                guard unique[key]!.writeSerializationStyle(to: &output, indent: indent + 2) else { return false }
            }
            output += "\n" + String(repeating: " ", count: indent) + "}"
        }
        return true
    }
}
