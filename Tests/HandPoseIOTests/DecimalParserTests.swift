#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseCore
@testable import HandPoseIO
import Testing

@Suite("DecimalParser")
struct DecimalParserTests {
    func parse(_ text: String, decimalComma: Bool = false) -> Double? {
        // A trailing sentinel byte keeps the buffer non-empty; it is not part of the field.
        let bytes = Array(text.utf8) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            return DecimalParser.parseField(base, base + buffer.count - 1, decimalComma: decimalComma)
        }
    }

    /// A random decimal string: sign, 1-25 mantissa digits with a point somewhere, optional exponent.
    func randomDecimal(_ generator: inout SeededGenerator) -> String {
        var text = Bool.random(using: &generator) ? "-" : ""
        let digitCount = Int.random(in: 1...(Bool.random(using: &generator) ? 8 : 25), using: &generator)
        let digits = (0..<digitCount).map { _ in String(Int.random(in: 0...9, using: &generator)) }
        let point = Int.random(in: 0...digitCount, using: &generator)
        text += digits[..<point].joined()
        if point < digitCount || point == 0 { text += "." + digits[point...].joined() }
        if text.hasSuffix(".") { text += "0" }
        if text == "." || text == "-." { text += "0" }
        if Int.random(in: 0..<3, using: &generator) == 0 {
            text += (Bool.random(using: &generator) ? "e" : "E") + (Bool.random(using: &generator) ? "-" : "")
                + String(Int.random(in: 0...(Bool.random(using: &generator) ? 25 : 330), using: &generator))
        }
        return text
    }

    @Test("equals Double(String) bit for bit on seeded random decimals", arguments: [1 as UInt64, 42, 2024, 0xC0FFEE])
    func matchesStandardLibrary(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<20_000 {
            let text = randomDecimal(&generator)
            guard let expected = Double(text) else { continue }
            let parsed = parse(text)
            #expect(
                parsed?.bitPattern == expected.bitPattern,
                "seed \(seed): \"\(text)\" parsed as \(String(describing: parsed)), Double(String) gives \(expected)")
        }
    }

    @Test("a number followed by more bytes stops at the delimiter with the same value", arguments: [3 as UInt64, 11])
    func stopsAtDelimiter(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<20_000 {
            let text = randomDecimal(&generator)
            guard let expected = Double(text) else { continue }
            let bytes = Array((text + ",12345678;0.5\n").utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress!
                var value = 0.0
                let stop = DecimalParser.scan(base, base + buffer.count, decimalComma: false, into: &value)
                #expect(stop == base + text.utf8.count, "seed \(seed): \"\(text)\" stopped early or late")
                #expect(value.bitPattern == expected.bitPattern, "seed \(seed): \"\(text)\" parsed as \(value), expected \(expected)")
            }
        }
    }

    @Test("hard cases round correctly", arguments: [
        "0.512345", "-0.012345", "9007199254740993", "1e22", "1e23", "123456789012345678901234567890",
        "2.2250738585072011e-308", "4.9e-324", "1.7976931348623157e308", "1e400", "-1e-400", "0.1", "0.3",
        "3.141592653589793238462643383279", "0000000000000000000000001.5", "1.00000000000000000000000000001",
        "-0", "-0.0", "5e-1", "1E5", ".5", "5.", "+1.25",
    ])
    func hardCases(text: String) {
        #expect(parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
    }

    @Test("missing spellings are NaN and infinities are signed")
    func specialValues() {
        for text in ["", "  ", "NaN", "nan", "NA", "null", "N/A", "None", " nan "] {
            #expect(parse(text)?.isNaN == true, "\(text)")
        }
        #expect(parse("inf") == .infinity)
        #expect(parse("-Infinity") == -.infinity)
        #expect(parse(" 0.5 ") == 0.5)
    }

    @Test("garbage is not a number", arguments: ["abc", "1.2.3", "1e", "--1", "0x10", "1,5", "12a", "-", "e5", "nana"])
    func garbage(text: String) {
        #expect(parse(text) == nil, "\(text)")
    }

    @Test("decimal comma when the delimiter is a semicolon")
    func decimalComma() {
        #expect(parse("0,512", decimalComma: true) == 0.512)
        #expect(parse("-1,5e3", decimalComma: true) == -1500)
        #expect(parse("0,12345678901234567890123", decimalComma: true) == Double("0.12345678901234567890123"))
    }

    /// `parsePlain` on the field `text` with `before` and `after` around it, and the lookbehind and
    /// lookahead a line buffer has filled with `padding` (digits, to show they are never taken).
    func parsePlain(
        _ text: String, before: String = "", after: String = ",", padding: UInt8 = UInt8(ascii: "7"),
        decimalComma: Bool = false
    ) -> Double? {
        let lead = [UInt8](repeating: padding, count: DecimalParser.plainLookbehind) + Array(before.utf8)
        let bytes = lead + Array((text + after).utf8) + [UInt8](repeating: padding, count: DecimalParser.plainLookahead)
        return bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress! + lead.count
            return DecimalParser.parsePlain(start, start + text.utf8.count, decimalComma: decimalComma)
        }
    }

    @Test("the plain fast path equals Double(String) bit for bit or declines", arguments: [5 as UInt64, 77])
    func plainMatchesStandardLibrary(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<20_000 {
            let text = randomDecimal(&generator)
            guard let expected = Double(text) else { continue }
            // Declining is allowed (the caller falls back to scan); a wrong value is not.
            if let value = parsePlain(text) {
                #expect(value.bitPattern == expected.bitPattern, "seed \(seed): \"\(text)\" gave \(value), expected \(expected)")
            }
        }
    }

    /// A decimal in the plain shape: optional minus, `integerDigits` digits, and when
    /// `fractionDigits` > 0 a point and that many digits; leading zeros allowed.
    func plainDecimal(integerDigits: Int, fractionDigits: Int, _ generator: inout SeededGenerator) -> String {
        var text = Bool.random(using: &generator) ? "-" : ""
        for _ in 0..<integerDigits { text += String(Int.random(in: 0...9, using: &generator)) }
        if fractionDigits > 0 {
            text += "."
            for _ in 0..<fractionDigits { text += String(Int.random(in: 0...9, using: &generator)) }
        }
        return text
    }

    @Test("every plain shape up to 8 + 8 digits equals strtod and Double(String), with digits around it",
          arguments: [9 as UInt64, 1234])
    func plainShapesMatchStrtod(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for integerDigits in 1...8 {
            for fractionDigits in 0...8 {
                for _ in 0..<300 {
                    let text = plainDecimal(integerDigits: integerDigits, fractionDigits: fractionDigits, &generator)
                    let expected = text.withCString { strtod($0, nil) }
                    #expect(expected.bitPattern == Double(text)?.bitPattern, "strtod and Double(String) differ on \(text)")
                    // The neighbours are digits too: the field bounds alone decide what is read.
                    let value = parsePlain(text, before: "9", after: "9")
                    // Taken: every mantissa up to 2^53.
                    let taken = UInt64(text.filter(\.isNumber))! <= 1 << 53
                    if taken {
                        #expect(value?.bitPattern == expected.bitPattern, "seed \(seed): \"\(text)\" gave \(String(describing: value)), strtod \(expected)")
                    } else {
                        #expect(value == nil, "seed \(seed): \"\(text)\" is beyond the word loads and must decline")
                    }
                }
            }
        }
    }

    @Test("the plain fast path takes the common shapes, at a line end and with a decimal comma")
    func plainTakesCommonShapes() {
        let texts = [
            "0.512345", "-0.012345", "1234567.1234567", "7", "-0", "-0.0", "12.5", "0.0000001", "00000007.5",
            "12345678", "0.12345678", "12345678.87654321", "-9007199.25474099", "-12345678", "-1234567.8", "-12345678.5", "-12345678.12345678", "1.2345678", "-0.000001", "0000.00000000",
        ]
        for text in texts {
            #expect(parsePlain(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
            #expect(parsePlain(text, after: "")?.bitPattern == Double(text)?.bitPattern, "\(text) at the line end")
            #expect(parsePlain(text, before: "", after: "", padding: 0)?.bitPattern == Double(text)?.bitPattern, "\(text) alone")
        }
        #expect(parsePlain("0,25", after: ";", decimalComma: true) == 0.25)
        #expect(parsePlain("-12,5", after: ";", decimalComma: true) == -12.5)
        #expect(parsePlain("0,25", after: ";", decimalComma: false) == nil)
    }

    @Test("the plain fast path declines other shapes",
          arguments: ["", "-", "+1", ".5", "5.", "-.5", "1e5", "1E-5", "123456789", "0.123456789", "123456789.5", "12345678.", "-12345678.",
                      "99999999.99999999", " 1", "1 ", "nan", "\"1\"", "1.2.3", "1..2", "--1", "1-", "0x10", "١", "1x5", "12-3", "1 5", "1,5", "-1.5e"])
    func plainDeclines(text: String) {
        #expect(parsePlain(text) == nil, "\(text)")
    }

    @Test("the plain fast path never takes bytes outside the field (the next field, the next line, stale bytes)")
    func plainStaysInField() {
        let taken = ["0.5", "12", "-3.25", "7", "-0.125"]
        for text in taken + ["", "-", "1.", ".", "-."] {
            let expected = taken.contains(text) ? Double(text) : nil
            for padding in [UInt8(ascii: "7"), UInt8(ascii: "."), 0] {
                let parsed = parsePlain(text, before: "", after: "", padding: padding)
                #expect(parsed?.bitPattern == expected?.bitPattern, "\(text) amid \(padding) gave \(String(describing: parsed))")
                let glued = parsePlain(text, before: "5", after: "5", padding: padding)
                #expect(glued?.bitPattern == expected?.bitPattern, "\(text) between digits gave \(String(describing: glued))")
            }
        }
    }
}
