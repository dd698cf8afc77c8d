#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseCore
@testable import HandPoseIO
import Testing

@Suite("RecordingReader: layouts")
struct RecordingReaderLayoutTests {
    @Test("long layout with numeric landmarks, two hands")
    func longNumeric() throws {
        let recording = try readCSV(longCSV(frames: 5))
        #expect(recording.layout == .long)
        #expect(recording.frameCount == 5)
        #expect(recording.left?.presentFrameCount == 5)
        #expect(recording.right?.presentFrameCount == 5)
        #expect(recording.frameNumbers == [0, 1, 2, 3, 4])
        let (x, y, z) = syntheticPosition(9, frame: 2, centre: (0.5, 0.6), length: 0.1)
        let position = try #require(recording.left).position(.middleMCP, frame: 2)
        #expect(position == SIMD3(x, y, z))
        #expect(recording.timestamps[1] == 1.0 / 30)
    }

    @Test("long layout with named landmarks in any spelling")
    func longNamed() throws {
        let names = Landmark.allCases.map { landmark -> String in
            switch landmark.rawValue % 4 {
            case 0: landmark.mediaPipeName
            case 1: landmark.snakeCaseName
            case 2: landmark.mediaPipeName.replacingLiteral("_FINGER", with: "").replacingLiteral("PINKY", with: "little").lowercased()
            default: landmark.mediaPipeName.replacingLiteral("_", with: "-")
            }
        }
        var csv = "timestamp_ms,handedness,landmark_name,x,y\n"
        for frame in 0..<3 {
            for (index, name) in names.enumerated() {
                csv += "\(frame * 33),Right,\(name),\(0.4 + Double(index) * 0.01),\(0.5 - Double(index) * 0.01)\n"
            }
        }
        let recording = try readCSV(csv)
        let right = try #require(recording.right)
        #expect(recording.left == nil)
        #expect(right.presentFrameCount == 3)
        #expect(right.samples(.pinkyTip, .x)[0] == 0.4 + 20 * 0.01)
        #expect(right.samples(.wrist, .z)[0].isNaN)
        #expect(recording.timestamps == [0, 0.033, 0.066])
        #expect(recording.timeBase.source == .milliseconds)
    }

    @Test("Apple-style synonyms: thumbMP, littleTip, INDEX_MCP")
    func synonyms() {
        #expect(LandmarkNames.landmark(named: "thumbMP") == .thumbMCP)
        #expect(LandmarkNames.landmark(named: "littleTip") == .pinkyTip)
        #expect(LandmarkNames.landmark(named: "INDEX_MCP") == .indexMCP)
        #expect(LandmarkNames.landmark(named: "index-finger-mcp") == .indexMCP)
        #expect(LandmarkNames.landmark(named: "palm") == nil)
    }

    static func indexedName(_ spelling: String, _ axis: String, _ index: Int) -> String {
        switch spelling {
        case "x0": "\(axis)\(index)"
        case "x_0": "\(axis)_\(index)"
        case "lm0_x": "lm\(index)_\(axis)"
        default: "LANDMARK_\(index)_\(axis.uppercased())"
        }
    }

    @Test("wide indexed spellings", arguments: ["x0", "x_0", "lm0_x", "LANDMARK_0_X"])
    func wideIndexed(spelling: String) throws {
        let csv = wideCSV(header: ["time", "hand"] + wideHeader { Self.indexedName(spelling, $0, $1) }, frames: 4) { frame in ["\(Double(frame) / 60)", "left"] }
        let recording = try readCSV(csv)
        #expect(recording.layout == .wideIndexed, "\(spelling)")
        let left = try #require(recording.left)
        #expect(left.presentFrameCount == 4)
        let (x, _, _) = syntheticPosition(20, frame: 3, centre: (0.5, 0.6), length: 0.1)
        #expect(left.samples(.pinkyTip, .x)[3] == x)
    }

