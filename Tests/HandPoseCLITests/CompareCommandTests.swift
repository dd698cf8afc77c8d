import Foundation
import Testing

@Suite("handpose compare")
struct CompareCommandTests {
    static let a = CommandRunner.fixture("recordings/two-hands-long.csv")
    static let b = CommandRunner.fixture("recordings/faulty-long.csv")

    @Test("text report of two bundled recordings")
    func textReport() throws {
        let result = try CommandRunner.run(["compare", Self.a, Self.b])
        #expect(result.status == 0, "\(result.standardError)")
        let relative = result.standardOutput.replacingOccurrences(of: CommandRunner.packageRoot.path + "/", with: "")
        try Snapshot.assertMatches(relative, named: "compare-two-hands-long-faulty-long.txt")
        #expect(relative.contains("Left hand                 A            B            change"))
        #expect(relative.contains("Welch t-test") && relative.contains("Mann-Whitney U") && relative.contains("Hedges' g"))
        #expect(relative.contains("not a diagnosis"))
    }

    @Test("JSON: the comparison document; simulated 2 mm against 3 mm tremor is detected")
    func json() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for (seed, amplitude) in [(3, 2.0), (4, 3.0)] {
            let path = directory.appendingPathComponent("r\(seed).csv").path
            let simulate = try CommandRunner.run([
                "simulate", "--duration", "60", "--fps", "30", "--seed", "\(seed)", "--hands", "right",
                "--tremor", "right:5.5:\(amplitude)", "--noise-mm", "0.4", "--layout", "long", "--units", "mm", "--output", path,
            ])
            #expect(simulate.status == 0, "\(simulate.standardError)")
            files.append(path)
        }
        let output = directory.appendingPathComponent("comparison.json").path
        let result = try CommandRunner.run(["compare", files[0], files[1], "--format", "json", "--output", output])
        #expect(result.status == 0 && result.standardOutput.isEmpty, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 1)
        #expect((document["a"] as? [String: Any])?["label"] as? String == files[0])
        let rows = try #require(document["metricDifferences"] as? [[String: Any]])
        let amplitude = try #require(rows.first { $0["metric"] as? String == "tremor.amplitudeMm" && $0["hand"] as? String == "right" })
        #expect(abs((amplitude["relativeChange"] as? Double ?? 0) - 0.5) < 0.15, "\(amplitude)")
        let tests = try #require(document["statisticalTests"] as? [[String: Any]])
        let test = try #require(tests.first { $0["hand"] as? String == "right" && $0["quantity"] as? String == "tremorAmplitude" })
        let welch = try #require(test["welch"] as? [String: Any]), ranks = try #require(test["mannWhitney"] as? [String: Any])
        #expect((welch["pValue"] as? Double ?? 1) < 0.01 && (ranks["pValue"] as? Double ?? 1) < 0.01)
        #expect((test["effectSize"] as? [String: Any])?["magnitude"] as? String == "large")
    }

    @Test("bad arguments exit 64, missing files 66, unreadable data 65", arguments: [
        (["compare", "x.csv"], Int32(64)),
        (["compare", "a.csv", "b.csv", "--band", "12,3"], Int32(64)),
        (["compare", "a.csv", "b.csv", "--format", "jsonl"], Int32(64)),
        (["compare", "a.csv", "b.csv", "--protocol", "no-such-protocol"], Int32(64)),
        (["compare", "/nonexistent/a.csv", "/nonexistent/b.csv"], Int32(66)),
    ])
    func failures(arguments: [String], status: Int32) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
        #expect(!result.standardError.isEmpty)
    }

    @Test("a missing B is reported with its path (66); a malformed B with its line (65)")
    func badSecondFile() throws {
        let missing = try CommandRunner.run(["compare", Self.a, "/nonexistent/b.csv"])
        #expect(missing.status == 66 && missing.standardError.contains("/nonexistent/b.csv"), "\(missing.standardError)")
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.csv")
        try "t_s,hand,landmark,x,y,z\n0,left,0,1,abc,0\n".write(to: broken, atomically: true, encoding: .utf8)
        let malformed = try CommandRunner.run(["compare", Self.a, broken.path])
        #expect(malformed.status == 65 && malformed.standardError.contains("broken.csv:2:"), "\(malformed.standardError)")
        #expect(malformed.standardOutput.isEmpty)
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["compare", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "compare-help.txt")
    }
}
