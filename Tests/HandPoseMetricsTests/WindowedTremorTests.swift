import Foundation
import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseMetrics

@Suite("WindowedTremor")
struct WindowedTremorTests {
    @Test("a pure 5 Hz, 2 mm tremor gives 2 mm and 5 Hz in every non-overlapping 4 s window")
    func pureSine() throws {
        let track = TremorAnalyzerTests.track(fps: 60, seconds: 40) { t in
            SIMD3(2 * 0.6 * sin(2 * .pi * 5 * t), 2 * 0.8 * sin(2 * .pi * 5 * t), 0)
        }
        let analyzer = TremorAnalyzer()
        let estimate = try analyzer.analyze(track, spatial: TremorAnalyzerTests.millimetres).get()
        let windowed = try analyzer.windows(track, spatial: TremorAnalyzerTests.millimetres, estimate: estimate).get()
        #expect(windowed.windows.count == 10 && windowed.skippedWindows == 0)
        #expect(!windowed.overlapping && abs(windowed.windowSeconds - 4) < 1e-9 && abs(windowed.hopSeconds - 4) < 1e-9)
        #expect(windowed.landmark == estimate.landmark && windowed.axis == estimate.summary?.axis)
        for (index, window) in windowed.windows.enumerated() {
            #expect(abs(window.startSeconds - 4 * Double(index)) < 1e-9)
            #expect(abs(window.frequencyHz - 5) < 0.01)
            #expect(abs((window.amplitudeMm ?? 0) - 2) < 0.01, "window \(index): \(window.amplitudeMm ?? .nan) mm")
            #expect(abs(window.rms - 2 / 2.0.squareRoot()) < 0.01)
        }
        #expect(windowed.amplitudesMm?.count == 10 && windowed.frequenciesHz.count == 10)
    }

    @Test("50 % overlap doubles the windows (less one) and says they are not independent")
    func overlap() throws {
        let track = TremorAnalyzerTests.track(fps: 30, seconds: 40) { t in SIMD3(sin(2 * .pi * 6 * t), 0, 0) }
        let analyzer = TremorAnalyzer()
        let estimate = try analyzer.analyze(track, spatial: TremorAnalyzerTests.millimetres).get()
        let windowed = try analyzer.windows(track, spatial: TremorAnalyzerTests.millimetres, estimate: estimate, overlap: 0.5).get()
        #expect(windowed.windows.count == 19 && windowed.overlapping && abs(windowed.hopSeconds - 2) < 1e-9)
        #expect(windowed.method.contains("not independent"))
    }

    @Test("simulated recordings: window amplitudes scatter around the truth, gaps split the windows",
          arguments: [UInt64(1), 2])
    func simulated(seed: UInt64) throws {
        let configuration = SimulationConfiguration(
            duration: 60, frameRate: 30, seed: seed, tremor: [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3)],
            noiseMillimetres: 0.5, gaps: [GapSpec(hand: .right, start: 19, length: 2)], jitterMilliseconds: 2,
            hands: [.right])
        let (recording, _) = RecordingSimulator.simulate(configuration)
        let track = try #require(recording[.right])
        let analyzer = TremorAnalyzer()
        let estimate = try analyzer.analyze(track, spatial: recording.spatial).get()
        let windowed = try analyzer.windows(track, spatial: recording.spatial, estimate: estimate).get()
        // The 19 s before the gap hold 4 windows, the 39 s after it 9.
        #expect(windowed.windows.count == 13, "\(windowed.windows.map(\.startSeconds))")
        let amplitudes = try #require(windowed.amplitudesMm)
        let mean = amplitudes.reduce(0, +) / Double(amplitudes.count)
        #expect(abs(mean / 3 - 1) < 0.15, "mean window amplitude \(mean) mm")
        #expect(windowed.frequenciesHz.allSatisfy { abs($0 - 5.2) < 0.3 })
        #expect(zip(windowed.windows, windowed.windows.dropFirst()).allSatisfy { $1.startSeconds - $0.startSeconds >= 4 - 0.1 })
    }

    @Test("a hand shorter than a window has no windows, with the reason")
    func tooShort() throws {
        let long = TremorAnalyzerTests.track(fps: 30, seconds: 10) { t in SIMD3(sin(2 * .pi * 5 * t), 0, 0) }
        let analyzer = TremorAnalyzer()
        let estimate = try analyzer.analyze(long, spatial: TremorAnalyzerTests.millimetres).get()
        let short = TremorAnalyzerTests.track(fps: 30, seconds: 3) { t in SIMD3(sin(2 * .pi * 5 * t), 0, 0) }
        guard case .failure(let reason) = analyzer.windows(short, spatial: TremorAnalyzerTests.millimetres, estimate: estimate) else {
            Issue.record("a 3 s hand gave windows")
            return
        }
        #expect(reason.metric == "tremor.windows" && reason.reason.contains("shorter than one 4.0 s window"))
    }

    @Test("JSON writes every key")
    func json() throws {
        let track = TremorAnalyzerTests.track(fps: 30, seconds: 8) { t in SIMD3(sin(2 * .pi * 5 * t), 0, 0) }
        let analyzer = TremorAnalyzer()
        let estimate = try analyzer.analyze(track, spatial: TremorAnalyzerTests.millimetres).get()
        let windowed = try analyzer.windows(track, spatial: TremorAnalyzerTests.millimetres, estimate: estimate).get()
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(windowed)) as? [String: Any])
        #expect(Set(object.keys) == ["hand", "landmark", "unit", "windowSeconds", "hopSeconds", "axis", "windows", "skippedWindows", "method"])
        let first = try #require((object["windows"] as? [[String: Any]])?.first)
        #expect(first.count == 7)
        #expect(try JSONDecoder().decode(WindowedTremor.self, from: JSONEncoder().encode(windowed)) == windowed)
    }
}
