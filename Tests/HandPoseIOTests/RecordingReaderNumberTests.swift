import HandPoseCore
@testable import HandPoseIO
import Testing

/// Every field's value against `Double(String)` of its text, for number spellings of every kind,
/// in files large enough to cross the read buffer (256 KiB), and with small chunks that start many
/// lines at the buffer's first byte.
@Suite("RecordingReader: number fields")
struct RecordingReaderNumberTests {
    /// A coordinate spelled one of many ways, and the value it must read as (NaN for missing).
    func randomField(_ generator: inout SeededGenerator, decimalComma: Bool) -> (text: String, value: Double) {
        let magnitude = Double.random(in: 0..<2, using: &generator) * [1, 10, 1000, 0.001][Int.random(in: 0..<4, using: &generator)]
        let value = Bool.random(using: &generator) ? -magnitude : magnitude
        let digits = Int.random(in: 0...12, using: &generator)
        var text: String
        switch Int.random(in: 0..<16, using: &generator) {
        case 0...5: text = fixed(value, decimals: digits)                       // the plain shape, 0-12 decimals
        case 6: text = "\(value)"                                                // 15-17 significant digits
        case 7: text = fixed(value, decimals: 16)                                // beyond the word loads
        case 8: text = fixed(value, decimals: digits) + "e\(Int.random(in: -5...5, using: &generator))"  // exponents
        case 9: text = "0000" + fixed(magnitude, decimals: digits)               // leading zeros
        case 10: text = "+" + fixed(magnitude, decimals: digits)
        case 11: text = " " + fixed(value, decimals: digits) + " "               // spaces around
        case 12: text = "\"" + fixed(value, decimals: digits) + "\""             // quoted
        case 13: text = String(Int(value * 1e6))                                 // integers of up to 10 digits
        case 14: text = ["12345678.87654321", "99999999.99999999", "9007199254740993", "-0", "-0.0", ".5", "5."]
            .randomElement(using: &generator)!
        default:
            let word = ["", "NaN", "nan", "NA", "null", "N/A", "None"].randomElement(using: &generator)!
            return (word, .nan)
        }
        let expected = Double(text.filter { $0 != " " && $0 != "\"" })!
        if decimalComma { text = text.replacingLiteral(".", with: ",") }
        return (text, expected)
    }

    /// `value` with exactly `decimals` digits after the point (no point for 0), without Foundation.
    func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e18 else { return "\(value)" }
        var digits = String(UInt64(scaled))
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        let body = decimals == 0 ? digits : digits[..<split] + "." + digits[split...]
        return (value < 0 ? "-" : "") + body
    }

    /// A wide two-hand CSV (`t_s,hand,x0,…,z20`) of random spellings and the values expected per
    /// frame, hand and channel, with the reader's rules for the all-zero sentinel and infinities.
    func wideFile(rows: Int, seed: UInt64, delimiter: String = ",") -> (csv: String, expected: [[Double]]) {
        var generator = SeededGenerator(seed: seed)
        let decimalComma = delimiter == ";"
        var lines = [(["t_s", "hand"] + wideHeader { "\($0)\($1)" }).joined(separator: delimiter)]
        var expected: [[Double]] = []
        for row in 0..<rows {
            var fields = ["\(row / 2)", row % 2 == 0 ? "left" : "Right"]
            var values: [Double] = []
            for _ in 0..<Channel.count {
                let (text, value) = randomField(&generator, decimalComma: decimalComma)
                fields.append(text)
                values.append(value)
            }
            for landmark in 0..<Landmark.count {
                let x = values[3 * landmark], y = values[3 * landmark + 1], z = values[3 * landmark + 2]
                if x == 0 && y == 0 && (z == 0 || z.isNaN) {
                    for axis in 0..<3 { values[3 * landmark + axis] = .nan }
                }
            }
            lines.append(fields.joined(separator: delimiter))
            expected.append(values)
        }
        return (lines.joined(separator: "\n") + "\n", expected)
    }

    func check(_ recording: Recording, _ expected: [[Double]], _ what: String) {
        for (row, values) in expected.enumerated() {
            guard let track = row % 2 == 0 ? recording.left : recording.right else {
                Issue.record("\(what): no \(row % 2 == 0 ? "left" : "right") hand")
                return
            }
            for channel in 0..<Channel.count {
                let read = track.channels[channel][row / 2]
                guard read.bitPattern == values[channel].bitPattern || (read.isNaN && values[channel].isNaN) else {
                    Issue.record("\(what): row \(row + 2), channel \(channel) read \(read), expected \(values[channel])")
                    return
                }
            }
        }
    }

    @Test("random spellings read as Double(String) across the read buffer boundary", arguments: [1 as UInt64, 2])
    func acrossTheBuffer(seed: UInt64) throws {
        let (csv, expected) = wideFile(rows: 2400, seed: seed)
        #expect(csv.utf8.count > LineReader<MemoryByteSource>.defaultChunkSize + 100_000)
        check(try readCSV(csv), expected, "seed \(seed)")
    }

    @Test("random spellings read the same with chunks that start lines at the buffer's first byte",
          arguments: [1, 7, 64, 4093])
    func smallChunks(chunkSize: Int) throws {
        let (csv, expected) = wideFile(rows: 60, seed: UInt64(chunkSize))
        check(try readCSV(csv, chunkSize: chunkSize), expected, "chunk size \(chunkSize)")
    }

    @Test("decimal commas with semicolons, random spellings")
    func decimalCommas() throws {
        let (csv, expected) = wideFile(rows: 200, seed: 99, delimiter: ";")
        check(try readCSV(csv), expected, "semicolons")
    }

    @Test("a line longer than the buffer grows it and reads the same")
    func lineLongerThanBuffer() throws {
        let (csv, expected) = wideFile(rows: 40, seed: 5)
        check(try readCSV(csv, chunkSize: 300), expected, "chunk size 300")
    }
}
