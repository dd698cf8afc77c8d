import HandPoseTestSupport
import Foundation
import HandPoseCore
import HandPoseDSP
import Testing
@testable import HandPoseMetrics

@Suite("TremorCrossSpectrum")
struct TremorCrossSpectrumTests {
    /// Three correlated coordinates with a slow drift, a 5.5 Hz oscillation and seeded noise.
    static func coordinates(count: Int, sampleRate: Double, seed: UInt64) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<3).map { axis in
            (0..<count).map { n in
                let t = Double(n) / sampleRate
                return 2 * sin(2 * .pi * 0.3 * t + Double(axis)) + Double(axis + 1) * 0.4 * sin(2 * .pi * 5.5 * t)
                    + 0.05 * generator.nextGaussian() + 0.01 * Double(axis) * t
            }
        }
    }

    @Test("the diagonal is scipy's welch with a linear detrend, and uᵀSu is the welch of the projection", arguments: [(30.0, 700), (60.0, 1000), (25.0, 333)])
    func matchesWelch(sampleRate: Double, count: Int) throws {
        let x = Self.coordinates(count: count, sampleRate: sampleRate, seed: 7)
        let length = Int((4 * sampleRate).rounded())
        let cross = TremorCrossSpectrum(
            dimensions: 3, sampleRate: sampleRate, segmentLength: length, overlap: length / 2, fftLength: 2 * length, band: 3...12)
        // Two stretches: segments from both are averaged together, as one Welch over their segments.
        let split = count / 2
        let first = x.map { Array($0[0..<split]) }, second = x.map { Array($0[split...]) }
        cross.add(first)
        cross.add(second)
        func welch(_ signal: [Double]) throws -> (f: [Double], p: [Double], k: Int) {
            let (f, p) = try Welch.powerSpectralDensity(
                signal, sampleRate: sampleRate, segmentLength: length, overlap: length / 2, fftLength: 2 * length, detrend: .linear)
            return (f, p, (signal.count - length / 2) / (length - length / 2))
        }
        func pooled(_ parts: [[Double]]) throws -> [Double] {
            let results = try parts.map(welch)
            let total = results.reduce(0) { $0 + $1.k }
            return results[0].p.indices.map { m in results.reduce(0) { $0 + $1.p[m] * Double($1.k) } / Double(total) }
        }
        #expect(cross.segments == (try welch(first[0]).k + welch(second[0]).k))
        #expect(cross.frequencies == (try welch(first[0]).f))
        for axis in 0..<3 {
            let expected = try pooled([first[axis], second[axis]])
            expectClose(cross.bins.map { cross.density(pair: axis, bin: $0) }, expected, relative: 1e-11, absolute: 0, "S_\(axis)\(axis)")
        }
        let u = [0.48, 0.6, 0.64]  // unit length
        let project = { (parts: [[Double]]) in parts[0].indices.map { t in (0..<3).reduce(0.0) { $0 + u[$1] * parts[$1][t] } } }
        expectClose(cross.projectedDensity(u), try pooled([project(first), project(second)]), relative: 1e-11, absolute: 0, "uᵀSu")
    }

    @Test("the band-limited covariance finds the oscillation's axis, not the larger slow drift's")
    func bandAxis() throws {
        let sampleRate = 30.0
        let direction = [0.6, 0.8, 0.0]
        var generator = SeededGenerator(seed: 3)
        // Drift of 20 units along x at 0.25 Hz; tremor 1 unit along (0.6, 0.8, 0) at 6 Hz.
        let x: [[Double]] = (0..<3).map { axis in
            (0..<900).map { n in
                let t = Double(n) / sampleRate
                return (axis == 0 ? 20 * sin(2 * .pi * 0.25 * t) : 0) + direction[axis] * sin(2 * .pi * 6 * t) + 0.01 * generator.nextGaussian()
            }
        }
        let cross = TremorCrossSpectrum(dimensions: 3, sampleRate: sampleRate, segmentLength: 120, overlap: 60, fftLength: 240, band: 3...12)
        cross.add(x)
        let covariance = try #require(cross.bandCovariance())
        let axis = try #require(PrincipalAxis.fit(covariance: covariance))
        let alignment = abs(zip(axis.direction, direction).reduce(0) { $0 + $1.0 * $1.1 })
        #expect(alignment > 0.999)
        // In-band power of each segment of the projection ≈ A²/2 = 0.5.
        for power in cross.projectedSegmentBandPower(axis.direction) { #expect(abs(power - 0.5) < 0.02) }
        #expect(cross.projectedSegmentBandPower(axis.direction).count == cross.segments)
    }

    @Test("reset forgets every segment; a stretch shorter than a segment adds none")
    func reset() {
        let cross = TremorCrossSpectrum(dimensions: 2, sampleRate: 30, segmentLength: 120, overlap: 60, fftLength: 240, band: 3...12)
        let x = Self.coordinates(count: 300, sampleRate: 30, seed: 1).prefix(2).map { $0 }
        cross.add(x)
        #expect(cross.segments == 4)
        cross.reset()
        #expect(cross.segments == 0 && cross.segmentBandPower.isEmpty && cross.bandCovariance() == nil)
        cross.add(x.map { Array($0[0..<100]) })
        #expect(cross.segments == 0)
    }
}

extension TremorCrossSpectrum {
    var bins: Range<Int> { 0..<binCount }
}
