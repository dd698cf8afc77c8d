import Foundation
import Testing

/// `handpose annotate` and what an artifact annotation does to the next analysis, through the
/// built binary, on SQLite (and PostgreSQL when `HANDPOSE_TEST_POSTGRES_URL` is set).
@Suite("handpose annotate")
struct AnnotateCommandTests {
    @Test("an artifact annotation is left out of the next analysis of the same file (--db, --save --force)",
          arguments: CLIBackend.available)
    func artifactLeftOut(backend: CLIBackend) throws {
        let workspace = try CLIWorkspace(backend)
        let burst = try workspace.simulate("burst.csv", burst: true)
        let (session, analysis) = try workspace.save(burst, extra: ["--clinician", "demo.clinician@handpose.example"])
        let before = try workspace.handpose(["analyze", burst, "--format", "json"])
        let inflated = try rightAmplitude(before.standardOutput)
        #expect(inflated > 9, "the burst dominates: \(inflated) mm")

        let added = try workspace.handpose([
            "annotate", session, "--from", "20", "--to", "25", "--type", "Artifact", "--text", "waved at the camera",
            "--author", "demo.clinician@handpose.example",
        ])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains("on session \(session): 20-25 s artifact; the next analysis of this session leaves these frames out"))
        let event = try workspace.handpose([
            "annotate", session, "--from", "40", "--to", "41.5", "--type", "event", "--text", "asked to hold still",
            "--analysis", analysis, "--format", "json",
        ])
        #expect(event.status == 0, "\(event.standardError)")

        let list = try workspace.handpose(["annotate", session, "--list", "--format", "json"])
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(notes.map { $0["type"] as? String } == ["artifact", "event"])
        #expect(notes[0]["authorID"] as? String != nil)
        #expect(notes[1]["clinicalAnalysisID"] as? String == analysis)
        let table = try workspace.handpose(["annotate", session, "--list"])
        #expect(table.standardOutput.contains("demo.clinician@handpose.example"))
        #expect(table.standardOutput.contains("waved at the camera"))
        #expect(try workspace.handpose(["sessions", "show", session]).standardOutput.contains("20.0-25.0 s  artifact  waved at the camera"))

        // Without a database the file is analysed as it is.
        let plain = try workspace.handpose(["analyze", burst, "--format", "json"], database: false)
        #expect(abs(try rightAmplitude(plain.standardOutput) - inflated) < 1e-9)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("handpose.sqlite")))

        // With --db, the stored session's artifact is left out and reported.
        let excluded = try workspace.handpose(["analyze", burst, "--format", "json"])
        #expect(excluded.status == 0, "\(excluded.standardError)")
        #expect(excluded.standardError.contains("stored as session \(session); leaving out its artifact annotation 20.0-25.0 s"))
        let amplitude = try rightAmplitude(excluded.standardOutput)
        #expect(abs(amplitude - 3) < 0.3, "\(amplitude) mm after leaving out the burst, \(inflated) mm with it")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(excluded.standardOutput.utf8)) as? [String: Any])
        let ranges = try #require((document["parameters"] as? [String: Any])?["excludedRanges"] as? [[String: Any]])
        #expect(ranges.count == 1)
        #expect(ranges.first?["startSeconds"] as? Double == 20 && ranges.first?["endSeconds"] as? Double == 25)
        #expect(ranges.first?["frames"] as? Int == 151)
        #expect((ranges.first?["reason"] as? String)?.hasSuffix("waved at the camera") == true)
        let text = try workspace.handpose(["analyze", burst])
        #expect(text.standardOutput.contains("Excluded from the analysis: 20.0-25.0 s (151 frames)"))

        // A forced new analysis stores the excluded one; the raw samples stay whole.
        let forced = try workspace.handpose(["analyze", burst, "--save", "--force"])
        #expect(forced.standardError.contains("new analysis of an already stored recording"))
        let show = try workspace.handpose(["sessions", "show", session, "--format", "json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        let analyses = try #require(detail["analyses"] as? [[String: Any]])
        #expect(analyses.count == 2)
        #expect(abs((analyses.last?["tremorAmplitude"] as? Double ?? 0) - amplitude) < 1e-9)
        #expect(abs((analyses.first?["tremorAmplitude"] as? Double ?? 0) - inflated) < 1e-9)

        // Removing the artifact (audited) gives the burst back to the next analysis.
        let artifactID = try #require(notes.first?["id"] as? String)
        let removed = try workspace.handpose([
            "annotate", session, "--delete", artifactID, "--author", "demo.clinician@handpose.example",
        ])
        #expect(removed.status == 0, "\(removed.standardError)")
        #expect(removed.standardOutput.contains("annotation \(artifactID) removed from session \(session) (20-25 s artifact)"))
        #expect(abs(try rightAmplitude(try workspace.handpose(["analyze", burst, "--format", "json"]).standardOutput) - inflated) < 1e-9)
        #expect(try workspace.handpose(["annotate", session, "--delete", artifactID]).status == 66)
        #expect(try workspace.handpose(["annotate", session, "--delete", artifactID, "--from", "1"]).status == 64)
    }

    @Test("ranges outside the recording, unknown sessions and analyses, and missing options are refused",
          arguments: CLIBackend.available)
    func errors(backend: CLIBackend) throws {
        let workspace = try CLIWorkspace(backend)
        let (session, _) = try workspace.save(try workspace.simulate("clean.csv", burst: false))
        let past = try workspace.handpose(["annotate", session, "--from", "50", "--to", "75", "--type", "note"])
        #expect(past.status == 64)
        #expect(past.standardError.contains("the range 50-75 s is not within the recording: session \(session) lasts 59.97 s (1800 frames)"))
        // The last frame lasts one frame interval: a range may end at 60 s.
        #expect(try workspace.handpose(["annotate", session, "--from", "55", "--to", "60", "--type", "note"]).status == 0)
        for arguments in [
            ["--from", "5", "--to", "3", "--type", "note"], ["--from", "-1", "--to", "3", "--type", "note"],
            ["--from", "1", "--to", "3"], ["--list", "--from", "1"], ["--from", "1", "--to", "3", "--type", " "],
        ] {
            let result = try workspace.handpose(["annotate", session] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
        }
        let unknown = try workspace.handpose(["annotate", "00000000-0000-0000-0000-000000000000", "--from", "1", "--to", "2", "--type", "note"])
        #expect(unknown.status == 66)
        #expect(unknown.standardError.contains("no live recording session has id"))
        let analysis = try workspace.handpose([
            "annotate", session, "--from", "1", "--to", "2", "--type", "note", "--analysis", "00000000-0000-0000-0000-000000000001",
        ])
        #expect(analysis.status == 66)
        #expect(analysis.standardError.contains("has no analysis"))
        let author = try workspace.handpose(["annotate", session, "--from", "1", "--to", "2", "--type", "note", "--author", "nobody@example.org"])
        #expect(author.status == 66)
        #expect(try workspace.handpose(["annotate", session, "--list"]).standardOutput.contains("55.00     60.00"))

        #expect(try workspace.handpose(["sessions", "delete", session]).status == 0)
        #expect(try workspace.handpose(["annotate", session, "--list"]).status == 66)
    }
}
