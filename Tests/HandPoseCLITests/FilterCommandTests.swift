import Foundation
import HandPoseCore
import HandPoseIO
import Testing

@Suite("handpose filter")
struct FilterCommandTests {
    static let fixture = CommandRunner.fixture("recordings/faulty-long.csv")

    /// Mean squared second difference of every finite stretch: how rough a channel is.
    private func roughness(_ samples: [Double]) -> Double {
        var sum = 0.0, count = 0
        for index in 2..<samples.count where samples[index].isFinite && samples[index - 1].isFinite && samples[index - 2].isFinite {
            let second = samples[index] - 2 * samples[index - 1] + samples[index - 2]
            sum += second * second
            count += 1
        }
        return count == 0 ? .nan : sum / Double(count)
    }

    @Test("every method filters every channel of both hands; gaps stay missing; the result is smoother",
          arguments: ["butterworth", "savgol", "moving-average", "exponential", "fft", "wavelet", "kalman", "ukf", "particle"])
    func everyMethod(method: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("filtered.csv").path
        let result = try CommandRunner.run(["filter", Self.fixture, "--method", method, "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("filtered with"))

        let original = try RecordingReader.read(contentsOf: Self.fixture)
        let filtered = try RecordingReader.read(contentsOf: output)
        #expect(filtered.layout == original.layout)
        #expect(filtered.timestamps == original.timestamps)
        #expect(filtered.metadata["filter"]?.isEmpty == false)
        for side in HandSide.allCases {
            let before = try #require(original[side]), after = try #require(filtered[side])
            #expect(after.presence == before.presence)
            for channel in [Channel(.wrist, .x), Channel(.indexTip, .y), Channel(.thumbTip, .z)] {
                let raw = before[channel], smooth = after[channel]
                #expect(zip(raw, smooth).allSatisfy { $0.isNaN == $1.isNaN }, "\(method) \(side) \(channel): gaps moved")
                #expect(raw != smooth, "\(method) \(side) \(channel) unchanged")
                #expect(roughness(smooth) < roughness(raw), "\(method) \(side) \(channel) is not smoother")
            }
        }
    }

    @Test("--joint filters each landmark with one particle cloud: smoother, gaps kept, recorded in the metadata")
    func joint() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jointPath = directory.appendingPathComponent("joint.csv").path, separatePath = directory.appendingPathComponent("separate.csv").path
        let result = try CommandRunner.run(["filter", Self.fixture, "--method", "particle", "--joint", "--seed", "3", "-o", jointPath])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("particle-filter-cv-joint/1"))
        #expect(try CommandRunner.run(["filter", Self.fixture, "--method", "particle", "--seed", "3", "-o", separatePath]).status == 0)
        let original = try RecordingReader.read(contentsOf: Self.fixture)
        let joint = try RecordingReader.read(contentsOf: jointPath), separate = try RecordingReader.read(contentsOf: separatePath)
        #expect(joint.metadata["filter"] == "particle-filter-cv-joint/1")
        #expect(joint.metadata["filter_parameters"]?.contains("coordinates=joint") == true)
        for side in HandSide.allCases {
            let before = try #require(original[side]), after = try #require(joint[side])
            for channel in [Channel(.wrist, .x), Channel(.indexTip, .y), Channel(.thumbTip, .z)] {
                let raw = before[channel], smooth = after[channel]
                #expect(zip(raw, smooth).allSatisfy { $0.isNaN == $1.isNaN }, "\(side) \(channel): gaps moved")
                #expect(roughness(smooth) < roughness(raw), "\(side) \(channel) is not smoother")
                #expect(smooth != separate[side]?[channel], "\(side) \(channel): the same as one cloud per coordinate")
            }
        }
    }

