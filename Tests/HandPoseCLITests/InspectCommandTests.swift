import Foundation
import Testing

@Suite("handpose inspect")
struct InspectCommandTests {
    @Test("text report of the README's example recording")
    func textReport() throws {
        let result = try CommandRunner.run(["inspect", CommandRunner.fixture("recordings/two-hands-long.csv")])
        #expect(result.status == 0, "\(result.standardError)")
        let relative = result.standardOutput.replacingOccurrences(of: CommandRunner.packageRoot.path + "/", with: "")
        try Snapshot.assertMatches(relative, named: "inspect-two-hands-long.txt")
    }

    @Test("JSON keys of the output contract")
    func jsonContract() throws {
        let result = try CommandRunner.run([
            "inspect", CommandRunner.fixture("recordings/faulty-long.csv"), "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 1)
        let recording = try #require(document["recording"] as? [String: Any])
        for key in ["layout", "coordinateSpace", "frames", "durationSeconds", "sampleRateHz", "hands"] {
            #expect(recording.keys.contains(key), "recording.\(key)")
        }
        #expect(recording["layout"] as? String == "long")
        #expect(recording["hands"] as? [String] == ["left", "right"])
        let quality = try #require(document["quality"] as? [String: Any])
        for key in ["effectiveSampleRateHz", "jitterMs", "droppedFrames", "longestGapSeconds", "handPresence", "flags"] {
            #expect(quality.keys.contains(key), "quality.\(key)")
        }
        let flags = try #require(quality["flags"] as? [[String: Any]]).compactMap { $0["code"] as? String }
        #expect(flags.contains("droppedFrames"))
        #expect(flags.contains("longGap"))
        #expect(flags.contains("variableFrameRate"))
        let gaps = try #require(quality["longestGapSeconds"] as? [String: Double])
        #expect(abs(try #require(gaps["right"]) - 2) < 0.1)
    }

    @Test("a missing file exits 66 and names the file")
    func missingFile() throws {
        let result = try CommandRunner.run(["inspect", "/nonexistent/recording.csv"])
        #expect(result.status == 66)
        #expect(result.standardError.hasPrefix("/nonexistent/recording.csv: error:"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("bad data exits 65 with path:line:column")
    func badData() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.csv").path
        try "t_s,hand,landmark,x,y,z\n0,left,0,0.5,0.5,0\n0,left,1,0.5,abc,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["inspect", path])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("\(path):3:14: error:"), "\(result.standardError)")
        #expect(result.standardError.contains("abc"))
    }

    @Test("bad arguments exit 64", arguments: [
        ["inspect"],
        ["inspect", "x.csv", "--format", "xml"],
        ["inspect", "x.csv", "--image-size", "12by7"],
        ["inspect", "x.csv", "--hand-length-mm", "0"],
        ["inspect", "x.csv", "--units", "furlongs"],
    ])
    func badArguments(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
    }

    @Test("a frame-index-only file needs --fps and then says the time base was assumed")
    func assumedTimeBase() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("frames.csv").path
        var text = "frame,hand," + (0...20).map { "x\($0),y\($0),z\($0)" }.joined(separator: ",") + "\n"
        for frame in 0..<40 {
            text += "\(frame),right," + (0...20).map { "\(0.4 + Double($0) * 0.01),\(0.5 + Double($0) * 0.005),-0.01" }.joined(separator: ",") + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["inspect", path])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("--fps"))
        let accepted = try CommandRunner.run(["inspect", path, "--fps", "30", "--format", "json"])
        #expect(accepted.status == 0, "\(accepted.standardError)")
        #expect(accepted.standardOutput.contains("\"assumedTimeBase\""))
        #expect(accepted.standardOutput.contains("\"assumed\" : true"))
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["inspect", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "inspect-help.txt")
    }
}
