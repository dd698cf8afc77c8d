import HandPoseCore
@testable import HandPoseIO
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the data lines in two halves at once (``DataSplit``) gives exactly what reading them on
/// one thread gives: the same recording, warnings with the same lines, the same first error.
@Suite("Reading a file in two halves")
struct ParallelReadingTests {
    /// What reading `text` gives: the recording with NaN made comparable, or the error.
    enum Outcome: Equatable {
        case recording(Recording)
        case error(IngestError)
    }

    static func outcome(_ text: String, parallel: Bool, options: IngestOptions = .init(), chunkSize: Int = 1 << 20) -> Outcome {
        var options = options
        options.parallelReading = parallel
        do {
            let recording = try RecordingReader.read(
                bytes: Array(text.utf8), name: "split.csv", options: options, chunkSize: chunkSize, parallelAbove: 0)
            return .recording(comparable(recording))
        } catch {
            return .error(error)
        }
    }

    /// `recording` with every NaN sample replaced by a value no test file holds, so that `==`
    /// compares missing samples too.
    static func comparable(_ recording: Recording) -> Recording {
        var copy = recording
        func fill(_ track: HandTrack?) -> HandTrack? {
            guard var track else { return nil }
            track.channels = track.channels.map { $0.map { $0.isNaN ? -987_654.321 : $0 } }
            track.handScore = track.handScore?.map { $0.isNaN ? -987_654.321 : $0 }
            return track
        }
        copy.left = fill(recording.left)
        copy.right = fill(recording.right)
        return copy
    }

    /// The offset of the cut ``RecordingReader`` makes in `text`, whose first line is the header
    /// and whose key is in column `keyColumn`.
    static func cut(_ text: String, keyColumn: Int = 0) -> Int? {
        let bytes = Array(text.utf8)
        let dataStart = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
        return DataSplit.offset(dataStart: dataStart, size: bytes.count, keyColumn: keyColumn, delimiter: UInt8(ascii: ",")) { offset, count in
            offset < bytes.count ? Array(bytes[offset..<min(bytes.count, offset + count)]) : nil
        }
    }

