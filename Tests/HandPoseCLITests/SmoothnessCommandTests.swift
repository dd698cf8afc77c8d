import ArgumentParser
import Foundation
import Testing
@testable import HandPoseCLI

/// `handpose smoothness`, run in-process (the subcommand is registered in `HandPoseCommand` on merge).
@Suite("handpose smoothness")
struct SmoothnessCommandTests {
    /// The doctest signal of the reference: t = -1 … 0.99 s, speed exp(-5 t²), 100 Hz.
    static let doctestTimes = (0..<200).map { -1 + Double($0) * 0.01 }

    static func write(_ text: String, name: String = "signal.csv") throws -> (path: String, directory: URL) {
        let directory = try CommandRunner.temporaryDirectory()
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, directory)
    }

    static func run(_ arguments: [String]) throws -> [String: Any] {
        let command = try SmoothnessCommand.parse(arguments)
        let json = try JSONOutput.encode(try command.report())
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// The exit status and message the command would print for `arguments`.
    static func failure(_ arguments: [String]) -> (status: Int32, message: String) {
        let command: SmoothnessCommand
        do {
            command = try SmoothnessCommand.parse(arguments)
        } catch {
            // Argument parsing and validate(): what ArgumentParser would exit with.
            return (SmoothnessCommand.exitCode(for: error).rawValue, SmoothnessCommand.message(for: error))
        }
        do {
            _ = try command.report()
            return (0, "")
        } catch {
            // What run()'s reportingFailures prints and exits with.
            let failure = CommandFailure(error)
            return (failure.status, failure.message)
        }
    }

    static func rounded(_ value: Any?, _ places: Double = 1e5) -> Double? {
        (value as? Double).map { ($0 * places).rounded() / places }
    }

    @Test("speed column with --fs: the doctest values -1.41403, -5.81636, -335.74684")
    func speedDoctest() throws {
        let rows = Self.doctestTimes.map { "\(exp(-5 * $0 * $0))" }
        let (path, directory) = try Self.write("speed\n" + rows.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let object = try Self.run([path, "--fs", "100"])
        #expect(Self.rounded(object["sparc"]) == -1.41403)
        #expect(Self.rounded(object["ldljV"]) == -5.81636)
        #expect(Self.rounded(object["dimensionlessJerk"]) == -335.74684)
        #expect(object["ldljA"] == nil)
        #expect(object["input"] as? String == "speed")
        #expect(object["samples"] as? Int == 200)
        #expect(object["resampled"] as? Bool == false)
        #expect((object["parameters"] as? [String: Any])?["padLevel"] as? Int == 4)
    }

    @Test("a t column gives the sample rate; the values are unchanged")
    func timeColumn() throws {
        let rows = Self.doctestTimes.map { "\($0),\(exp(-5 * $0 * $0))" }
        let (path, directory) = try Self.write("# exported by a lab script\nt,speed\n" + rows.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let object = try Self.run([path])
        #expect(abs((object["sampleRateHz"] as? Double ?? 0) - 100) < 1e-6)
        #expect(Self.rounded(object["sparc"]) == -1.41403)
        #expect(Self.rounded(object["ldljV"]) == -5.81636)
    }

    @Test("non-uniform t is resampled onto a uniform grid")
    func resampling() throws {
        // 100 Hz with every 7th sample missing: intervals of 10 and 20 ms.
        let kept = Self.doctestTimes.enumerated().filter { $0.offset % 7 != 3 }.map(\.element)
        let rows = kept.map { "\($0),\(exp(-5 * $0 * $0))" }
        let (path, directory) = try Self.write("t,speed\n" + rows.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let object = try Self.run([path])
        #expect(object["resampled"] as? Bool == true)
        #expect(abs((object["sampleRateHz"] as? Double ?? 0) - 100) < 1e-6)
        #expect(abs((object["sparc"] as? Double ?? 0) + 1.41403) < 0.01)
    }

    @Test("velocity vectors vx,vy,vz: SPARC of |v| and the vector LDLJ-V of the golden minimum-jerk reach")
    func velocity() throws {
        let fs = 30.0
        let displacement = [0.1, 0.05, -0.02]
        let rows = (0...30).map { k -> String in
            let tau = Double(k) / fs
            let s = 30 * tau * tau - 60 * tau * tau * tau + 30 * tau * tau * tau * tau
            return displacement.map { "\($0 * s)" }.joined(separator: ",")
        }
        let (path, directory) = try Self.write("vx,vy,vz\n" + rows.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let object = try Self.run([path, "--fs", "30"])
        #expect(abs((object["ldljV"] as? Double ?? 0) - (-5.250901258700749)) < 1e-10)
        #expect(abs((object["dimensionlessJerk"] as? Double ?? 0) - (-190.7380953847729)) < 1e-9)
        #expect(abs((object["sparc"] as? Double ?? 0) - (-1.4004127487594755)) < 1e-9)
        #expect(object["input"] as? String == "velocity")
    }

    @Test("acceleration vectors ax,ay (2-D): only LDLJ-A")
    func acceleration() throws {
        let fs = 60.0
        let rows = (0...60).map { k -> String in
            let tau = Double(k) / fs
            let s = 60 * tau - 180 * tau * tau + 120 * tau * tau * tau
            return "\(0.1 * s),\(0.05 * s),\(-0.02 * s)"
        }
        let (path, directory) = try Self.write("ax,ay,az\n" + rows.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let object = try Self.run([path, "--fs", "60"])
        #expect(abs((object["ldljA"] as? Double ?? 0) - (-3.0888542500563374)) < 1e-10)
        #expect(object["sparc"] == nil && object["ldljV"] == nil && object["dimensionlessJerk"] == nil)
        let (path2, directory2) = try Self.write("ax,ay\n0,1\n1,0\n0,2\n3,1\n")
        defer { try? FileManager.default.removeItem(at: directory2) }
        #expect((try Self.run([path2, "--fs", "60"]))["ldljA"] is Double)
    }

    @Test("SPARC options are passed on: padlevel 6 on the notebook's two Gaussians")
    func options() throws {
        let times = (0..<150).map { Double($0) * 0.01 }
        let rows = times.map { t in exp(-pow(5 * (t - 0.25) / 0.5, 2)) + exp(-pow(5 * (t - 1.25) / 0.5, 2)) }.map { "\($0)" }
        let (path, directory) = try Self.write("speed\n" + rows.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let padded = try Self.run([path, "--fs", "100", "--padlevel", "6"])
        #expect(abs((padded["sparc"] as? Double ?? 0) - (-5.7489730540834785)) < 1e-9)
        let zeroThreshold = try Self.run([path, "--fs", "100", "--fc", "20", "--amp-threshold", "0"])
        #expect(abs((zeroThreshold["sparc"] as? Double ?? 0) - (-6.213169512816718)) < 1e-9)
    }

    @Test("a zero speed is null with a reason")
    func notComputable() throws {
        let (path, directory) = try Self.write("speed\n0\n0\n0\n0\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let object = try Self.run([path, "--fs", "30"])
        #expect(object["sparc"] is NSNull)
        let reasons = try #require(object["notComputable"] as? [[String: Any]])
        #expect(reasons.contains { $0["metric"] as? String == "sparc" })
    }

    @Test("a missing file exits 66 and names the file")
    func missingFile() {
        let result = Self.failure(["/nonexistent/signal.csv", "--fs", "100"])
        #expect(result.status == 66)
        #expect(result.message.hasPrefix("/nonexistent/signal.csv: error:"))
    }

    @Test("bad data exits 65 with path:line:column", arguments: [
        ("speed\n1\nabc\n", 3, 1, "abc"),
        ("t,speed\n0,1\n0.01, x\n", 3, 7, "x"),
        ("speed\n1\n-2\n", 3, 1, "negative"),
        ("t,speed\n0,1\n0,2\n", 3, 1, "increase"),
        ("speed,other\n1,2\n3\n", 3, nil, "fields"),
        ("position\n1\n", 1, nil, "expected a speed column"),
        ("speed,vx,vy\n1,2,3\n", 1, nil, "keep one"),
        ("vx\n1\n", 1, nil, "vx and vy"),
        ("speed\n", 1, nil, "no data"),
        ("", nil, nil, "no header"),
    ] as [(String, Int?, Int?, String)])
    func badData(text: String, line: Int?, column: Int?, fragment: String) throws {
        let (path, directory) = try Self.write(text)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = Self.failure([path, "--fs", "100"])
        #expect(result.status == 65, "\(result.message)")
        var location = path
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        #expect(result.message.hasPrefix(location + ": error:"), "\(result.message)")
        #expect(result.message.contains(fragment), "\(result.message)")
    }

    @Test("no t column and no --fs exits 64")
    func missingRate() throws {
        let (path, directory) = try Self.write("speed\n0\n1\n0\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = Self.failure([path])
        #expect(result.status == 64)
        #expect(result.message.contains("--fs"))
    }

    @Test("bad options exit 64", arguments: [["--fs", "0"], ["--padlevel", "-1"], ["--fc", "-3"], ["--amp-threshold", "1.5"], ["--fs", "abc"]])
    func badOptions(options: [String]) {
        let result = Self.failure(["signal.csv"] + options)
        #expect(result.status == 64, "\(result.message)")
    }
}
