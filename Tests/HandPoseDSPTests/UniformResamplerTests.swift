import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseDSP

@Suite("UniformResampler")
struct UniformResamplerTests {
    /// Jittered timestamps around `rate` Hz starting at `start`.
    static func jitteredTimes(count: Int, rate: Double, start: Double, seed: UInt64) -> [Double] {
        var generator = SplitMix(seed: seed)
        var time = start
        return (0..<count).map { _ in
            defer { time += (0.6 + 0.8 * generator.nextUnit()) / rate }
            return time
        }
    }

    @Test("linear signals are reproduced on the grid", arguments: [1, 2, 3] as [UInt64])
    func linear(seed: UInt64) throws {
        let times = Self.jitteredTimes(count: 400, rate: 30, start: 12.34, seed: seed)
        let values = times.map { 0.25 - 1.5 * $0 }
        let resampler = try UniformResampler(sampleRate: 60, maximumGap: 1)
        let (start, grid) = resampler.resample(times: times, values: values)
        #expect(start == times[0])
        #expect(grid.count == resampler.gridCount(from: times[0], to: times.last!))
        let expected = grid.indices.map { 0.25 - 1.5 * resampler.gridTime($0, start: start) }
        expectClose(grid, expected, relative: 1e-13, "seed \(seed)")
        #expect(grid.allSatisfy { $0.isFinite }, "seed \(seed)")
    }

    @Test("gaps longer than the maximum become NaN, shorter ones are bridged")
    func gaps() throws {
        // 10 Hz samples of t ↦ 2t, with detections missing at 1.0…1.2 s (0.4 s between valid
        // samples) and at 2.5 s (0.2 s between valid samples).
        var times = (0..<40).map { Double($0) / 10 }
        var values = times.map { 2 * $0 }
        for index in [10, 11, 12, 25] { values[index] = .nan }
        let resampler = try UniformResampler(sampleRate: 20, maximumGap: 0.25)
        let (start, grid) = resampler.resample(times: times, values: values)
        #expect(start == 0 && grid.count == 79)
        for (k, value) in grid.enumerated() {
            let t = resampler.gridTime(k, start: start)
            if t > 0.9 + 1e-12 && t < 1.3 - 1e-12 {
                #expect(value.isNaN, "t = \(t)")
            } else {
                #expect(abs(value - 2 * t) < 1e-12, "t = \(t): \(value)")
            }
        }
        // Leading and trailing missing samples are not extrapolated.
        values[0] = .nan
        values[39] = .nan
        times[39] = 3.95
        let (_, edged) = resampler.resample(times: times, values: values)
        #expect(edged.count == 80)
        #expect(edged[0].isNaN && edged[1].isNaN && edged[2] == values[1])
        #expect(edged[76] == values[38] && edged[77].isNaN && edged[79].isNaN)
    }

    @Test("a gap of exactly the maximum is bridged; an empty input gives an empty grid")
    func boundaries() throws {
        let resampler = try UniformResampler(sampleRate: 4, maximumGap: 0.5)
        let (_, grid) = resampler.resample(times: [0, 0.5, 1.5], values: [0, 1, 3])
        #expect(grid.count == 7)
        #expect(grid[0] == 0 && grid[1] == 0.5 && grid[2] == 1 && grid[3].isNaN && grid[5].isNaN && grid[6] == 3)
        #expect(resampler.resample(times: [], values: []).values.isEmpty)
        #expect(throws: FilterConfigurationError.self) { try UniformResampler(sampleRate: 0, maximumGap: 1) }
        #expect(throws: FilterConfigurationError.self) { try UniformResampler(sampleRate: 30, maximumGap: -1) }
    }

    @Test("sampling a uniform series back at arbitrary times is exact on lines and NaN outside")
    func reverse() throws {
        let resampler = try UniformResampler(sampleRate: 30, maximumGap: 0.1)
        let start = 3.0
        let uniform = (0..<90).map { 1 + 0.5 * (start + Double($0) / 30) }
        let times = Self.jitteredTimes(count: 70, rate: 27, start: 3.0, seed: 11)  // ends before 3 + 89/30 s
        let sampled = resampler.sample(uniform, start: start, at: times)
        expectClose(sampled, times.map { 1 + 0.5 * $0 }, relative: 1e-13, "seed 11")
        let outside = resampler.sample(uniform, start: start, at: [2.9, start + 89.5 / 30, 10])
        #expect(outside.allSatisfy { $0.isNaN })
        var holed = uniform
        holed[10] = .nan
        let around = resampler.sample(holed, start: start, at: [start + 9.5 / 30, start + 10.5 / 30, start + 11 / 30])
        #expect(around[0].isNaN && around[1].isNaN && abs(around[2] - holed[11]) < 1e-15)
    }

    @Test("resampling onto a grid and back reproduces a smooth signal closely")
    func roundTrip() throws {
        let times = Self.jitteredTimes(count: 600, rate: 60, start: 0, seed: 5)
        let values = times.map { sin(2 * .pi * 0.7 * $0) }
        let resampler = try UniformResampler(sampleRate: 120, maximumGap: 0.1)
        let (start, grid) = resampler.resample(times: times, values: values)
        let back = resampler.sample(grid, start: start, at: times)
        let worst = zip(back, values).map { abs($0 - $1) }.max()!
        #expect(worst < 1e-3, "seed 5: worst \(worst)")
    }
}
