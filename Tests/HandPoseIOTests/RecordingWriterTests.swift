import Foundation
import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseIO

@Suite("RecordingWriter")
struct RecordingWriterTests {
    /// Two frames: the left hand present in frame 0 only (wrist, thumb CMC without z, the rest
    /// missing), the right hand present in frame 1 only (wrist).
    static func tiny() -> Recording {
        let times = [0, 0.033333]
        var left = HandTrack.absent(side: .left, timestamps: times)
        left.presence = [true, false]
        left[Channel(.wrist, .x)] = [0.5, .nan]
        left[Channel(.wrist, .y)] = [0.25, .nan]
        left[Channel(.wrist, .z)] = [-0.125, .nan]
        left[Channel(.thumbCMC, .x)] = [1, .nan]
        left[Channel(.thumbCMC, .y)] = [2, .nan]
        var right = HandTrack.absent(side: .right, timestamps: times)
        right.presence = [false, true]
        right[Channel(.wrist, .x)] = [.nan, -1.5]
        right[Channel(.wrist, .y)] = [.nan, 2e-05]
        right[Channel(.wrist, .z)] = [.nan, 3]
        return Recording(
            timestamps: times, left: left, right: right, frameNumbers: [10, 12], layout: .long,
            timeBase: TimeBase(source: .seconds, provenance: .declared, column: "t_s"),
            spatial: SpatialReference(
                space: .imageNormalized, provenance: .declared, reason: "test",
                imageSize: ImageSize(width: 640, height: 480)),
            metadata: ["seed": "7", "coord_space": "ignored: the spatial reference wins", "note": "two\nlines"])
    }

    static let preamble = """
        # coord_space: image_normalized
        # image_width: 640
        # image_height: 480
        # note: two lines
        # seed: 7

        """

    private func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    @Test("long layout: one row per present hand and landmark, missing values empty, absent hands omitted")
    func long() {
        var expected = Self.preamble + "t_s,frame,hand,landmark,x,y,z\n"
        expected += "0.0,10,left,0,0.5,0.25,-0.125\n"
        expected += "0.0,10,left,1,1.0,2.0,\n"
        for landmark in 2...20 { expected += "0.0,10,left,\(landmark),,,\n" }
        expected += "0.033333,12,right,0,-1.5,2e-05,3.0\n"
        for landmark in 1...20 { expected += "0.033333,12,right,\(landmark),,,\n" }
        #expect(RecordingWriter.csv(Self.tiny(), layout: .long) == expected)
    }

    @Test("wide indexed layouts, 0- and 1-based")
    func indexed() {
        let rows = "0.0,10,left,0.5,0.25,-0.125,1.0,2.0,\(repeated(",,,", 19))\n"
            + "0.033333,12,right,-1.5,2e-05,3.0\(repeated(",,,", 20))\n"
        let zero = "t_s,frame,hand," + (0...20).map { "x\($0),y\($0),z\($0)" }.joined(separator: ",") + "\n"
        let one = "t_s,frame,hand," + (1...21).map { "x\($0),y\($0),z\($0)" }.joined(separator: ",") + "\n"
        #expect(RecordingWriter.csv(Self.tiny(), layout: .wideIndexed, includeMetadata: false) == zero + rows)
        #expect(RecordingWriter.csv(Self.tiny(), layout: .wideIndexedOneBased, includeMetadata: false) == one + rows)
        #expect(zero.hasPrefix("t_s,frame,hand,x0,y0,z0,x1,y1,z1,") && zero.hasSuffix(",x20,y20,z20\n"))
    }

