import Foundation
import HandPoseAnalysis
import Testing
@testable import HandPoseStore

/// `protocols show` prints a stored protocol as JSONSerialization did before the tools stopped
/// linking full Foundation; this test target still links it as the reference.
@Suite("CanonicalJSON.serializationStylePrettyPrinted")
struct SerializationStyleTests {
    static func reference(_ text: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
    }

    @Test("every bundled protocol, in the canonical form the store keeps")
    func bundledProtocols() throws {
        for document in ProtocolLibrary.bundled.all {
            let stored = try #require(CanonicalJSON.normalize(String(decoding: try document.jsonData(), as: UTF8.self)))
            #expect(CanonicalJSON.serializationStylePrettyPrinted(stored) == (try Self.reference(stored)), "\(document.id)")
        }
    }

    @Test("empty containers, numbers, escapes, key order, a repeated key")
    func awkwardDocument() throws {
        let text = #"""
            {"b":[],"a":{},"c":[{}],"n":[0,-0,1e+15,1e16,0.1,-0.0,2.5e-7,12345678901234567890,4503599627370496.5],
             "s":"a/b \"q\" \\ \u0001 é 😀","Key":1,"key":2,"k10":3,"k9":4,"dup":1,"dup":2,"t":true,"f":false,"z":null}
            """#
        #expect(CanonicalJSON.serializationStylePrettyPrinted(text) == (try Self.reference(text)))
        #expect(CanonicalJSON.serializationStylePrettyPrinted("[]") == "[\n\n]")
        #expect(CanonicalJSON.serializationStylePrettyPrinted("{\"a\":[1]}") == "{\n  \"a\" : [\n    1\n  ]\n}")
    }

    @Test("not a JSON object or array, or a number Foundation cannot hold: nil")
    func rejected() {
        #expect(CanonicalJSON.serializationStylePrettyPrinted("\"text\"") == nil)
        #expect(CanonicalJSON.serializationStylePrettyPrinted("[1e400]") == nil)
        #expect(CanonicalJSON.serializationStylePrettyPrinted("{") == nil)
    }
}
