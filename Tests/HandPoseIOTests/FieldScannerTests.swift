import HandPoseCore
@testable import HandPoseIO
import Testing

@Suite("FieldScanner: field ends of a whole line")
struct FieldScannerTests {
    /// The field ends of `line` by the SWAR splitter and by the quote-aware serial scanner, with the
    /// lookahead a line buffer has filled with `padding` (delimiters, to show they are not taken).
    func ends(
        _ line: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), limit: Int = 1000, padding: UInt8? = nil
    ) -> (whole: [Int], serial: [Int]) {
        let scanner = FieldScanner(delimiter: delimiter)
        let bytes = line + [UInt8](repeating: padding ?? delimiter, count: FieldScanner.fieldEndsLookahead)
        let output = UnsafeMutablePointer<Int>.allocate(capacity: limit + FieldScanner.fieldEndsSlack)
        defer { output.deallocate() }
        return bytes.withUnsafeBufferPointer { buffer in
            let view = UnsafeBufferPointer(rebasing: buffer[0..<line.count])
            let whole = scanner.fieldEnds(of: view, into: output, limit: limit)
            let wholeEnds = Array(UnsafeBufferPointer(start: output, count: min(whole, limit)))
            let serial = scanner.quotedFieldEnds(of: view, into: output, limit: limit)
            let serialEnds = Array(UnsafeBufferPointer(start: output, count: min(serial, limit)))
            return (whole > limit ? wholeEnds + [-1] : wholeEnds, serial > limit ? serialEnds + [-1] : serialEnds)
        }
    }

    @Test("the byte compare finds exactly the delimiter at every position of a word, among all byte values")
    func matchBitsExact() {
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), 9, 0, 0x80, 0xFF] {
            let pattern = UInt64(delimiter) &* 0x0101_0101_0101_0101
            for other in 0...255 where UInt8(other) != delimiter {
                for position in 0..<8 {
                    // The delimiter at one position, `other` everywhere else, and the reverse.
                    var word: UInt64 = 0, inverse: UInt64 = 0
                    for index in 0..<8 {
                        let shift = UInt64(8 * index)
                        word |= UInt64(index == position ? delimiter : UInt8(other)) << shift
                        inverse |= UInt64(index == position ? UInt8(other) : delimiter) << shift
                    }
                    #expect(FieldScanner.matchBits(word, pattern) == 1 << UInt64(position), "\(delimiter) among \(other) at \(position)")
                    #expect(FieldScanner.matchBits(inverse, pattern) == 0xFF ^ (1 << UInt64(position)), "\(other) among \(delimiter) at \(position)")
                }
            }
        }
    }

    @Test("a line of numbers splits like the field-by-field scanner")
    func numbers() {
        let line = Array("0.512345,-0.012345,7,,left,1e5,12345678.87654321".utf8)
        let (whole, serial) = ends(line)
        #expect(whole == [8, 18, 20, 21, 26, 30, 48])
        #expect(whole == serial)
    }

    @Test("empty lines, lone delimiters, delimiters at the ends")
    func edges() {
        for text in ["", ",", ",,", "a,", ",a", ";a,b;", "\t,\t"] {
            for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
                let (whole, serial) = ends(Array(text.utf8), delimiter: delimiter)
                #expect(whole == serial, "\(text.debugDescription) split by \(delimiter)")
            }
        }
    }

    @Test("delimiters on every side of the 64-byte blocks, in lines of 1-200 bytes",
          arguments: [63, 64, 65, 127, 128, 129, 1, 8, 9, 200])
    func blockBoundaries(length: Int) {
        for delimiterPosition in Set([0, 7, 8, 62, 63, 64, 65, 126, 127, 128, length - 2, length - 1]) where delimiterPosition >= 0 && delimiterPosition < length {
            var line = [UInt8](repeating: UInt8(ascii: "5"), count: length)
            line[delimiterPosition] = UInt8(ascii: ",")
            let (whole, serial) = ends(line)
            #expect(whole == serial, "a delimiter at \(delimiterPosition) of \(length)")
            #expect(whole == [delimiterPosition, length], "a delimiter at \(delimiterPosition) of \(length)")
        }
        let full = [UInt8](repeating: UInt8(ascii: ","), count: length)
        let (whole, serial) = ends(full)
        #expect(whole == serial)
        #expect(whole.count == length + 1)
    }

    @Test("seeded random lines split like the field-by-field scanner", arguments: [1 as UInt64, 2, 3, 4])
    func randomLines(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("0123456789.-e, ;\t".utf8) + [0x80, 0xC3, 0xA9, 0xFF, 0]
        for _ in 0..<2000 {
            let length = Int.random(in: 0...300, using: &generator)
            let line = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")].randomElement(using: &generator)!
            // Bytes after the line that would be delimiters or not must not change anything.
            let padding = Bool.random(using: &generator) ? delimiter : UInt8(ascii: "5")
            let (whole, serial) = ends(line, delimiter: delimiter, padding: padding)
            #expect(whole == serial, "seed \(seed): \(line) split by \(delimiter)")
        }
    }

    @Test("more fields than the limit stop the split with a count above it", arguments: [1, 3, 7, 8, 9, 63, 64, 65, 66])
    func limit(limit: Int) {
        for fields in [limit - 1, limit, limit + 1, limit + 2, 3 * limit + 70] where fields >= 1 {
            let line = Array(Array(repeating: "1.5", count: fields).joined(separator: ",").utf8)
            let (whole, serial) = ends(line, limit: limit)
            #expect(whole == serial, "\(fields) fields, limit \(limit)")
            #expect(whole.count == min(fields, limit + 1), "\(fields) fields, limit \(limit)")
            #expect((whole.last == -1) == (fields > limit), "\(fields) fields, limit \(limit)")
        }
    }

    @Test("quoted fields keep their delimiters in the serial scanner")
    func quoted() {
        let line = Array("1,\"a,b\",\"c\"\"d,\",2".utf8)
        let serial = ends(line).serial
        #expect(serial == [1, 7, 15, 17])
    }
}