    @Test("wide named layout: one row per frame, absent hand as empty fields")
    func named() {
        let text = RecordingWriter.csv(Self.tiny(), layout: .wideNamed, includeMetadata: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(header.count == 2 + 126)
        #expect(Array(header.prefix(6)) == ["t_s", "frame", "left_wrist_x", "left_wrist_y", "left_wrist_z", "left_thumb_cmc_x"])
        #expect(header[2 + 63] == "right_wrist_x")
        #expect(header.contains("left_index_finger_mcp_y"))
        #expect(header.last == "right_pinky_tip_z")
        #expect(lines[1] == "0.0,10,0.5,0.25,-0.125,1.0,2.0,\(repeated(",,,", 19))\(repeated(",", 63))")
        #expect(lines[2] == "0.033333,12\(repeated(",", 63)),-1.5,2e-05,3.0\(repeated(",,,", 20))")
    }

    @Test("named layout has columns only for the hands the recording has")
    func namedOneHand() {
        var recording = Self.tiny()
        recording.left = nil
        let header = RecordingWriter.csv(recording, layout: .wideNamed, includeMetadata: false)
            .prefix { $0 != "\n" }
        #expect(header.split(separator: ",").count == 2 + 63)
        #expect(!header.contains("left_"))
    }

    @Test("frame column falls back to the frame index; world spaces write their coord_space")
    func frameIndexAndSpace() {
        var recording = Self.tiny()
        recording.frameNumbers = nil
        recording.metadata = [:]
        recording.spatial = SpatialReference(space: .worldMetres, provenance: .declared, reason: "test")
        let text = RecordingWriter.csv(recording, layout: .wideIndexed)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "# coord_space: world_m")
        #expect(lines[1].hasPrefix("t_s,"))
        #expect(lines[2].hasPrefix("0.0,0,left,"))
        #expect(lines[3].hasPrefix("0.033333,1,right,"))
    }

    @Test("write(to:) streams the same bytes as csv(), across many buffer flushes", arguments: SourceLayout.allCases)
    func fileOutput(layout: SourceLayout) throws {
        let configuration = SimulationConfiguration(
            duration: 3, frameRate: 60, seed: 9, noiseMillimetres: 0.4, dropRate: 0.1,
            gaps: [GapSpec(hand: .left, start: 1, length: 0.5)], units: .normalized)
        let recording = RecordingSimulator.simulate(configuration).recording
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("handpose-writer-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordingWriter.write(recording, layout: layout, to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let expected = RecordingWriter.csv(recording, layout: layout)
        #expect(written.utf8.count > 1 << 17)
        #expect(written == expected)
        #expect(expected.hasPrefix("# coord_space: image_normalized\n# image_width: 1280\n# image_height: 720\n"))
        #expect(expected.contains("# seed: 9\n") && expected.contains("# source: handpose-simulate\n"))
    }

    @Test("numbers round-trip exactly through the long layout")
    func exactRoundTrip() throws {
        let configuration = SimulationConfiguration(
            duration: 1, frameRate: 30, seed: 3, noiseMillimetres: 0.7, jitterMilliseconds: 2, units: .metres)
        let recording = RecordingSimulator.simulate(configuration).recording
        let rows = RecordingWriter.csv(recording, layout: .long, includeMetadata: false)
            .split(separator: "\n").dropFirst()
        var frameOfTime: [Double: Int] = [:]
        for (frame, t) in recording.timestamps.enumerated() { frameOfTime[t] = frame }
        for row in rows {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let t = try #require(Double(fields[0]))
            let frame = try #require(frameOfTime[t])
            let track = try #require(recording[HandSide(rawValue: fields[2])!])
            let landmark = try #require(Landmark(rawValue: Int(fields[3])!))
            let position = track.position(landmark, frame: frame)
            #expect(Double(fields[4]) == position.x && Double(fields[5]) == position.y && Double(fields[6]) == position.z)
        }
        #expect(rows.count == recording.frameCount * 2 * 21)
    }

    @Test("coordinateDecimals rounds coordinates (never time) and leaves missing values empty")
    func decimals() {
        let text = RecordingWriter.csv(Self.tiny(), layout: .wideIndexed, includeMetadata: false, coordinateDecimals: 1)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].hasPrefix("0.0,10,left,0.5,0.3,-0.1,1.0,2.0,,"))
        // 2e-05 rounds to zero, written as 0.0 (not -0.0); time keeps all its digits.
        #expect(rows[2].hasPrefix("0.033333,12,right,-1.5,0.0,3.0,,"))
    }

    @Test("an unwritable path throws with the path and the reason")
    func unwritable() {
        #expect {
            try RecordingWriter.write(Self.tiny(), layout: .long, to: "/nonexistent-dir/x/rec.csv")
        } throws: { error in
            guard let error = error as? RecordingWriterError else { return false }
            return error.code == .cannotOpen && error.description.hasPrefix("/nonexistent-dir/x/rec.csv: error:")
        }
    }
}
