import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseBench

@Suite("BenchmarkCase")
struct BenchmarkCaseTests {
    typealias Support = BenchTestSupport

    @Test("a bundled recording with its truth: the clean signal is rebuilt, raw's error is the simulated noise",
          arguments: [("two-hands-long", 0.3, [HandSide.left, .right]), ("right-hand-wide-one-based", 0.3, [.right]), ("two-hands-wide", 0.2, [.left, .right])])
    func fixture(name: String, noise: Double, hands: [HandSide]) throws {
        let (recording, truth, path) = try Support.fixture(name)
        let benchmarkCase = try BenchmarkCase.recorded(recording, truth: truth, source: path)
        #expect(benchmarkCase.hands == hands)
        #expect(benchmarkCase.clean != nil)
        #expect(benchmarkCase.cell.noiseMm == noise && benchmarkCase.cell.seed == truth.seed)
        let rows = try Support.benchmark("butterworth").run(benchmarkCase)
        #expect(rows.count == 2 * hands.count)
        for row in rows where row.method == "raw" {
            let error = try #require(row.rmseMm)
            // Normalized depth is relative to the noisy wrist, so z carries a little more noise.
            #expect(error > 0.9 * noise && error < 1.2 * noise, "\(name) \(row.hand): raw RMSE \(error) mm for \(noise) mm noise")
            #expect(row.reference == "clean" && row.referenceHz == truth.hand(row.hand)?.tremor?.frequencyHz)
        }
        if name == "two-hands-wide" {
            #expect(benchmarkCase.recording.spatial.space == .imagePixels)
            #expect(benchmarkCase.millimetresPerUnit == truth.millimetresPerPixel)
        }
    }

    @Test("a truth that does not describe the recording is refused")
    func mismatch() throws {
        let (recording, _, path) = try Support.fixture("two-hands-long")
        let (_, other, _) = try Support.fixture("two-hands-named")
        #expect {
            try BenchmarkCase.recorded(recording, truth: other, source: path)
        } throws: { error in
            (error as? BenchmarkError)?.code == .truthMismatch
        }
        // Same frames and hands (no jitter, no drops), another seed: the samples give it away.
        let named = try Support.fixture("right-hand-wide-one-based")
        var reseeded = named.truth
        reseeded.configuration.seed = 99
        reseeded.seed = 99
        #expect {
            try BenchmarkCase.recorded(named.recording, truth: reseeded, source: named.path)
        } throws: { error in
            guard let error = error as? BenchmarkError else { return false }
            return error.code == .truthMismatch && error.message.contains("mm RMS")
        }
        var otherModel = try Support.fixture("two-hands-long").truth
        otherModel.generator = "handpose-simulate model 0"
        #expect(throws: BenchmarkError.self) { try BenchmarkCase.recorded(recording, truth: otherModel, source: path) }
    }

    @Test("a hand the recording lacks is refused")
    func missingHand() throws {
        let (recording, truth, path) = try Support.fixture("right-hand-wide-one-based")
        #expect {
            try BenchmarkCase.recorded(recording, truth: truth, source: path, hands: [.left])
        } throws: { error in
            (error as? BenchmarkError)?.code == .unusableRecording
        }
    }

    @Test("normalized simulations are benchmarked in pixels calibrated by the virtual camera")
    func normalizedSimulation() throws {
        var configuration = Support.configuration(noise: 1, duration: 5)
        configuration.units = .normalized
        let benchmarkCase = try BenchmarkCase.simulated(configuration)
        #expect(benchmarkCase.recording.spatial.space == .imagePixels)
        #expect(benchmarkCase.clean?.spatial.space == .imagePixels)
        #expect(benchmarkCase.millimetresPerUnit == 0.625)
        let raw = try #require(try Support.benchmark("raw").run(benchmarkCase).first)
        #expect(abs((raw.rmseMm ?? 0) - 1.15) < 0.1, "raw RMSE \(raw.rmseMm ?? .nan) mm")
    }
}
