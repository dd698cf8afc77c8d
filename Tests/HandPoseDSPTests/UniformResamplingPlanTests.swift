import Testing
@testable import HandPoseDSP

@Suite("UniformResamplingPlan")
struct UniformResamplingPlanTests {
    /// xorshift64*, so the cases are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
    }

    /// Jittered frame times at `rate` with some frames dropped, some on the grid exactly.
    static func times(count: Int, rate: Double, using generator: inout Generator) -> [Double] {
        var times: [Double] = []
        var t = 0.25
        while times.count < count {
            let dropped = Double.random(in: 0..<1, using: &generator) < 0.03
            if !dropped {
                let onGrid = Double.random(in: 0..<1, using: &generator) < 0.2
                times.append(onGrid ? t : t + Double.random(in: -0.002...0.002, using: &generator))
            }
            t += 1 / rate
        }
        return times
    }

    static func resampled(_ resampler: UniformResampler, _ times: [Double], _ values: [Double]) -> [Double] {
        resampler.resample(times: times, values: values).values
    }

    static func planned(_ plan: UniformResamplingPlan, _ values: [Double]) -> [Double]? {
        var output = [Double](repeating: 0, count: plan.gridCount)
        let applied = values.withUnsafeBufferPointer { x in output.withUnsafeMutableBufferPointer { plan.apply(x, into: $0) } }
        return applied ? output : nil
    }

    @Test("bit-identical to resampling each series, with missing samples, gaps and samples on the grid", arguments: [1 as UInt64, 2, 3, 4, 5])
    func matchesResampler(seed: UInt64) throws {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15 &* seed)
        for (rate, gap) in [(30.0, Double.infinity), (60, 0.1), (29.97, 0.05)] {
            let resampler = try UniformResampler(sampleRate: rate, maximumGap: gap)
            let times = Self.times(count: 400, rate: rate, using: &generator)
            let missing = (0..<times.count).map { _ in Double.random(in: 0..<1, using: &generator) < 0.05 }
            let series = (0..<3).map { _ in
                times.indices.map { i in missing[i] ? Double.nan : Double.random(in: -1...1, using: &generator) }
            }
            let plan = times.withUnsafeBufferPointer { t in
                series[0].withUnsafeBufferPointer { UniformResamplingPlan(resampler: resampler, times: t, reference: $0) }
            }
            for values in series {
                let expected = Self.resampled(resampler, times, values)
                let actual = try #require(Self.planned(plan, values))
                #expect(actual.map(\.bitPattern) == expected.map(\.bitPattern), "rate \(rate) gap \(gap)")
            }
        }
    }

    @Test("declines a series whose missing samples differ, and keeps a negative zero on a sample")
    func declinesAndKeepsSignedZero() throws {
        let resampler = try UniformResampler(sampleRate: 10, maximumGap: .infinity)
        let times = [0.0, 0.1, 0.2, 0.3]
        let plan = times.withUnsafeBufferPointer { t in
            [1.0, 2, 3, 4].withUnsafeBufferPointer { UniformResamplingPlan(resampler: resampler, times: t, reference: $0) }
        }
        #expect(Self.planned(plan, [1, .nan, 3, 4]) == nil)
        let values = [-0.0, 2, 3, 4]
        let actual = try #require(Self.planned(plan, values))
        #expect(actual.map(\.bitPattern) == Self.resampled(resampler, times, values).map(\.bitPattern))
        #expect(actual[0].sign == .minus)
    }

    @Test("an empty series and a single sample")
    func degenerate() throws {
        let resampler = try UniformResampler(sampleRate: 30, maximumGap: 1)
        let empty = [Double]().withUnsafeBufferPointer { UniformResamplingPlan(resampler: resampler, times: $0, reference: $0) }
        #expect(empty.gridCount == 0 && Self.planned(empty, []) == [])
        let one = [2.0].withUnsafeBufferPointer { t in [5.0].withUnsafeBufferPointer { UniformResamplingPlan(resampler: resampler, times: t, reference: $0) } }
        #expect(Self.planned(one, [7]) == [7])
    }
}
