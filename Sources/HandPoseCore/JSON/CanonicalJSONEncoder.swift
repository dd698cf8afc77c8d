#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Encodes values as the JSON text handpose writes everywhere: keys sorted by their UTF-8 bytes,
/// slashes not escaped, NaN and ±∞ as the strings `"NaN"`, `"Infinity"` and `"-Infinity"`, and
/// either pretty-printed (two-space indent, `"key" : value`) or compact.
///
/// The text is byte for byte what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted`) and that non-conforming float
/// strategy (tests compare them on every document handpose writes). It exists for speed:
/// `JSONEncoder` asks, for every type it meets, whether the type conforms to one of its internal
/// protocols, and the Swift runtime answers the first such question per type by scanning every
/// protocol conformance in the binary (7 000 in `handpose`). A one-file `handpose analyze` paid
/// about 9 ms for that, more than the encoding itself; this encoder asks no such question.
///
/// Values of the types `JSONEncoder` special-cases (`Date`, `Data`, `URL`, `Decimal`) are handed to
/// `JSONEncoder` whole, so the text is the same for any value.
public struct CanonicalJSONEncoder: Sendable {
    /// Whether to indent (as `handpose … --format json`) or write one line (as `--format jsonl` and
    /// the database's JSON columns).
    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    /// The JSON text of `value`, UTF-8.
    ///
    /// - Throws: `EncodingError` from the value's own `encode(to:)`.
    public func encode(_ value: some Encodable) throws -> Data {
        do {
            let root = try JSONTreeEncoder.tree(of: value)
            var writer = JSONTextWriter(prettyPrinted: prettyPrinted)
            writer.write(root)
            return Data(writer.bytes)
        } catch is JSONTreeEncoder.SpecialType {
            return try foundationEncoder.encode(value)
        }
    }

    /// Foundation's encoder with the same options, for the types it treats specially.
    private var foundationEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = prettyPrinted ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }
}