    @Test("wide indexed one-based x1…z21 without z, hand assumed")
    func wideOneBased() throws {
        let csv = wideCSV(header: ["class"] + wideHeader({ "\($0)\($1)" }, range: 1...21, z: false), frames: 3, prefix: { _ in ["wave"] }, z: false)
        let recording = try readCSV(csv, options: IngestOptions(frameRate: 30, assumedHand: .right))
        #expect(recording.layout == .wideIndexedOneBased)
        let right = try #require(recording.right)
        let (x, y, _) = syntheticPosition(0, frame: 1, centre: (0.5, 0.6), length: 0.1)
        #expect(right.position(.wrist, frame: 1).x == x)
        #expect(right.position(.wrist, frame: 1).y == y)
        #expect(right.position(.wrist, frame: 1).z.isNaN)
        #expect(recording.timeBase.source == .frameIndex)
        #expect(recording.timestamps == [0, 1.0 / 30, 2.0 / 30])
    }

    static func namedColumn(_ spelling: Int, _ landmark: Landmark, _ axis: String) -> String {
        switch spelling {
        case 0: "\(landmark.mediaPipeName)_\(axis)"
        case 1: "\(landmark.snakeCaseName).\(axis)"
        case 2: "\(landmark.mediaPipeName.replacingLiteral("_FINGER", with: ""))_\(axis.uppercased())"
        default: "\(landmark.snakeCaseName.replacingLiteral("_", with: "-"))-\(axis)"
        }
    }

    @Test("wide named spellings: WRIST_x, wrist.x, INDEX_MCP_X, index-finger-mcp-x", arguments: 0..<4)
    func wideNamed(spelling: Int) throws {
        let header = ["t_s", "hand"] + Landmark.allCases.flatMap { landmark in ["x", "y", "z"].map { Self.namedColumn(spelling, landmark, $0) } }
        let csv = wideCSV(header: header, frames: 3) { frame in ["\(Double(frame) / 30)", "R"] }
        let recording = try readCSV(csv)
        #expect(recording.layout == .wideNamed, "\(header[2])")
        #expect(recording.right?.presentFrameCount == 3)
        let (_, _, z) = syntheticPosition(7, frame: 2, centre: (0.5, 0.6), length: 0.1)
        #expect(recording.right?.samples(.indexDIP, .z)[2] == z)
    }

    @Test("wide named, hand-prefixed: one row holds both hands")
    func wideNamedTwoHands() throws {
        for (leftPrefix, rightPrefix) in [("LEFT_HAND_", "RIGHT_HAND_"), ("lh_", "rh_"), ("left_", "right_")] {
            var header = ["frame", "timestamp"]
            for prefix in [leftPrefix, rightPrefix] {
                header += Landmark.allCases.flatMap { landmark in ["X", "Y", "Z"].map { "\(prefix)\(landmark.mediaPipeName)_\($0)" } }
            }
            var csv = header.joined(separator: ",") + "\n"
            for frame in 0..<4 {
                let right = frame == 2 ? [String](repeating: "", count: 63) : wideValues(frame: frame, centre: (0.7, 0.6))
                csv += (["\(frame + 10)", "\(0.1 + Double(frame) / 30)"] + wideValues(frame: frame) + right).joined(separator: ",") + "\n"
            }
            let recording = try readCSV(csv)
            #expect(recording.layout == .wideNamed)
            #expect(recording.left?.presence == [true, true, true, true])
            #expect(recording.right?.presence == [true, true, false, true])
            #expect(recording.right?.samples(.wrist, .x)[2].isNaN == true)
            #expect(recording.frameNumbers == [10, 11, 12, 13])
            #expect(recording.timestamps[0] == 0)
            #expect(recording.timeBase.offset == 0.1)
        }
    }

    @Test("a hand absent in some frames spans the whole timeline with NaN and presence false")
    func handAbsentInFrames() throws {
        var csv = "t_s,hand,landmark,x,y\n"
        for frame in 0..<4 {
            for landmark in 0..<21 { csv += "\(Double(frame) * 0.1),left,\(landmark),0.5,0.5\n" }
            if frame % 2 == 0 {
                for landmark in 0..<21 { csv += "\(Double(frame) * 0.1),right,\(landmark),0.6,0.5\n" }
            }
        }
        let recording = try readCSV(csv)
        let right = try #require(recording.right)
        #expect(right.frameCount == 4)
        #expect(right.presence == [true, false, true, false])
        #expect(right.samples(.wrist, .x)[1].isNaN)
        #expect(right.samples(.wrist, .x)[0] == 0.6)
    }

