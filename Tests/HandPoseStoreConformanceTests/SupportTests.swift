import Foundation
import HandPoseCore
import HandPoseStore
import Testing

@Suite("Store support values")
struct SupportTests {
    @Test("SHA-256 matches the FIPS 180-4 examples")
    func sha256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var chunked = SHA256()
        million.withUnsafeBytes { raw in
            chunked.update(buffer: UnsafeRawBufferPointer(rebasing: raw[0..<7]))
            chunked.update(buffer: UnsafeRawBufferPointer(rebasing: raw[7...]))
        }
        #expect(chunked.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("timestamps: millisecond UTC text both ways, PostgreSQL's form and offsets read back")
    func timestamps() throws {
        let date = Date(timeIntervalSince1970: 1_795_745_397.123)
        #expect(StoreTimestamp.format(date) == "2026-11-27T02:09:57.123Z")
        #expect(StoreTimestamp.parse("2026-11-27T02:09:57.123Z") == date)
        #expect(StoreTimestamp.parse("2026-11-27 02:09:57.123+00") == date)
        #expect(StoreTimestamp.parse("2026-11-27 03:09:57.123+01:00") == date)
        #expect(StoreTimestamp.parse("2026-11-27") == Date(timeIntervalSince1970: 1_795_737_600))
        #expect(StoreTimestamp.format(Date(timeIntervalSince1970: -1.5)) == "1969-12-31T23:59:58.500Z")
        #expect(StoreTimestamp.parse("2026-13-01") == nil)
        #expect(StoreTimestamp.parse("yesterday") == nil)
    }

    @Test("sample matrices round-trip bit for bit, NaN included, and reject foreign blobs")
    func sampleMatrix() throws {
        let left = (0..<Channel.count).map { c in (0..<5).map { Double(c) + Double($0) / 10 } }
        var right = left
        right[3][2] = .nan
        let matrix = SampleMatrix(timestamps: [0, 0.1, 0.2, 0.3, 0.4], hands: [(.right, right), (.left, left)])
        let bytes = matrix.encoded()
        #expect(bytes.count == 16 + 8 * 127 * 5)
        #expect(Array(bytes[0..<4]) == Array("HPSM".utf8))
        let decoded = try SampleMatrix(decoding: bytes)
        #expect(decoded == matrix)
        #expect(decoded.hands.map(\.side) == [.left, .right])
        #expect(throws: StoreError.self) { try SampleMatrix(decoding: Array(bytes.dropLast())) }
        #expect(throws: StoreError.self) { try SampleMatrix(decoding: Array("nope".utf8) + Array(bytes[4...])) }
    }
}

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    @Test("key order, spacing, escapes and number spellings converge on one text")
    func normalizes() {
        #expect(CanonicalJSON.normalize(#"{ "b": 1, "a": [true, null, "x"] }"#) == #"{"a":[true,null,"x"],"b":1}"#)
        // What PostgreSQL's jsonb prints for the same values.
        #expect(CanonicalJSON.normalize(#"{"a": 0.00001, "b": 30.0}"#) == CanonicalJSON.normalize(#"{"b":30,"a":1e-05}"#))
        #expect(CanonicalJSON.normalize(#"{"s": "caf\u00e9 \"q\" \n"}"#) == "{\"s\":\"café \\\"q\\\" \\n\"}")
        #expect(CanonicalJSON.normalize(#"{"k": 1, "k": 2}"#) == #"{"k":2}"#)
        #expect(CanonicalJSON.normalize("4.6000000000000005") == "4.6000000000000005")
        #expect(CanonicalJSON.normalize("18446744073709551615") == "1.8446744073709552e+19")
        #expect(CanonicalJSON.normalize("-12") == "-12")
        #expect(CanonicalJSON.normalize("{\"a\":") == nil)
        #expect(CanonicalJSON.normalize("[1,]") == nil)
        #expect(CanonicalJSON.normalize("nul") == nil)
    }
}

@Suite("Pretty JSON with embedded documents")
struct PrettyJSONTests {
    @Test("embedded JSON text under named keys becomes nested JSON; numbers keep their spelling")
    func expands() throws {
        let text = #"{"b":1.50,"document":"{\"x\":[1,2]}","note":"{\"y\":1}"}"#
        let pretty = try #require(CanonicalJSON.prettyPrinted(text, expanding: ["document"]))
        #expect(pretty == "{\n  \"b\": 1.50,\n  \"document\": {\n    \"x\": [\n      1,\n      2\n    ]\n  },\n  \"note\": \"{\\\"y\\\":1}\"\n}")
        #expect(CanonicalJSON.prettyPrinted("[]") == "[]")
        #expect(CanonicalJSON.prettyPrinted("{") == nil)
    }
}
