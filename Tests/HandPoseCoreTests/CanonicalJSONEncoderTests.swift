import Foundation
import Testing
@testable import HandPoseCore

@Suite("CanonicalJSONEncoder")
struct CanonicalJSONEncoderTests {
    /// Foundation's encoder with the options CanonicalJSONEncoder promises to match.
    static func reference(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func expectSame(_ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [true, false] {
            let actual = String(decoding: try CanonicalJSONEncoder(prettyPrinted: pretty).encode(value), as: UTF8.self)
            #expect(actual == (try reference(value, pretty: pretty)), "pretty: \(pretty)", sourceLocation: sourceLocation)
        }
    }

    struct Scalars: Encodable {
        var doubles: [Double] = [
            12, 1e-5, 1e21, 1e16, 1e15, 123_456_789_012_345_678, -0.0, 5e-324, 0.30000000000000004, 1.5, -2,
            .nan, .infinity, -.infinity, .greatestFiniteMagnitude, 2.5e-7, 100,
        ]
        var floats: [Float] = [0.1, 3, 1e-7, .nan, -.infinity]
        var integers: [Int] = [0, -1, .max, .min]
        var int8 = Int8.min, int16 = Int16.max, int32 = Int32.min, int64 = Int64.max
        var uint = UInt.max, uint8 = UInt8.max, uint16 = UInt16.max, uint32 = UInt32.max, uint64 = UInt64.max
        var flags = [true, false]
        var text = "a/b \"quoted\" \\ \u{08}\u{09}\u{0A}\u{0B}\u{0C}\u{0D}\u{00}\u{1F}\u{7F} é 😀 \u{2028}"
        var missing: Double? = nil
        var present: Double? = 4
        var single = 7.0
    }

    struct Containers: Encodable {
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nested: [[Double]] = [[], [1], [2, 3]]
        var objects: [[String: [Int]]] = [[:], ["b": [], "a": [1]]]
        var sortedByBytes: [String: Int] = Dictionary(uniqueKeysWithValues: [
            "b", "B", "a", "_x", "a.b", "a_b", "aB", "Ab", "10", "9", "é", "z",
            "rangeOfMotion.index.dip", "rangeOfMotion", "rangeOfMotionX",
        ].map { ($0, 1) })
        var integerKeys: [Int: String] = [1: "a", 10: "b", 2: "c"]
        var optionals: [Double?] = [1, nil, .nan]
    }

    /// A hand-written encode(to:) exercising nested, super and explicit-nil paths and a repeated key.
    struct Custom: Encodable {
        enum Key: String, CodingKey { case a, b, c, d, e }
        struct Empty: Encodable { func encode(to encoder: any Encoder) throws {} }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeNil(forKey: .a)
            try container.encode(1, forKey: .b)
            try container.encode(2, forKey: .b)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .c)
            try nested.encode("x", forKey: .a)
            var list = container.nestedUnkeyedContainer(forKey: .d)
            try list.encode(Empty())
            var inner = list.nestedContainer(keyedBy: Key.self)
            try inner.encode(0.5, forKey: .e)
            try list.encodeNil()
            try Empty().encode(to: container.superEncoder(forKey: .e))
            try 3.0.encode(to: container.superEncoder())
        }
    }

    @Test("scalars: numbers, non-finite numbers, integers of every width, escapes, optionals")
    func scalars() throws { try Self.expectSame(Scalars()) }

    @Test("containers: empty and nested arrays and objects, keys sorted by bytes, integer keys")
    func containers() throws { try Self.expectSame(Containers()) }

    @Test("hand-written encode(to:): explicit nil, a repeated key, nested and super encoders")
    func custom() throws { try Self.expectSame(Custom()) }

    @Test("top-level scalars; a top-level value that encodes nothing is an error, as in JSONEncoder")
    func topLevel() throws {
        try Self.expectSame(3.0)
        try Self.expectSame("text")
        try Self.expectSame([Double.nan])
        try Self.expectSame([Custom.Empty()])
        #expect(throws: EncodingError.self) { try Self.reference(Custom.Empty(), pretty: true) }
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode(Custom.Empty()) }
    }

    @Test("types JSONEncoder writes its own way go to JSONEncoder")
    func specialTypes() throws {
        struct Special: Encodable {
            var date = Date(timeIntervalSinceReferenceDate: 12.5)
            var url = URL(string: "https://example.org/a/b")!
            var data = Data([1, 2, 3])
            var decimal = Decimal(string: "1.25")!
        }
        try Self.expectSame(Special())
        try Self.expectSame(["when": Date(timeIntervalSinceReferenceDate: 0)])
    }
}