    @Test("hands grouped by block (all left rows, then all right rows) merge into one timeline")
    func handsGroupedByBlock() throws {
        var csv = "t_s,hand,landmark,x,y\n"
        for hand in ["left", "right"] {
            for frame in 0..<3 {
                for landmark in 0..<21 { csv += "\(Double(frame) * 0.1 + (hand == "right" ? 0.05 : 0)),\(hand),\(landmark),0.5,0.5\n" }
            }
        }
        let recording = try readCSV(csv)
        #expect(recording.frameCount == 6)
        #expect(recording.left?.presence == [true, false, true, false, true, false])
        #expect(recording.right?.presence == [false, true, false, true, false, true])
    }
}

@Suite("RecordingReader: hands, missing data and tolerated text")
struct RecordingReaderToleranceTests {
    @Test("hand labels in any case, L/R, mirrored swap")
    func handLabels() throws {
        var csv = "t_s,hand,landmark,x,y\n"
        for (index, label) in ["LEFT", "l", "Right", "R"].enumerated() {
            for landmark in 0..<21 { csv += "\(Double(index)),\(label),\(landmark),0.5,0.5\n" }
        }
        let plain = try readCSV(csv)
        #expect(plain.left?.presence == [true, true, false, false])
        #expect(plain.mirroredInputCorrected == false)
        let mirrored = try readCSV(csv, options: IngestOptions(mirrored: true))
        #expect(mirrored.left?.presence == [false, false, true, true])
        #expect(mirrored.right?.presence == [true, true, false, false])
        #expect(mirrored.mirroredInputCorrected)
        #expect(mirrored.warnings.contains { $0.code == .mirroredLabelsSwapped })
    }

    @Test("the whole-word fast path is exactly case-insensitive", arguments: ["lEfT", "Left", "rIGHT", "Right"])
    func handLabelCase(label: String) throws {
        var csv = "t_s,hand,landmark,x,y\n"
        for landmark in 0..<21 { csv += "0,\(label),\(landmark),0.5,0.5\n" }
        let recording = try readCSV(csv)
        let side: HandSide = label.lowercased() == "left" ? .left : .right
        #expect(recording.hands.map(\.side) == [side])
    }

    @Test("words one letter away from left and right are refused", arguments: ["Loft", "Lef\u{7F}", "Righs", "light", "Right_"])
    func nearMissHandLabels(label: String) {
        let csv = "t_s,hand,landmark,x,y\n0,\(label),0,0.5,0.5\n"
        #expect(throws: IngestError.self) { try readCSV(csv) }
    }

    @Test("unknown and empty hand labels skip the row with one folded warning")
    func unknownHandSkipped() throws {
        var csv = "t_s,hand,landmark,x,y\n"
        for landmark in 0..<21 { csv += "0,left,\(landmark),0.5,0.5\n" }
        csv += "0,unknown,3,0.1,0.1\n0,,4,0.1,0.1\n"
        let recording = try readCSV(csv)
        let warning = try #require(recording.warnings.first { $0.code == .unknownHandSkipped })
        #expect(warning.count == 2)
        #expect(warning.line == 23)
        #expect(recording.left?.samples(.thumbIP, .x)[0] == 0.5)
    }

    @Test("each missing-data spelling is NaN, never zero", arguments: ["", "NaN", "nan", "NA", "null"])
    func missingSpellings(spelling: String) throws {
        var csv = "t_s,hand,landmark,x,y,z\n"
        for landmark in 0..<21 {
            csv += landmark == 5 ? "0,left,5,\(spelling),\(spelling),\(spelling)\n" : "0,left,\(landmark),0.5,0.4,0.1\n"
        }
        let left = try #require(try readCSV(csv).left)
        #expect(left.samples(.indexMCP, .x)[0].isNaN)
        #expect(left.samples(.indexMCP, .z)[0].isNaN)
        #expect(left.samples(.indexPIP, .x)[0] == 0.5)
        #expect(!left.hasLandmark(.indexMCP, frame: 0))
    }

