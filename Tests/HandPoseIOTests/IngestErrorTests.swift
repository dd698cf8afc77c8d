import HandPoseCore
@testable import HandPoseIO
import Testing

@Suite("IngestError")
struct IngestErrorTests {
    static let header = "t_s,frame,hand,landmark,x,y,z\n"

    @Test("description is path:line:column: error: message, omitting unknown parts")
    func descriptionFormat() {
        let full = IngestError(.notANumber, path: "a.csv", line: 3, column: 7, field: "x", message: "bad")
        #expect(full.description == "a.csv:3:7: error: bad")
        #expect(IngestError(.headerOnly, path: "a.csv", line: 1, message: "m").description == "a.csv:1: error: m")
        #expect(IngestError(.empty, path: "a.csv", message: "m").description == "a.csv: error: m")
    }

    @Test("a missing file is fileNotFound")
    func missingFile() {
        #expect(throws: IngestError.self) { try RecordingReader.read(contentsOf: "/nonexistent/dir/rec.csv") }
        do {
            _ = try RecordingReader.read(contentsOf: "/nonexistent/dir/rec.csv")
        } catch {
            #expect(error.code == .fileNotFound)
            #expect(error.description.hasPrefix("/nonexistent/dir/rec.csv: error:"))
        }
    }

    @Test("a directory is unreadable")
    func directory() {
        do {
            _ = try RecordingReader.read(contentsOf: "/tmp")
            Issue.record("a directory was read")
        } catch {
            #expect(error.code == .unreadable)
        }
    }

    @Test("an empty file, or one with only comments and blank lines, is empty")
    func empty() {
        #expect(readError("")?.code == .empty)
        #expect(readError("\n\n# just a comment\n")?.code == .empty)
    }

    @Test("a header without data is headerOnly")
    func headerOnly() {
        let error = readError(Self.header + "\n# nothing\n")
        #expect(error?.code == .headerOnly)
        #expect(error?.line == 1)
    }

    @Test("an unknown layout lists what was tried")
    func unknownLayout() throws {
        let error = try #require(readError("a,b,c\n1,2,3\n"))
        #expect(error.code == .unknownLayout)
        #expect(error.message.contains("long:"))
        #expect(error.message.contains("wide indexed:"))
        #expect(error.message.contains("wide named:"))
    }

    @Test("a header matching long and wide layouts is ambiguous")
    func ambiguousLayout() throws {
        let header = (["t_s", "hand", "landmark", "x", "y"] + wideHeader { "\($0)\($1)" }).joined(separator: ",")
        let error = try #require(readError(header + "\n"))
        #expect(error.code == .ambiguousLayout)
        #expect(error.message.contains("long"))
        #expect(error.message.contains("wide indexed"))
    }

    @Test("two columns naming one coordinate are ambiguous")
    func duplicateColumn() throws {
        let header = (["t_s", "hand"] + wideHeader { "\($0)\($1)" } + ["x_0"]).joined(separator: ",")
        let error = try #require(readError(header + "\n"))
        #expect(error.code == .ambiguousLayout)
        #expect(error.message.contains("\"x0\" and \"x_0\""))
    }

    @Test("a short or long row in the middle is wrongFieldCount with the line and both counts")
    func wrongFieldCount() throws {
        let short = try #require(readError(Self.header + "0,0,left,0,0.5,0.5,0\n0,0,left,1,0.5,0.5\n0,0,left,2,0.5,0.5,0\n"))
        #expect(short.code == .wrongFieldCount)
        #expect(short.line == 3)
        #expect(short.message.contains("expected 7 fields"))
        #expect(short.message.contains("found 6"))
        let long = try #require(readError(Self.header + "0,0,left,0,0.5,0.5,0,9\n"))
        #expect(long.code == .wrongFieldCount)
        #expect(long.message.contains("found 8"))
        // A short last line that is terminated is not a truncation.
        #expect(readError(Self.header + "0,0,left,0,0.5,0.5,0\n0,0,left,1,0.5\n")?.code == .wrongFieldCount)
    }

    @Test("a non-numeric value names line, character column, field and text")
    func notANumber() throws {
        let error = try #require(readError(Self.header + "0,0,left,0,0.5,0.5,0\n0.033,1,left,1,0.5,abc,0\n"))
        #expect(error.code == .notANumber)
        #expect(error.line == 3)
        #expect(error.column == 20)
        #expect(error.field == "y")
        #expect(error.message.contains("\"abc\""))
        #expect(error.description.hasPrefix("test.csv:3:20: error: expected a number in column \"y\""))
    }

