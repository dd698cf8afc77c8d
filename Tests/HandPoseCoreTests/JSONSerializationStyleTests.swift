import Foundation
import Testing
@testable import HandPoseCore

/// ``JSONSerializationStyle`` against Foundation's `JSONSerialization`, which this test target links.
@Suite("JSONSerializationStyle")
struct JSONSerializationStyleTests {
    /// What JSONSerialization writes back for `text` after reading it.
    static func reference(_ text: String, _ options: JSONSerialization.WritingOptions = []) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: options), as: UTF8.self)
    }

    @Test("numbers", arguments: [
        "0", "-0", "30", "-17", "0.5", "-0.0", "30.0", "1e2", "1E5", "1e-5", "1e-05", "0.1", "0.30000000000000004",
        "1e+15", "1e15", "1e16", "1000000000000000.0", "2.5e-7", "5e-324", "1.7976931348623157e+308", "9.2e18",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551615",
        "123456789012345678901234567890", "4503599627370496.5", "9007199254740993.0", "123.456e2", "-1.5e-300",
    ])
    func numbers(_ literal: String) throws {
        let expected = try Self.reference("[\(literal)]").dropFirst().dropLast()
        #expect(JSONSerializationStyle.number(literal) == String(expected))
    }

    @Test("known numbers and an unrepresentable one")
    func knownNumbers() {
        #expect(JSONSerializationStyle.number("1e+15") == "1000000000000000")
        #expect(JSONSerializationStyle.number("1e16") == "1e+16")
        #expect(JSONSerializationStyle.number("-0.0") == "-0")
        #expect(JSONSerializationStyle.number("4503599627370496.5") == "4503599627370496.5")
        #expect(JSONSerializationStyle.number("1e400") == nil)
    }

    @Test("strings", arguments: ["", "plain", "a/b", "q\"b\\s", "\u{0}\u{1}\u{8}\u{9}\u{a}\u{c}\u{d}\u{1f}\u{7f}", "é😀\u{2028}\u{85}"])
    func strings(_ text: String) throws {
        let literal = String(decoding: try JSONEncoder().encode([text]), as: UTF8.self)
        for (options, escaping) in [(JSONSerialization.WritingOptions(), true), ([.withoutEscapingSlashes], false)] {
            let expected = try Self.reference(literal, options).dropFirst().dropLast()
            #expect(JSONSerializationStyle.quoted(text, escapingSlashes: escaping) == String(expected))
        }
        #expect(JSONSerializationStyle.quoted("a/\u{1}\"") == #""a\/\u0001\"""#)
    }

    @Test("sortedKeys order")
    func keyOrder() throws {
        let keys = [
            "b", "a", "B", "A", "aa", "aB", "Ab", "ab", "a1", "a10", "a2", "a01", "a001", "1", "01", "10", "2", "_a", "a_b",
            "a-b", "a.b", "a b", "~", "$", "z", "Z", "x9", "x09", "tremorBandHz", "tremorband", "durationSeconds", "id",
            "indications", "instructions", "schemaVersion", "requiredMetrics",
        ]
        let object = "{" + keys.map { "\"\($0)\":0" }.joined(separator: ",") + "}"
        let expected = try Self.reference(object, [.sortedKeys])
        let actual = "{" + keys.sorted(by: JSONSerializationStyle.keyPrecedes).map { "\"\($0)\":0" }.joined(separator: ",") + "}"
        #expect(actual == expected)
    }
}
