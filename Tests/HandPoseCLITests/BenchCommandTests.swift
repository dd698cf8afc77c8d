import Foundation
import Testing

@Suite("handpose bench")
struct BenchCommandTests {
    /// A short simulated benchmark, timed once.
    static let quick = ["bench", "--simulate", "--duration", "6", "--repeat", "1"]

    static let header = """
        cell,source,hand,fps,durationS,noiseMm,seed,trueTremorHz,trueTremorMm,method,algorithm,parameters,rank,rmseMm,residualRmsMm,\
        reference,referenceHz,amplitudeRatio,phaseLagMs,tremorHz,tremorHzError,tremorMm,tremorMmError,sparc,sparcError,sparcChange,\
        ldljV,ldljVError,ldljVChange,missingFraction,unfilteredFraction,samples,samplesPerSecond,filterSeconds,notes
        """

    static func rows(_ result: CommandRunner.Result) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    }

    static func row(_ method: String, _ rows: [[String: Any]]) throws -> [String: Any] {
        try #require(rows.first { $0["method"] as? String == method })
    }

    @Test("on simulated data a zero-phase Butterworth low-pass ranks ahead of raw in RMSE")
    func butterworthBeatsRaw() throws {
        let result = try CommandRunner.run(Self.quick + ["--noise-mm", "2", "--methods", "butterworth", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try Self.rows(result)
        #expect(rows.count == 2)
        let butterworth = try Self.row("butterworth", rows), raw = try Self.row("raw", rows)
        #expect(butterworth["rank"] as? Int == 1 && raw["rank"] as? Int == 2)
        let filtered = try #require(butterworth["rmseMm"] as? Double), unfiltered = try #require(raw["rmseMm"] as? Double)
        #expect(filtered < unfiltered)
        #expect(abs(unfiltered - 2) < 0.1, "raw RMSE \(unfiltered) mm for 2 mm noise")
        #expect(abs((butterworth["phaseLagMs"] as? Double ?? .nan)) < 1)
        #expect(butterworth["reference"] as? String == "clean")
    }

    @Test("a grid gives one row per method per cell")
    func grid() throws {
        let result = try CommandRunner.run(Self.quick + [
            "--fps", "30,60", "--tremor-hz", "4,6", "--noise-mm", "1,3", "--methods", "moving-average,exponential", "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == Self.header)
        #expect(lines.count == 1 + 8 * 3)
        let columns = Self.header.split(separator: ",").map(String.init)
        let records = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let cell = columns.firstIndex(of: "cell")!, fps = columns.firstIndex(of: "fps")!, noise = columns.firstIndex(of: "noiseMm")!
        #expect(Set(records.map { $0[cell] }) == Set((1...8).map(String.init)))
        #expect(Set(records.map { $0[fps] }) == ["30.0", "60.0"])
        #expect(Set(records.map { $0[noise] }) == ["1.0", "3.0"])
        for index in 1...8 {
            #expect(records.filter { $0[cell] == "\(index)" }.count == 3)
        }
    }

    @Test("the same seed gives the same JSON apart from the speed columns")
    func deterministic() throws {
        let arguments = Self.quick + ["--methods", "butterworth,savgol,kalman", "--seed", "9", "--format", "json"]
        let first = try Self.rows(try CommandRunner.run(arguments)), second = try Self.rows(try CommandRunner.run(arguments))
        #expect(first.count == 4 && second.count == 4)
        func stable(_ rows: [[String: Any]]) -> [NSDictionary] {
            rows.map { row in
                var copy = row
                copy["samplesPerSecond"] = nil
                copy["filterSeconds"] = nil
                return copy as NSDictionary
            }
        }
        #expect(stable(first) == stable(second))
        #expect(first.allSatisfy { $0.keys.count == 35 })
    }

    @Test("CSV: the header is stable and every row parses to the same number of fields")
    func csv() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.csv").path
        let result = try CommandRunner.run(Self.quick + ["--methods", "all", "--format", "csv", "--output", path, "--duration", "4", "--fps", "30"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == Self.header)
        #expect(lines.count == 11)
        // Notes are quoted when they hold commas; count fields outside quotes.
        for line in lines.dropFirst() {
            var fields = 1, quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields += 1 }
            }
            #expect(fields == 35, "\(line)")
        }
    }

    @Test("a bundled recording with its truth: both hands, measured against the rebuilt clean signal")
    func fileWithTruth() throws {
        let file = CommandRunner.fixture("recordings/two-hands-long.csv"), truth = CommandRunner.fixture("recordings/two-hands-long.truth.json")
        let result = try CommandRunner.run(["bench", file, "--truth", truth, "--methods", "raw,butterworth,savgol", "--repeat", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try Self.rows(result)
        #expect(rows.count == 6)
        #expect(Set(rows.map { $0["hand"] as? String }) == ["left", "right"])
        for row in rows {
            #expect(row["reference"] as? String == "clean")
            #expect(row["source"] as? String == file)
            #expect(row["seed"] as? Int == 1 && row["noiseMm"] as? Double == 0.3)
        }
        let rawLeft = try #require(rows.first { $0["hand"] as? String == "left" && $0["method"] as? String == "raw" })
        #expect(abs((rawLeft["rmseMm"] as? Double ?? 0) - 0.3) < 0.03)
        #expect(rawLeft["trueTremorHz"] as? Double == 4.6 && rawLeft["referenceHz"] as? Double == 4.6)
    }

    @Test("a recording without truth: what can be measured, ranked by residual, as a text table")
    func fileWithoutTruth() throws {
        let result = try CommandRunner.run([
            "bench", CommandRunner.fixture("recordings/faulty-long.csv"), "--methods", "butterworth,moving-average", "--repeat", "1", "--hands", "right",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.hasPrefix("handpose bench: 3 methods on 1 cell; speed is the median of 1 run on one core\n"))
        #expect(text.contains("right hand"))
        #expect(!text.contains("left hand"))
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("rank") })
        #expect(header.contains("residual mm") && header.contains("tremor Hz") && !header.contains("RMSE"))
        let rawLine = try #require(text.split(separator: "\n").first { $0.contains("  raw ") })
        #expect(rawLine.hasPrefix("   3  raw"))
        #expect(text.contains("Without truth: residual"))
    }

    @Test("bad arguments exit with the right code and say why", arguments: [
        (["bench"], 64, "FILE"),
        (["bench", "--simulate", "--methods", "butterwort"], 64, "did you mean \"butterworth\""),
        (["bench", "--simulate", "--methods", "savgol:window=8"], 64, "odd"),
        (["bench", "--simulate", "--fps", "30,,60"], 64, "empty entry"),
        (["bench", "--simulate", "--noise-mm", "1,x"], 64, "'x' is not a number"),
        (["bench", "--simulate", "--fps", "30", "--tremor-hz", "20"], 64, "Nyquist"),
        (["bench", "--simulate", "--repeat", "0"], 64, "--repeat"),
        (["bench", "--simulate", "--truth", "truth.json"], 64, "--truth"),
        (["bench", "@two-hands-long.csv", "--noise-mm", "2"], 64, "--noise-mm applies to --simulate"),
        (["bench", "/nonexistent/rec.csv"], 66, "no such file"),
        (["bench", "@two-hands-long.csv", "--truth", "/nonexistent/truth.json"], 66, "no such truth file"),
        (["bench", "@two-hands-long.csv", "--truth", "@two-hands-long.csv"], 65, "not a handpose simulate truth document"),
        (["bench", "@two-hands-long.csv", "--truth", "@right-hand-wide-one-based.truth.json"], 65, "right truth file"),
        (["bench", "@right-hand-wide-one-based.csv", "--hands", "left"], 65, "no left hand"),
    ])
    func invalid(arguments: [String], status: Int32, mentions: String) throws {
        // `@NAME` is a file of Fixtures/recordings.
        let resolved = arguments.map { $0.hasPrefix("@") ? CommandRunner.fixture("recordings/\($0.dropFirst())") : $0 }
        let result = try CommandRunner.run(resolved)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains(mentions), "\(arguments): \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["bench", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "bench-help.txt")
    }
}
