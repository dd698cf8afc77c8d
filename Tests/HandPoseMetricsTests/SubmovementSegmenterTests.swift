import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("SubmovementSegmenter")
struct SubmovementSegmenterTests {
    /// Minimum-jerk speed bump of `duration` s starting at `start` s, sampled at `fs` over `total` s.
    static func bumps(_ movements: [(start: Double, duration: Double, peak: Double)], total: Double, fs: Double) -> [Double] {
        (0..<Int(total * fs)).map { k in
            let t = Double(k) / fs
            return movements.reduce(0) { sum, movement in
                let tau = (t - movement.start) / movement.duration
                guard tau > 0, tau < 1 else { return sum }
                return sum + movement.peak / 1.875 * (30 * tau * tau - 60 * tau * tau * tau + 30 * tau * tau * tau * tau)
            }
        }
    }

    @Test("two reaches separated by rest give two rest-to-rest segments")
    func twoReaches() throws {
        let speed = Self.bumps([(0.5, 1, 100), (2.5, 1, 50)], total: 4, fs: 100)
        let segments = try SubmovementSegmenter().segments(speed: speed, sampleRate: 100, start: 10)
        #expect(segments.count == 2)
        #expect(abs(segments[0].startSeconds - 10.5) < 0.02 && abs(segments[0].endSeconds - 11.5) < 0.02, "\(segments[0])")
        #expect(abs(segments[1].startSeconds - 12.5) < 0.02 && abs(segments[1].endSeconds - 13.5) < 0.02, "\(segments[1])")
        #expect(abs(segments[0].peakSpeed - 100) < 0.1)
        #expect(segments[1].count == segments[1].endIndex - segments[1].startIndex)
    }

    @Test("a short dip is an arrest inside one movement, a long rest separates two")
    func merging() throws {
        let touching = Self.bumps([(0.5, 1, 100), (1.3, 1, 100)], total: 3, fs: 100)
        #expect(try SubmovementSegmenter().segments(speed: touching, sampleRate: 100).count == 1)
        let apart = Self.bumps([(0.5, 1, 100), (1.8, 1, 100)], total: 3.5, fs: 100)
        #expect(try SubmovementSegmenter().segments(speed: apart, sampleRate: 100).count == 2)
    }

    @Test("gaps split movements; too-short bursts, zero and NaN speeds give nothing")
    func edges() throws {
        var speed = Self.bumps([(0.5, 1, 100)], total: 2, fs: 100)
        speed[100] = .nan
        let split = try SubmovementSegmenter().segments(speed: speed, sampleRate: 100)
        #expect(split.allSatisfy { !($0.startIndex...($0.endIndex - 1)).contains(100) })
        let burst = Self.bumps([(0.5, 0.2, 100)], total: 2, fs: 100)
        #expect(try SubmovementSegmenter().segments(speed: burst, sampleRate: 100).isEmpty)
        #expect(try SubmovementSegmenter().segments(speed: [0, 0, 0], sampleRate: 100).isEmpty)
        #expect(try SubmovementSegmenter().segments(speed: [.nan, .nan], sampleRate: 100).isEmpty)
        #expect(try SubmovementSegmenter().segments(speed: [], sampleRate: 100).isEmpty)
    }

    @Test("the threshold rises above the noise at rest")
    func noiseThreshold() throws {
        let segmenter = try SubmovementSegmenter()
        let clean = Self.bumps([(1, 1, 100)], total: 3, fs: 100)
        #expect(abs(segmenter.threshold(speed: clean) - 10) < 1e-9)
        let noisy = clean.map { $0 + 5 }
        #expect(abs(segmenter.threshold(speed: noisy) - 15) < 1e-9)
    }

    @Test("parameters are validated")
    func validation() {
        #expect(throws: SmoothnessConfigurationError.self) { try SubmovementSegmenter(thresholdFraction: 0) }
        #expect(throws: SmoothnessConfigurationError.self) { try SubmovementSegmenter(thresholdFraction: 1) }
        #expect(throws: SmoothnessConfigurationError.self) { try SubmovementSegmenter(noiseMultiplier: -1) }
        #expect(throws: SmoothnessConfigurationError.self) { try SubmovementSegmenter(minimumRestSeconds: -1) }
        #expect(throws: SmoothnessConfigurationError.self) { try SubmovementSegmenter(minimumDurationSeconds: .nan) }
    }
}