    @Test("the all-zero sentinel is missing; a hand that is all missing is absent")
    func zeroSentinel() throws {
        var csv = "t_s,hand,landmark,x,y,z\n"
        for landmark in 0..<21 { csv += "0,left,\(landmark),\(landmark == 2 ? "0,0,0" : "0.5,0.5,0")\n" }
        for landmark in 0..<21 { csv += "0.1,left,\(landmark),0,0,0\n" }
        for landmark in 0..<21 { csv += "0.2,left,\(landmark),0.5,0.5,0\n" }
        let recording = try readCSV(csv)
        let left = try #require(recording.left)
        #expect(left.samples(.thumbMCP, .x)[0].isNaN)
        #expect(left.presence == [true, false, true])
        #expect(left.samples(.wrist, .x)[1].isNaN)
        let warning = try #require(recording.warnings.first { $0.code == .zeroSentinel })
        #expect(warning.count == 22)
        #expect(warning.line == 4)
    }

    @Test("the 0,0 sentinel without a z column")
    func zeroSentinelTwoD() throws {
        var csv = "t_s,hand,landmark,x,y\n"
        for landmark in 0..<21 { csv += "0,right,\(landmark),\(landmark == 0 ? "0,0" : "0.5,0.5")\n" }
        let right = try #require(try readCSV(csv).right)
        #expect(right.samples(.wrist, .x)[0].isNaN)
    }

    static let small = longCSV(frames: 3, hands: ["left"])

    @Test("CRLF line ends, a UTF-8 byte-order mark, no trailing newline")
    func lineEndsAndBOM() throws {
        let reference = try readCSV(Self.small)
        let crlf = "\u{FEFF}" + Self.small.replacingLiteral("\n", with: "\r\n")
        let recording = try readCSV(crlf)
        #expect(recording.left == reference.left)
        var unterminated = Self.small
        unterminated.removeLast()
        #expect(try readCSV(unterminated).left == reference.left)
        #expect(try readCSV(unterminated).warnings.isEmpty == reference.warnings.isEmpty)
    }

