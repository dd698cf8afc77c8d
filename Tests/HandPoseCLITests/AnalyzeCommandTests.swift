import Foundation
import Testing

@Suite("handpose analyze")
struct AnalyzeCommandTests {
    @Test("text report of the README's example recording")
    func textReport() throws {
        let result = try CommandRunner.run(["analyze", CommandRunner.fixture("recordings/two-hands-long.csv")])
        #expect(result.status == 0, "\(result.standardError)")
        let relative = result.standardOutput.replacingOccurrences(of: CommandRunner.packageRoot.path + "/", with: "")
        try Snapshot.assertMatches(relative, named: "analyze-two-hands-long.txt")
        #expect(relative.contains("not a diagnosis"))
    }

    @Test("JSON follows the output contract and recovers the simulated tremor")
    func json() throws {
        let fixture = CommandRunner.fixture("recordings/two-hands-long.csv")
        let result = try CommandRunner.run(["analyze", fixture, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let truth = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: CommandRunner.fixture("recordings/two-hands-long.truth.json")))) as? [String: Any])
        let hands = try #require(document["hands"] as? [String: Any])
        let truthHands = try #require(truth["hands"] as? [String: Any])
        for side in ["left", "right"] {
            let tremor = try #require((hands[side] as? [String: Any])?["tremor"] as? [String: Any])
            let expected = try #require((truthHands[side] as? [String: Any])?["tremor"] as? [String: Any])
            let frequency = try #require(tremor["frequencyHz"] as? Double), trueFrequency = try #require(expected["frequencyHz"] as? Double)
            let amplitude = try #require(tremor["amplitudeMm"] as? Double), trueAmplitude = try #require(expected["amplitudeMm"] as? Double)
            #expect(abs(frequency - trueFrequency) < 0.1)
            #expect(abs(amplitude / trueAmplitude - 1) < 0.15)
            #expect(tremor["filterAmplitudeRatio"] is NSNull, "no filter, no ratio")
        }
        let asymmetry = try #require(document["asymmetry"] as? [String: Any])
        #expect(asymmetry["tremorAmplitude"] != nil && asymmetry["tremorFrequency"] != nil)
        #expect((document["algorithms"] as? [String: String])?["tremor"] != nil)
    }

    @Test("--filter kalman: the text warns under the quality lines and marks the amplitudes (snapshot)")
    func filteredText() throws {
        let result = try CommandRunner.run(["analyze", CommandRunner.fixture("recordings/two-hands-long.csv"), "--filter", "kalman"])
        #expect(result.status == 0, "\(result.standardError)")
        let relative = result.standardOutput.replacingOccurrences(of: CommandRunner.packageRoot.path + "/", with: "")
        try Snapshot.assertMatches(relative, named: "analyze-two-hands-long-kalman.txt")
        let lines = relative.split(separator: "\n")
        let quality = try #require(lines.firstIndex { $0.hasPrefix("Quality") })
        #expect(lines[quality + 1] == "Filter       kalman (kalman-rts/1)")
        for (offset, side) in ["left", "right"].enumerated() {
            #expect(lines[quality + 2 + offset].hasPrefix("  warning  filterAmplitudeRatio (\(side)): the kalman filter kept "))
        }
        #expect(lines.contains { $0.hasPrefix("Tremor amplitude") && $0.contains("% kept") })
    }

    @Test("--filter in JSON: hands.<side>.tremor.filterAmplitudeRatio, and a note when outside 0.9-1.1", arguments: [
        ("kalman", 0.3...0.7, true),
        ("butterworth", 0.95...1.05, false),
    ])
    func filteredJSON(method: String, expected: ClosedRange<Double>, warns: Bool) throws {
        let result = try CommandRunner.run([
            "analyze", CommandRunner.fixture("recordings/two-hands-long.csv"), "--filter", method, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let hands = try #require(document["hands"] as? [String: Any])
        for side in ["left", "right"] {
            let tremor = try #require((hands[side] as? [String: Any])?["tremor"] as? [String: Any])
            let ratio = try #require(tremor["filterAmplitudeRatio"] as? Double)
            #expect(expected.contains(ratio), "\(method) \(side): \(ratio)")
            let notes = try #require(tremor["notes"] as? [String])
            #expect(notes.contains { $0.hasPrefix("the filter changed the tremor amplitude: the \(method) filter") } == warns, "\(notes)")
        }
        let summary = try #require(document["summary"] as? [String])
        #expect(summary.contains { $0.hasPrefix("The \(method) filter kept") } == warns)
    }

    @Test("a protocol reports every movement")
    func protocolSegments() throws {
        let result = try CommandRunner.run([
            "analyze", CommandRunner.fixture("recordings/two-hands-long.csv"), "--protocol", "essential-tremor", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let segments = try #require(document["segments"] as? [[String: Any]])
        #expect(segments.count >= 2)
        #expect((document["protocol"] as? [String: Any])?["id"] as? String == "essential-tremor")
    }

    @Test("a protocol filter the recording's rate cannot take: the movement is analysed without it, and the text says why under it")
    func protocolFilterAboveNyquist() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("slow.csv").path
        let simulated = try CommandRunner.run(["simulate", "--duration", "125", "--fps", "15", "--seed", "4", "--output", path])
        #expect(simulated.status == 0, "\(simulated.standardError)")
        let result = try CommandRunner.run(["analyze", path, "--protocol", "parkinsons-tremor-assessment"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.components(separatedBy: "\n")
        let kinetic = try #require(lines.firstIndex { $0.hasPrefix("  kinetic-finger-to-nose") })
        #expect(lines[kinetic + 1].hasPrefix("    the protocol's butterworth filter for this movement cannot be applied to this recording"))
        #expect(lines[kinetic + 1].contains("Nyquist frequency 7.5 Hz of a 15 Hz recording"), "\(lines[kinetic + 1])")

        // The user's own --filter at that rate is an error (64), named against the file.
        let filtered = try CommandRunner.run(["analyze", path, "--filter", "butterworth"])
        #expect(filtered.status == 64)
        #expect(filtered.standardError.hasPrefix("\(path): error: filter.cutoff: cutoff 12 Hz must be below the Nyquist frequency 7.5 Hz"),
                "\(filtered.standardError)")
    }

    @Test("a batch: one bad file is reported, the others finish, exit 65; jsonl has a line per file")
    func batch() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["two-hands-long.csv", "two-hands-named.csv"] {
            try FileManager.default.copyItem(
                atPath: CommandRunner.fixture("recordings/\(name)"), toPath: directory.appendingPathComponent(name).path)
        }
        try "t_s,hand,landmark,x,y,z\n0,left,0,1,abc,0\n".write(to: directory.appendingPathComponent("broken.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["analyze", directory.path, "--format", "jsonl", "--jobs", "2"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("broken.csv:2:"), "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.filter { $0.contains("\"schemaVersion\"") }.count == 2)
        #expect(lines.contains { $0.contains("\"error\"") && $0.contains("broken.csv") })
    }

    @Test("bad arguments exit 64, missing files 66", arguments: [
        (["analyze", "x.csv", "--protocol", "no-such-protocol"], Int32(64)),
        (["analyze", "x.csv", "--band", "12,3"], Int32(64)),
        (["analyze", "x.csv", "--format", "xml"], Int32(64)),
        (["analyze", "/nonexistent/x.csv"], Int32(66)),
    ])
    func failures(arguments: [String], status: Int32) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["analyze", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "analyze-help.txt")
    }
}
