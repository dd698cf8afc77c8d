#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How the store turns values into the text of its JSON columns: sorted keys, and non-finite
/// numbers as the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (JSON has no such numbers), read
/// back by ``decode(_:from:what:)``. Record initialisers then bring the text to ``CanonicalJSON``.
enum StoreJSONText {
    /// `value` as JSON text; `.invalidArgument` naming `what` when it cannot be encoded.
    static func encode(_ value: some Encodable, what: String) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StoreError(.invalidArgument, "\(what) could not be encoded as JSON: \(type(of: error))")
        }
    }

    /// A flat object of strings (audit details, device info); such a value always encodes.
    static func object(_ values: [String: String]) -> String {
        (try? encode(values, what: "an object of strings")) ?? "{}"
    }

    /// A JSON array of strings; always encodes.
    static func array(_ values: [String]) -> String {
        (try? encode(values, what: "an array of strings")) ?? "[]"
    }

    /// Decodes `text` written by ``encode(_:what:)``; `.statement` naming `what` when it cannot.
    static func decode<T: Decodable>(_ valueType: T.Type, from text: String, what: String) throws(StoreError) -> T {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return try decoder.decode(valueType, from: Data(text.utf8))
        } catch {
            throw StoreError(.statement, "\(what) is not readable: \(type(of: error))")
        }
    }
}