    @Test("the column counts characters, not bytes")
    func characterColumn() throws {
        let error = try #require(readError("t_s,note,hand,landmark,x,y\n0,héllo wörld,left,0,x1,0\n"))
        #expect(error.column == 22)
    }

    @Test("landmark 21 or -1 in a long file is out of range", arguments: ["21", "-1", "3.5"])
    func landmarkOutOfRange(value: String) throws {
        let error = try #require(readError(Self.header + "0,0,left,\(value),0.5,0.5,0\n"))
        #expect(error.code == .landmarkOutOfRange)
        #expect(error.line == 2)
        #expect(error.column == 10)
        #expect(error.field == "landmark")
    }

    @Test("an unknown landmark name")
    func unknownLandmark() {
        #expect(readError(Self.header + "0,0,left,PALM,0.5,0.5,0\n")?.code == .unknownLandmark)
    }

    @Test("an unknown hand label names line, column and the value")
    func unknownHand() throws {
        let error = try #require(readError(Self.header + "0,0,both,0,0.5,0.5,0\n"))
        #expect(error.code == .unknownHand)
        #expect(error.line == 2)
        #expect(error.column == 5)
        #expect(error.message.contains("\"both\""))
    }

    @Test("a wide file without any hand information asks for --hand")
    func missingHand() throws {
        let csv = wideCSV(header: ["t_s"] + wideHeader { "\($0)\($1)" }, frames: 1) { _ in ["0"] }
        let error = try #require(readError(csv))
        #expect(error.code == .missingHand)
        #expect(error.message.contains("--hand left|right"))
    }

    @Test("time going backwards names the row and both values")
    func timeGoesBackwards() throws {
        var csv = Self.header
        for (line, time) in ["0.0", "0.1", "0.05"].enumerated() { csv += "\(time),\(line),left,0,0.5,0.5,0\n" }
        let error = try #require(readError(csv))
        #expect(error.code == .timeGoesBackwards)
        #expect(error.line == 4)
        #expect(error.message.contains("0.05"))
        #expect(error.message.contains("0.1"))
    }

    @Test("binary garbage", arguments: [
        [0x00, 0x01, 0x02, 0xFF, 0x0A, 0x41] as [UInt8],
        [0x74, 0xFF, 0xFE, 0x2C, 0x78, 0x0A] as [UInt8],
        Array("t_s,hand,landmark,x,y\n0,left,0,0.5,0.5\n".utf8) + [0x00, 0x00, 0x2C, 0x0A],
    ])
    func binaryData(bytes: [UInt8]) {
        do {
            _ = try RecordingReader.read(bytes: bytes, name: "garbage.bin")
            Issue.record("binary data was read")
        } catch {
            #expect(error.code == .binaryData)
        }
    }

    @Test("no time column and no --fps is missingTimeBase")
    func missingTimeBase() throws {
        let error = try #require(readError("frame,hand,landmark,x,y\n0,left,0,0.5,0.5\n"))
        #expect(error.code == .missingTimeBase)
        #expect(error.message.contains("--fps"))
        let wide = wideCSV(header: ["hand"] + wideHeader { "\($0)\($1)" }, frames: 1) { _ in ["left"] }
        #expect(readError(wide)?.code == .missingTimeBase)
    }

    @Test("invalid options", arguments: [
        IngestOptions(frameRate: 0), IngestOptions(frameRate: -30), IngestOptions(frameRate: .nan),
        IngestOptions(handLengthMillimetres: 0), IngestOptions(handLengthMillimetres: -80),
    ])
    func invalidOptions(options: IngestOptions) {
        #expect(readError(longCSV(frames: 1), options: options)?.code == .invalidOption)
    }

    @Test("garbage never crashes the reader", arguments: [1 as UInt64, 7, 99])
    func fuzz(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let base = Array(longCSV(frames: 3).utf8)
        let alphabet = Array("0123456789,;.\"\n\r\t-eE#xLR ".utf8) + [0x00, 0xC3, 0xFF]
        for _ in 0..<300 {
            var bytes = base
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = alphabet.randomElement(using: &generator)!
                case 1: bytes.remove(at: index)
                default: bytes.insert(alphabet.randomElement(using: &generator)!, at: index)
                }
                if bytes.isEmpty { break }
            }
            _ = try? RecordingReader.read(bytes: bytes, name: "fuzz seed \(seed)", options: .init(), chunkSize: 16)
        }
    }
}
