import Foundation
import HandPoseStore
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

    @Test("stored sessions: rebuilt from their samples, artifacts left out, --save stores the comparison with an audit row",
          arguments: CLIBackend.available)
    func storedSessions(backend: CLIBackend) async throws {
        let workspace = try CLIWorkspace(backend)
        let clean = try workspace.simulate("clean.csv", burst: false), burst = try workspace.simulate("burst.csv", burst: true)
        let (baseline, _) = try workspace.save(clean)
        let (followUp, _) = try workspace.save(burst)

        // Before any annotation the burst shows as a large change.
        let raw = try workspace.handpose(["compare", baseline, followUp, "--format", "json"])
        #expect(raw.status == 0, "\(raw.standardError)")
        #expect(try amplitudeChange(raw.standardOutput) > 2)

        #expect(try workspace.handpose(["annotate", followUp, "--from", "20", "--to", "25", "--type", "artifact"]).status == 0)
        let result = try workspace.handpose([
            "compare", baseline, followUp, "--format", "json", "--save", "--clinician", "demo.clinician@handpose.example",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect((document["a"] as? [String: Any])?["label"] as? String == "session \(baseline)")
        #expect((document["b"] as? [String: Any])?["label"] as? String == "session \(followUp)")
        #expect((document["notes"] as? [String])?.contains { $0.hasPrefix("Excluded from the analysis of B (treated as missing for both hands): 20.0-25.0 s (151 frames)") } == true)
        #expect(abs(try amplitudeChange(result.standardOutput)) < 0.05, "the same tremor once the artifact is left out")
        let saved = try #require(result.standardError.firstMatch(of: /comparison ([0-9a-f-]{36}) saved to/))

        let store = try workspace.store()
        let comparisons = try await store.comparisons(sessionID: followUp)
        #expect(comparisons.map(\.id) == [String(saved.1)])
        let comparison = try #require(comparisons.first)
        #expect(comparison.baselineSessionID == baseline && comparison.comparisonSessionID == followUp)
        #expect(comparison.createdBy == (try await store.user(email: "demo.clinician@handpose.example"))?.id)
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(comparison.metricDifferences.utf8)) as? [[String: Any]])
        #expect(stored.count == (document["metricDifferences"] as? [[String: Any]])?.count)
        let tests = try JSONSerialization.jsonObject(with: Data(comparison.statisticalTests.utf8)) as? [[String: Any]]
        #expect(tests?.map { $0["quantity"] as? String } == ["tremorAmplitude", "tremorFrequency"])
        #expect(try await store.auditLog(entityID: comparison.id).map(\.action) == ["comparison.add"])
        let shown = try workspace.handpose(["sessions", "show", followUp])
        #expect(shown.standardOutput.contains("Comparisons\n  \(comparison.id)"))
        #expect(shown.standardOutput.contains("with baseline session \(baseline)"))

        // A file of a stored session gets its artifacts left out too; the text names the sessions.
        let mixed = try workspace.handpose(["compare", baseline, burst])
        #expect(mixed.status == 0, "\(mixed.standardError)")
        #expect(mixed.standardError.contains("burst.csv: stored as session \(followUp); leaving out its artifact annotation 20.0-25.0 s"))
        #expect(mixed.standardOutput.contains("A  session \(baseline): 1800 frames, 60.0 s at 30.0 Hz [mm]"))

        let fileSave = try workspace.handpose(["compare", baseline, burst, "--save"])
        #expect(fileSave.status == 64)
        #expect(fileSave.standardError.contains("--save stores a comparison of two stored sessions, but \(burst) is a file"))
        let unknown = try workspace.handpose(["compare", baseline, "00000000-0000-0000-0000-000000000000"])
        #expect(unknown.status == 66)
        #expect(unknown.standardError.contains("no live recording session has id 00000000-0000-0000-0000-000000000000"))
        #expect(unknown.standardOutput.isEmpty)
        let nowhere = try workspace.handpose(["compare", baseline, followUp], database: false)
        #expect(nowhere.status == 78, "the default database in the directory was never migrated: \(nowhere.standardError)")
        let unreachable = try CommandRunner.run(
            ["compare", baseline, followUp, "--db", "postgres://someone:secret@127.0.0.1:1/none"],
            environment: ["HANDPOSE_DATABASE_URL": ""], directory: workspace.directory)
        #expect(unreachable.status == 69)
        #expect(!unreachable.standardError.contains("secret"))
        #expect(try workspace.handpose(["compare", baseline, followUp, "--clinician", "x@y.z"]).status == 64)
        let nobody = try workspace.handpose(["compare", baseline, followUp, "--save", "--clinician", "nobody@example.org"])
        #expect(nobody.status == 66 && nobody.standardOutput.isEmpty)
    }

    /// The relative change of the right hand's tremor amplitude in a comparison document.
    private func amplitudeChange(_ json: String) throws -> Double {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(document["metricDifferences"] as? [[String: Any]])
        let row = try #require(rows.first { $0["metric"] as? String == "tremor.amplitudeMm" && $0["hand"] as? String == "right" })
        return try #require(row["relativeChange"] as? Double)
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["compare", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "compare-help.txt")
    }
}