    @Test("semicolons with decimal commas, tabs, quoted fields")
    func delimitersAndQuotes() throws {
        let reference = try readCSV(Self.small)
        let lines = Self.small.split(separator: "\n").map(String.init)
        let semicolon = lines.map { line in
            line.split(separator: ",").map { String($0).replacingLiteral(".", with: ",") }.joined(separator: ";")
        }.joined(separator: "\n")
        #expect(try readCSV(semicolon).left == reference.left)
        let tab = lines.map { $0.replacingLiteral(",", with: "\t") }.joined(separator: "\n")
        #expect(try readCSV(tab).left == reference.left)
        let quoted = lines.map { line in line.split(separator: ",").map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\n")
        #expect(try readCSV(quoted).left == reference.left)
    }

    @Test("quoted text holding the delimiter and escaped quotes in ignored columns")
    func quotedText() throws {
        var csv = "t_s,note,hand,landmark,x,y\n"
        for landmark in 0..<21 { csv += "0,\"a,b \"\"quoted\"\"\",\"left\",\(landmark),\"0.5\",0.25\n" }
        let left = try #require(try readCSV(csv).left)
        #expect(left.samples(.pinkyTip, .x)[0] == 0.5)
        #expect(left.samples(.pinkyTip, .y)[0] == 0.25)
    }

    @Test("comments, preamble metadata, empty lines anywhere and a 0-byte line in the middle")
    func commentsAndMetadata() throws {
        var lines = Self.small.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("", at: 10)
        lines.insert("# a comment in the data", at: 20)
        lines.insert("", at: 30)
        let csv = "# source: mediapipe-tasks 0.10\n# subject_id: S01\n\n# coord_space: image_normalized\n"
            + lines.joined(separator: "\n") + "\n\n"
        let recording = try readCSV(csv)
        #expect(recording.metadata == ["source": "mediapipe-tasks 0.10", "subject_id": "S01", "coord_space": "image_normalized"])
        #expect(recording.left == (try readCSV(Self.small)).left)
        #expect(recording.spatial.provenance == .declared)
        #expect(recording.spatial.space == .imageNormalized)
        #expect(!recording.warnings.contains { $0.code == .inferredCoordinateSpace })
    }

    @Test("a line of only delimiters is skipped with a warning")
    func delimiterOnlyLine() throws {
        var lines = Self.small.split(separator: "\n").map(String.init)
        lines.insert(",,,,,,", at: 5)
        let recording = try readCSV(lines.joined(separator: "\n"))
        #expect(recording.warnings.first { $0.code == .blankLineSkipped }?.line == 6)
    }

    @Test("duplicated timestamps are merged: first value wins, gaps filled, one folded warning")
    func duplicateTimestamps() throws {
        var csv = "t_s,frame,hand,landmark,x,y\n"
        for landmark in 0..<21 { csv += "0,0,left,\(landmark),\(landmark == 3 ? "" : "0.5"),0.5\n" }
        for landmark in 0..<21 { csv += "0,1,left,\(landmark),0.7,0.7\n" }
        for landmark in 0..<21 { csv += "0.1,2,left,\(landmark),0.5,0.5\n" }
        csv += "0.1,2,left,4,0.9,0.9\n"
        let recording = try readCSV(csv)
        let left = try #require(recording.left)
        #expect(recording.frameCount == 2)
        #expect(recording.frameNumbers == [0, 2])
        #expect(left.samples(.wrist, .x)[0] == 0.5)
        #expect(left.samples(.thumbIP, .x)[0] == 0.7)
        #expect(left.samples(.thumbIP, .y)[0] == 0.5)
        #expect(left.samples(.thumbTip, .x)[1] == 0.5)
        let warning = try #require(recording.warnings.first { $0.code == .duplicateTimestamp })
        #expect(warning.count == 2)
        #expect(warning.line == 23)
    }

    @Test("a repeated wide row for the same hand and time is merged")
    func duplicateWideRow() throws {
        let header = ["t_s", "hand"] + wideHeader { "\($0)\($1)" }
        var csv = header.joined(separator: ",") + "\n"
        csv += (["0", "left"] + wideValues(frame: 0)).joined(separator: ",") + "\n"
        csv += (["0", "left"] + wideValues(frame: 1)).joined(separator: ",") + "\n"
        csv += (["0.1", "left"] + wideValues(frame: 2)).joined(separator: ",") + "\n"
        let recording = try readCSV(csv)
        #expect(recording.frameCount == 2)
        #expect(recording.warnings.first { $0.code == .duplicateTimestamp }?.count == 1)
    }

    @Test("a truncated last line is dropped with a warning")
    func truncatedLastLine() throws {
        var csv = Self.small
        csv += "0.1,3,left,0,0.5"
        let recording = try readCSV(csv)
        #expect(recording.frameCount == 3)
        let warning = try #require(recording.warnings.first { $0.code == .truncatedLastLine })
        #expect(warning.line == 65)
    }

    @Test("lines crossing chunk boundaries read the same at every chunk size", arguments: [1, 2, 7, 64, 1000, 65_536])
    func chunkBoundaries(chunkSize: Int) throws {
        let csv = "\u{FEFF}# coord_space: image_normalized\r\n" + longCSV(frames: 40).replacingLiteral("\n", with: "\r\n")
        let reference = try readCSV(csv)
        let recording = try readCSV(csv, chunkSize: chunkSize)
        #expect(recording == reference)
        #expect(recording.frameCount == 40)
    }

    @Test("a file on disk reads like the same bytes in memory, with its path recorded")
    func fileOnDisk() throws {
        let path = "/tmp/handpose-io-test-\(UInt64.random(in: 0...UInt64.max)).csv"
        let csv = longCSV(frames: 10)
        let file = fopen(path, "w")
        defer { remove(path) }
        fputs(csv, file)
        fclose(file)
        let recording = try RecordingReader.read(contentsOf: path)
        #expect(recording.sourcePath == path)
        var fromMemory = try readCSV(csv, name: path)
        fromMemory.sourcePath = path
        #expect(recording == fromMemory)
    }
}
