import Foundation
import Testing

@Suite("handpose simulate")
struct SimulateCommandTests {
    @Test("every layout reads back with the simulated hands, rate and units", arguments: [
        ("long", "mm", "long", "worldMillimetres"),
        ("wide", "normalized", "wideIndexed", "imagePixels"),
        ("wide-one-based", "m", "wideIndexedOneBased", "worldMetres"),
        ("named", "mm", "wideNamed", "worldMillimetres"),
    ])
    func roundTrip(layout: String, units: String, expectedLayout: String, expectedSpace: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("rec.csv").path
        let truth = directory.appendingPathComponent("truth.json").path
        let simulated = try CommandRunner.run([
            "simulate", "--duration", "6", "--fps", "60", "--seed", "11", "--tremor", "right:5.2:3.0",
            "--noise-mm", "0.2", "--layout", layout, "--units", units, "--output", csv, "--truth", truth,
        ])
        #expect(simulated.status == 0, "\(simulated.standardError)")
        let inspected = try CommandRunner.run(["inspect", csv, "--format", "json"])
        #expect(inspected.status == 0, "\(inspected.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(inspected.standardOutput.utf8)) as? [String: Any])
        let recording = try #require(document["recording"] as? [String: Any])
        #expect(recording["layout"] as? String == expectedLayout)
        #expect(recording["coordinateSpace"] as? String == expectedSpace)
        #expect(recording["frames"] as? Int == 360)
        #expect(recording["hands"] as? [String] == ["left", "right"])
        #expect(abs((recording["sampleRateHz"] as? Double ?? 0) - 60) < 1e-6)

        let truthDocument = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: truth))) as? [String: Any])
        #expect(truthDocument["seed"] as? Int == 11)
        let hands = try #require(truthDocument["hands"] as? [String: Any])
        let right = try #require(hands["right"] as? [String: Any])
        let tremor = try #require(right["tremor"] as? [String: Any])
        #expect(tremor["frequencyHz"] as? Double == 5.2)
        #expect(tremor["amplitudeMm"] as? Double == 3.0)
    }

    @Test("the same seed writes identical bytes; another seed does not")
    func deterministic() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func simulate(seed: Int, name: String) throws -> Data {
            let path = directory.appendingPathComponent(name).path
            let result = try CommandRunner.run([
                "simulate", "--duration", "3", "--fps", "30", "--seed", "\(seed)", "--noise-mm", "0.5",
                "--drop-rate", "0.05", "--jitter-ms", "2", "--output", path,
            ])
            #expect(result.status == 0, "\(result.standardError)")
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let first = try simulate(seed: 5, name: "a.csv")
        #expect(try simulate(seed: 5, name: "b.csv") == first)
        #expect(try simulate(seed: 6, name: "c.csv") != first)
    }

    @Test("invalid parameters exit 64 with the limit named", arguments: [
        (["--duration", "0"], "duration"),
        (["--drop-rate", "1.5"], "drop"),
        (["--tremor", "middle:5:1"], "middle"),
        (["--tremor", "right:40:1"], "Nyquist"),
        (["--decimals", "20"], "--decimals"),
    ])
    func invalid(extra: [String], mentions: String) throws {
        var arguments = ["simulate", "--duration", "5", "--fps", "30", "--seed", "1", "--output", "/tmp/never-written.csv"]
        for (index, value) in extra.enumerated() where index % 2 == 1 {
            if let position = arguments.firstIndex(of: extra[index - 1]) {
                arguments[position + 1] = value
            } else {
                arguments += [extra[index - 1], value]
            }
        }
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(result.standardError.localizedCaseInsensitiveContains(mentions), "\(result.standardError)")
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["simulate", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "simulate-help.txt")
    }
}
