#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The pieces of JSON text as Foundation's `JSONSerialization` writes them on Linux, for the outputs
/// that were written with it before the tools stopped linking full Foundation (which it is part of).
public enum JSONSerializationStyle {
    /// `text` as a JSON string: `"` and `\` escaped, `\b \f \n \r \t`, the other control characters as
    /// `\u00xx` (lower-case hex), `/` as `\/` when `escapingSlashes`; every other scalar as is.
    public static func quoted(_ text: String, escapingSlashes: Bool = true) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "/": result += escapingSlashes ? "\\/" : "/"
            case "\u{8}": result += "\\b"
            case "\u{c}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0}"..."\u{1f}":
                let hex = String(scalar.value, radix: 16)
                result += (hex.count == 1 ? "\\u000" : "\\u00") + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The text `JSONSerialization` writes back for the JSON number `literal` it has read; nil when
    /// it cannot hold the number (it then throws).
    ///
    /// Its reading rules: an integer literal that fits `Int64` (negative) or `UInt64` is printed as an
    /// integer (`-0` as `0`); a literal of more than 17 characters before any `e` whose exponent lies
    /// in ±127 is held as a `Decimal` (printed in full, without exponent); anything else as a finite
    /// `Double`, printed as its `description` without a trailing `.0`. Only a lower-case `e` counts
    /// as an exponent there (`1E5` is read as a `Double` all the same).
    public static func number(_ literal: String) -> String? {
        guard !literal.isEmpty else { return nil }
        let exponentIndex = literal.firstIndex(of: "e")
        let isInteger = exponentIndex == nil && !literal.contains(".")
        let digitCount = literal[..<(exponentIndex ?? literal.endIndex)].count
        if isInteger {
            if literal.hasPrefix("-") {
                if digitCount <= 19, let value = Int64(literal) { return String(value) }
            } else if digitCount <= 20, let value = UInt64(literal) {
                return String(value)
            }
        }
        let exponent = exponentIndex.flatMap { Int(literal[literal.index(after: $0)...]) } ?? 0
        if digitCount > 17, (-128...127).contains(exponent), let decimal = Decimal(string: literal), decimal.isFinite {
            return decimal.description
        }
        guard let double = Double(literal), double.isFinite else { return nil }
        let text = double.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Whether object key `a` comes before `b` in `JSONSerialization`'s `.sortedKeys` order, for keys
    /// of printable ASCII characters.
    ///
    /// That order is the Unicode collation (ICU's root order) with numbers compared by value and case
    /// ignored until everything else is equal: space, then `_-,;:!?.'"()[]{}@*/\&#%`^+<=>|~$`, then
    /// digit runs by value, then letters `aAbB…`; on a tie, the first place where the keys differ
    /// decides: fewer leading zeros in a digit run, lower case before upper case in a letter. Other characters (not in any key this code writes) come
    /// after the letters in code point order.
    public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        let left = collationUnits(a), right = collationUnits(b)
        for (x, y) in zip(left, right) where x.primary != y.primary {
            return x.primary.lexicographicallyPrecedes(y.primary)
        }
        if left.count != right.count { return left.count < right.count }
        for (x, y) in zip(left, right) {
            if x.length != y.length { return x.length < y.length }
            if x.isUpperCase != y.isUpperCase { return !x.isUpperCase }
        }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// One character, or one run of digits, of a key as the collation sees it.
    private struct CollationUnit {
        /// Compared first: the group and place of the character, or the value of the digit run.
        var primary: [UInt64]
        /// Characters in the unit: more than one only for a digit run (leading zeros).
        var length = 1
        var isUpperCase = false
    }

    /// ICU's root order of the printable ASCII characters other than digits and letters.
    private static let punctuationOrder = Array(" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".utf8)

    private static func collationUnits(_ key: String) -> [CollationUnit] {
        let bytes = Array(key.unicodeScalars)
        var units: [CollationUnit] = []
        var index = 0
        while index < bytes.count {
            let scalar = bytes[index]
            switch scalar.value {
            case 0x30...0x39:
                // A digit run: group 1, then its value (digits beyond 19 compare by their leading part).
                var value: UInt64 = 0
                let start = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index].value) {
                    let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                    value = overflow ? UInt64.max : min(UInt64.max - 9, product) + UInt64(bytes[index].value - 0x30)
                    index += 1
                }
                units.append(CollationUnit(primary: [1, value], length: index - start))
                continue
            case 0x41...0x5A: units.append(CollationUnit(primary: [2, UInt64(scalar.value + 0x20)], isUpperCase: true))
            case 0x61...0x7A: units.append(CollationUnit(primary: [2, UInt64(scalar.value)]))
            default:
                if scalar.isASCII, let place = punctuationOrder.firstIndex(of: UInt8(scalar.value)) {
                    units.append(CollationUnit(primary: [0, UInt64(place)]))
                } else {
                    units.append(CollationUnit(primary: [3, UInt64(scalar.value)]))
                }
            }
            index += 1
        }
        return units
    }
}
