import Foundation
import Testing
@testable import HandPoseCore

/// `String(cFormat:)` must print exactly what `String(format:)` printed before the tools stopped
/// linking full Foundation (this test target still links it, as the reference).
@Suite("String(cFormat:)")
struct CFormatTests {
    @Test("known strings, with the rounding cases of binary fractions")
    func knownStrings() {
        #expect(String(cFormat: "%.1f", 0.05) == "0.1")  // 0.05000000000000000277
        #expect(String(cFormat: "%.1f", 0.25) == "0.2")  // exact tie: round half to even
        #expect(String(cFormat: "%.1f", 0.35) == "0.3")  // 0.34999999999999997780
        #expect(String(cFormat: "%.2f", 2.675) == "2.67")  // 2.67499999999999982236
        #expect(String(cFormat: "%.2f", 1.005) == "1.00")
        #expect(String(cFormat: "%.0f", 0.5) == "0")
        #expect(String(cFormat: "%.0f", 1.5) == "2")
        #expect(String(cFormat: "%.0f", 2.5) == "2")
        #expect(String(cFormat: "%.1f", -0.0) == "-0.0")
        #expect(String(cFormat: "%.1f", -0.04) == "-0.0")
        #expect(String(cFormat: "%.2f", Double.nan) == "nan")
        #expect(String(cFormat: "%.2f", Double.infinity) == "inf")
        #expect(String(cFormat: "%.1f", -Double.infinity) == "-inf")
        #expect(String(cFormat: "%6.2f", 3.14159) == "  3.14")
        #expect(String(cFormat: "%-8.2f|", 3.14159) == "3.14    |")
        #expect(String(cFormat: "%.1f s", 12.25) == "12.2 s")
        #expect(String(cFormat: "  %.1f-%.1f s  ", 1.25, 3.5) == "  1.2-3.5 s  ")
        #expect(String(cFormat: "%g", 100_000.0) == "100000")
        #expect(String(cFormat: "%g", 1_000_000.0) == "1e+06")
        #expect(String(cFormat: "%g", 0.0001) == "0.0001")
        #expect(String(cFormat: "%g", 0.00001) == "1e-05")
        #expect(String(cFormat: "%.3g", 0.000123456) == "0.000123")
        #expect(String(cFormat: "%.3g", 1234.5) == "1.23e+03")
        #expect(String(cFormat: "%.1e", 0.000123) == "1.2e-04")
        #expect(String(cFormat: "%.1e", 0.0) == "0.0e+00")
        #expect(String(cFormat: "\\u%04x", UInt32(0x1F)) == "\\u001f")
        #expect(String(cFormat: "%04d-%02d-%02d %02d:%02d UTC", 2025, 3, 14, 9, 30) == "2025-03-14 09:30 UTC")
        #expect(String(cFormat: "%d", -42) == "-42")
        #expect(String(cFormat: "100%%") == "100%")
        #expect(String(cFormat: "no conversions") == "no conversions")
        #expect(String(cFormat: "") == "")
    }

    @Test("output longer than any fixed buffer")
    func longOutput() {
        let text = String(cFormat: "%.300f", 1.0 / 3.0)
        #expect(text.count == 302)
        #expect(text.hasPrefix("0.3333333333333333148"))
        #expect(String(cFormat: "%500.1f|", 1.0).count == 501)
    }

    /// Every format the tools use, on awkward values.
    static let formats = ["%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.6f", "%.1e", "%g", "%.3g", "%.1f s", "%6.2f"]
    static let values: [Double] = [
        0, -0.0, 0.05, 0.005, 0.015, 0.125, 2.675, 1.005, -1.5, -2.5, 1e-7, .leastNonzeroMagnitude, 123_456.789, 1e21, 1e300,
        .greatestFiniteMagnitude, .nan, -.nan, .infinity, -.infinity, .pi, -.pi * 1e-5, 4.35, 99.995, 0.9995,
    ]

    @Test("same text as Foundation's String(format:) for the tools' formats")
    func matchesFoundation() {
        var generator = SeededGenerator(seed: 7)
        let random = (0..<300).map { _ in
            Double.random(in: -1...1, using: &generator) * pow(10, Double(Int.random(in: -8...8, using: &generator)))
        }
        for format in Self.formats {
            for value in Self.values + random {
                #expect(String(cFormat: format, value) == String(format: format, value), "\(format) of \(value)")
            }
        }
        for value in [0, 7, -7, 31, 2025, 99_999, Int(Int32.max), Int(Int32.min)] {
            #expect(String(cFormat: "%d|%02d|%04d", value, value, value) == String(format: "%d|%02d|%04d", value, value, value))
        }
        for value: UInt32 in [0, 0x1F, 0x7F, 0xFFFF] {
            #expect(String(cFormat: "\\u%04x", value) == String(format: "\\u%04x", value))
        }
    }
}

@Suite("String(trimmedDecimal:places:)")
struct TrimmedDecimalTests {
    @Test("at most the given decimals, trailing zeros and a bare point dropped, no negative zero", arguments: [
        (15.000000000000053, 2, "15"), (7.500000000000027, 2, "7.5"), (4.986473405549938, 2, "4.99"),
        (0.625, 6, "0.625"), (2.5, 0, "2"), (1234.0, 3, "1234"), (-0.0001, 2, "0"), (-3.25, 1, "-3.2"),
        (Double.nan, 2, "nan"), (-Double.infinity, 2, "-inf"), (100.0, 2, "100"),
    ])
    func examples(value: Double, places: Int, expected: String) {
        #expect(String(trimmedDecimal: value, places: places) == expected)
    }
}
