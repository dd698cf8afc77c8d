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

    /// `parsePlain` on `text` followed by `rest`, with the lookahead padding a line buffer has.
    func parsePlain(
        _ text: String, rest: String = ",", padding: UInt8 = UInt8(ascii: "\n"), delimiter: UInt8 = UInt8(ascii: ","),
        decimalComma: Bool = false
    ) -> (value: Double, length: Int)? {
        let bytes = Array((text + rest).utf8) + [UInt8](repeating: padding, count: DecimalParser.plainLookahead)
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let end = base + text.utf8.count + rest.utf8.count
            return DecimalParser.parsePlain(base, end, delimiter: delimiter, decimalComma: decimalComma)
                .map { ($0.value, $0.end - base) }
        }
    }

    @Test("the plain fast path equals Double(String) bit for bit or declines", arguments: [5 as UInt64, 77])
    func plainMatchesStandardLibrary(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<20_000 {
            let text = randomDecimal(&generator)
            guard let expected = Double(text) else { continue }
            // Declining is allowed (the caller falls back to scan); a wrong value or end is not.
            if let (value, length) = parsePlain(text) {
                #expect(value.bitPattern == expected.bitPattern, "seed \(seed): \"\(text)\" gave \(value), expected \(expected)")
                #expect(length == text.utf8.count, "seed \(seed): \"\(text)\" ended at \(length)")
            }
        }
    }

    @Test("the plain fast path takes the common shapes")
    func plainTakesCommonShapes() {
        for text in ["0.512345", "-0.012345", "1234567.1234567", "7", "-0", "12.5", "0.0000001"] {
            #expect(parsePlain(text)?.value.bitPattern == Double(text)?.bitPattern, "\(text)")
            #expect(parsePlain(text, rest: "")?.value.bitPattern == Double(text)?.bitPattern, "\(text) at the line end")
        }
        #expect(parsePlain("0,25", rest: ";", delimiter: UInt8(ascii: ";"), decimalComma: true)?.value == 0.25)
    }

    @Test("the plain fast path declines other shapes and never reads digits past the end",
          arguments: ["", "-", "+1", ".5", "5.", "1e5", "12345678", "0.12345678", " 1", "1 ", "nan", "\"1\"", "1.2.3"])
    func plainDeclines(text: String) {
        #expect(parsePlain(text) == nil, "\(text)")
    }

    @Test("the plain fast path never takes digits after the end (the next line, or stale bytes)")
    func plainStopsAtEnd() {
        for text in ["", "-", "0.5", "12", "-3.25", "1."] {
            let parsed = parsePlain(text, rest: "", padding: UInt8(ascii: "7"))
            #expect(parsed == nil, "\(text) followed by digits past the end gave \(String(describing: parsed))")
        }
    }
}