    @Test("--model dwna: the particle filter with white-noise acceleration, recorded in the metadata; smoother")
    func whiteAcceleration() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (joint, id) in [(false, "particle-filter-dwna-systematic/1"), (true, "particle-filter-dwna-joint/1")] {
            let path = directory.appendingPathComponent("dwna-\(joint).csv").path
            let result = try CommandRunner.run(
                ["filter", Self.fixture, "--method", "particle", "--model", "dwna", "--seed", "3", "-o", path] + (joint ? ["--joint"] : []))
            #expect(result.status == 0, "\(result.standardError)")
            let filtered = try RecordingReader.read(contentsOf: path), original = try RecordingReader.read(contentsOf: Self.fixture)
            #expect(filtered.metadata["filter"] == id)
            #expect(filtered.metadata["filter_parameters"]?.contains("accelerationNoise=") == true)
            for side in HandSide.allCases {
                let raw = try #require(original[side])[Channel(.wrist, .x)], smooth = try #require(filtered[side])[Channel(.wrist, .x)]
                #expect(zip(raw, smooth).allSatisfy { $0.isNaN == $1.isNaN }, "\(side): gaps moved")
                #expect(roughness(smooth) < roughness(raw), "\(side) is not smoother")
            }
        }
    }

    @Test("the output layout can be chosen")
    func layout() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("wide.csv").path
        let result = try CommandRunner.run(["filter", Self.fixture, "--method", "savgol", "--layout", "wide", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try RecordingReader.read(contentsOf: output).layout == .wideIndexed)
    }

    @Test("invalid parameters exit 64 and name the limit", arguments: [
        (["--method", "butterworth", "--cutoff", "20"], "Nyquist frequency 15 Hz"),
        (["--method", "butterworth", "--band", "3,20"], "Nyquist"),
        (["--method", "savgol", "--window", "8"], "odd"),
        (["--method", "savgol", "--window", "401"], "longer than the whole recording"),
        (["--method", "wavelet", "--wavelet", "db42"], "db10"),
        (["--method", "butterworth", "--window", "5"], "does not apply"),
        (["--method", "exponential", "--alpha", "1.5"], "alpha"),
        (["--method", "kalman", "--model", "jerk"], "cv or ca"),
        (["--method", "particle", "--particles", "1"], "particles"),
        (["--method", "particle", "--model", "ca"], "unknown particle motion model \"ca\": use cv"),
        (["--method", "kalman", "--model", "dwna"], "cv or ca"),
        (["--method", "savgol", "--joint"], "--joint does not apply to --method savgol"),
    ])
    func invalid(arguments: [String], mentions: String) throws {
        let result = try CommandRunner.run(["filter", Self.fixture] + arguments + ["-o", "/tmp/handpose-never-written.csv"])
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains(mentions), "\(arguments): \(result.standardError)")
    }

    @Test("runs too short for the method keep their raw values and are reported")
    func shortRuns() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("short.csv").path
        // 60 frames of one hand whose index-tip x is missing every 8th frame: runs of 7 samples,
        // shorter than a 4th-order Butterworth zero-phase filter's 16.
        var text = "t_s,hand," + (0...20).map { "x\($0),y\($0),z\($0)" }.joined(separator: ",") + "\n"
        for frame in 0..<60 {
            let t = Double(frame) / 30
            let values = (0...20).map { landmark -> String in
                let x = landmark == 8 && frame % 8 == 7 ? "" : "\(100 + Double(landmark) + sin(Double(frame)))"
                return "\(x),\(50 + Double(landmark)),\(Double(landmark) * 0.5)"
            }
            text += "\(t),right," + values.joined(separator: ",") + "\n"
        }
        try ("# coord_space: world_mm\n" + text).write(toFile: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.csv").path
        let result = try CommandRunner.run(["filter", input, "--method", "butterworth", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("left unfiltered"), "\(result.standardError)")
        let before = try RecordingReader.read(contentsOf: input), after = try RecordingReader.read(contentsOf: output)
        let raw = try #require(before[.right])[Channel(.indexTip, .x)], kept = try #require(after[.right])[Channel(.indexTip, .x)]
        #expect(zip(raw, kept).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
        let rawWrist = try #require(before[.right])[Channel(.wrist, .x)], filteredWrist = try #require(after[.right])[Channel(.wrist, .x)]
        #expect(filteredWrist != rawWrist)
    }

    @Test("--help matches its snapshot")
    func help() throws {
        let result = try CommandRunner.run(["filter", "--help"])
        #expect(result.status == 0)
        try Snapshot.assertMatches(result.standardOutput, named: "filter-help.txt")
    }
}