    /// `text` with `lines` inserted at the start of the line at byte `offset`.
    static func inserting(_ lines: String, into text: String, at offset: Int) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[..<offset] + Array(lines.utf8) + bytes[offset...], as: UTF8.self)
    }

    static func expectSame(_ text: String, options: IngestOptions = .init(), sourceLocation: SourceLocation = #_sourceLocation) {
        let serial = outcome(text, parallel: false, options: options)
        #expect(outcome(text, parallel: true, options: options) == serial, sourceLocation: sourceLocation)
        #expect(outcome(text, parallel: true, options: options, chunkSize: 4096) == serial, sourceLocation: sourceLocation)
    }

    // MARK: Where the cut falls

    @Test("the cut is the first line after the middle whose key differs from the line before")
    func cutAtKeyChange() throws {
        let text = "t,v\n" + (0..<100).map { "\($0 / 10),\($0)" }.joined(separator: "\n") + "\n"
        let offset = try #require(Self.cut(text))
        let bytes = Array(text.utf8)
        #expect(bytes[offset - 1] == 0x0A)
        let next = String(decoding: bytes[offset...].prefix { $0 != 0x0A }, as: UTF8.self)
        let previous = String(decoding: bytes[..<(offset - 1)].split(separator: 0x0A).last ?? [], as: UTF8.self)
        #expect(next.hasPrefix("5,") || next.hasPrefix("6,"))
        #expect(previous.split(separator: ",").first != next.split(separator: ",").first)
        #expect(offset > bytes.count / 2)
    }

    @Test("no cut when the key never changes near the middle")
    func noCutWithoutKeyChange() {
        let text = "t,v\n" + (0..<100).map { "1,\($0)" }.joined(separator: "\n") + "\n"
        #expect(Self.cut(text) == nil)
    }

    @Test("a long-layout file is cut between frames, never inside one")
    func longLayoutCutBetweenFrames() throws {
        let text = longCSV(frames: 60)
        let offset = try #require(Self.cut(text))
        let rest = String(decoding: Array(text.utf8)[offset...], as: UTF8.self)
        // The first row after the cut is the first row of a frame: left hand, landmark 0.
        #expect(rest.split(separator: "\n").first?.split(separator: ",")[2...3].joined(separator: ",") == "left,0")
    }

    // MARK: Same results

    @Test("clean files of each layout read the same in two halves")
    func cleanFiles() throws {
        let long = longCSV(frames: 90)
        #expect(Self.cut(long) != nil)
        Self.expectSame(long)
        Self.expectSame(long.replacingLiteral("\n", with: "\r\n"))
        Self.expectSame("\u{FEFF}# coord_space: image_normalized\n" + long)
        let wide = wideCSV(header: ["t"] + wideHeader { "\($0)\($1)" }, frames: 200, prefix: { ["\(Double($0) / 30)"] })
        #expect(Self.cut(wide) != nil)
        Self.expectSame(wide)
        let rightOnly = longCSV(frames: 90, hands: ["right"])
        Self.expectSame(rightOnly)
    }

    @Test("frame numbers with a given frame rate read the same in two halves")
    func frameIndexTime() throws {
        let text = longCSV(frames: 90).split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        #expect(Self.cut(text) != nil)
        Self.expectSame(text, options: IngestOptions(frameRate: 30))
    }

    @Test("warnings from both halves keep their first lines and add their counts")
    func warningsFromBothHalves() throws {
        var lines = longCSV(frames: 90).split(separator: "\n").map(String.init)
        // Row 3 of 42 rows per frame: the left hand's landmark 2.
        for frame in [5, 70] {
            let row = 1 + frame * 42 + 2
            var fields = lines[row].split(separator: ",").map(String.init)
            fields[4] = "0"; fields[5] = "0"; fields[6] = "0"
            lines[row] = fields.joined(separator: ",")
        }
        for frame in [10, 80] {
            let row = 1 + frame * 42 + 30
            var fields = lines[row].split(separator: ",").map(String.init)
            fields[2] = "unknown"
            lines[row] = fields.joined(separator: ",")
        }
        for frame in [20, 75] {
            let row = 1 + frame * 42 + 5
            var fields = lines[row].split(separator: ",").map(String.init)
            fields[5] = "inf"
            lines[row] = fields.joined(separator: ",")
        }
        lines.insert(",,,,,,", at: 1 + 50 * 42)
        lines.insert("# a comment", at: 1 + 30 * 42)
        let text = lines.joined(separator: "\n") + "\n"
        Self.expectSame(text)
        guard case .recording(let recording) = Self.outcome(text, parallel: true) else {
            Issue.record("expected a recording")
            return
        }
        #expect(recording.warnings.first { $0.code == .zeroSentinel }?.count == 2)
        #expect(recording.warnings.first { $0.code == .unknownHandSkipped }?.count == 2)
    }

    @Test("a truncated last line in the second half is dropped with its line")
    func truncatedLastLine() {
        let text = longCSV(frames: 90) + "3.1,93,left,0,0.5"
        Self.expectSame(text)
    }

    // MARK: Same errors

    @Test("an error in the second half is reported at its line in the file")
    func errorInSecondHalf() throws {
        var lines = longCSV(frames: 90).split(separator: "\n").map(String.init)
        lines[1 + 80 * 42 + 7] = lines[1 + 80 * 42 + 7].replacingLiteral(",left,", with: ",lefty,")
        let text = lines.joined(separator: "\n") + "\n"
        Self.expectSame(text)
        guard case .error(let error) = Self.outcome(text, parallel: true) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2 + 80 * 42 + 7)
        #expect(error.code == .unknownHand)
    }

    @Test("with errors in both halves, the first one is reported")
    func errorsInBothHalves() throws {
        var lines = longCSV(frames: 90).split(separator: "\n").map(String.init)
        lines[1 + 10 * 42] += ",extra"
        lines[1 + 80 * 42] = lines[1 + 80 * 42].replacingLiteral(",left,", with: ",lefty,")
        let text = lines.joined(separator: "\n") + "\n"
        Self.expectSame(text)
        guard case .error(let error) = Self.outcome(text, parallel: true) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2 + 10 * 42)
        #expect(error.code == .wrongFieldCount)
    }

    @Test("a second half that does not continue the first is read again after it, as on one thread")
    func secondHalfNotContinuing() throws {
        let text = longCSV(frames: 90)
        let offset = try #require(Self.cut(text))
        let lines = text.split(separator: "\n").map(String.init)
        // The left hand's landmark 3 of a frame before the cut, again right after it: a later row
        // of an earlier time (an error), then of the same time as the cut's last left frame (merged).
        let before = try #require(lines.first { $0.hasPrefix("1.0,30,left,3,") })
        Self.expectSame(Self.inserting(before + "\n", into: text, at: offset))
        // A right-hand row of the next frame starts the second half; then a left-hand row of the
        // frame before the cut, which in one pass merges into that frame (the left hand's frame is
        // still open): the halves are read again as one.
        let bytes = Array(text.utf8)
        let lastRow = String(decoding: bytes[..<(offset - 1)], as: UTF8.self).split(separator: "\n").last ?? ""
        let nextRow = String(decoding: bytes[offset...], as: UTF8.self).split(separator: "\n").first ?? ""
        let lastFrame = lastRow.split(separator: ",").prefix(2).joined(separator: ",")
        let nextFrame = nextRow.split(separator: ",").prefix(2).joined(separator: ",")
        let merged = Self.inserting(nextFrame + ",right,0,0.5,0.5,0.0\n" + lastFrame + ",left,3,0.5,0.5,0.0\n", into: text, at: offset)
        try #require(Self.cut(merged) == offset)
        Self.expectSame(merged)
        guard case .recording(let recording) = Self.outcome(merged, parallel: true) else {
            Issue.record("expected a recording")
            return
        }
        #expect(recording.warnings.contains { $0.code == .duplicateTimestamp })
    }

    @Test("shuffled and damaged files read the same in two halves", arguments: 0..<24)
    func randomFiles(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        var lines = longCSV(frames: 40 + Int(generator.next() % 40)).split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        for _ in 0..<Int(generator.next() % 6) {
            let a = Int(generator.next() % UInt64(lines.count)), b = Int(generator.next() % UInt64(lines.count))
            switch generator.next() % 4 {
            case 0: lines.swapAt(a, b)
            case 1: lines.insert(lines[a], at: b)
            case 2: lines.remove(at: a)
            default: lines[a] = lines[a].replacingLiteral(",right,", with: ",unknown,")
            }
        }
        Self.expectSame(([header] + lines).joined(separator: "\n") + "\n")
    }

    // MARK: Files

    @Test("a large file on disk reads the same on one and two threads")
    func largeFileOnDisk() throws {
        let text = longCSV(frames: 1200)
        #expect(text.utf8.count > DataSplit.minimumBytes)
        let path = "/tmp/handpose-split-test-\(UInt64.random(in: 0...UInt64.max)).csv"
        let file = try #require(fopen(path, "w"))
        defer { remove(path) }
        fputs(text, file)
        fclose(file)
        let serial = try RecordingReader.read(contentsOf: path, options: IngestOptions(parallelReading: false))
        let parallel = try RecordingReader.read(contentsOf: path)
        #expect(Self.comparable(parallel) == Self.comparable(serial))
        #expect(parallel.frameCount == 1200)
    }

    @Test("a file source reads out of order and reopens at an offset")
    func fileSourceReopens() throws {
        let path = "/tmp/handpose-source-test-\(UInt64.random(in: 0...UInt64.max)).csv"
        let file = try #require(fopen(path, "w"))
        defer { remove(path) }
        fputs("0123456789abcdef", file)
        fclose(file)
        let source = try FileByteSource(path: path)
        #expect(source.bytes(at: 10, count: 4) == Array("abcd".utf8))
        #expect(source.bytes(at: 14, count: 10) == Array("ef".utf8))
        let reopened = try #require(source.reopened(at: 4))
        #expect(reopened.sizeHint == 12)
        #expect(reopened.bytes(at: 0, count: 2) == Array("45".utf8))
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(IngestError) in
            try reopened.read(into: pointer.baseAddress!, capacity: 32)
        }
        #expect(Array(buffer[..<count]) == Array("456789abcdef".utf8))
        #expect(source.reopened(at: 17) == nil)
    }
}
