import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("ParticleMotionModel")
struct ParticleMotionModelTests {
    /// One prediction step of `count` particles all at `[p₀, v₀] = [1, 2]` with the ziggurat draws of
    /// `seed`; returns the increments `[p − (p₀ + dt·v₀), v − v₀]` per particle.
    static func predictedIncrements(_ motion: ParticleMotionModel, count: Int, dt: Double, seed: UInt64) -> (position: [Double], velocity: [Double]) {
        var positions = [Double](repeating: 1, count: count), velocities = [Double](repeating: 2, count: count)
        var draws = [Double](repeating: .nan, count: motion.normalsPerStep * count)
        var exponents = [Double](repeating: 0, count: count)
        var random = ZigguratParticleSource(seed: seed)
        draws.withUnsafeMutableBufferPointer { random.fillGaussians($0) }
        positions.withUnsafeMutableBufferPointer { p in
            velocities.withUnsafeMutableBufferPointer { v in
                draws.withUnsafeBufferPointer { e in
                    exponents.withUnsafeMutableBufferPointer { scratch in
                        ParticleFilterRecursion.predict(
                            motion, timeStep: dt, positions: p.baseAddress!, velocities: v.baseAddress!, draws: e.baseAddress!,
                            count: count, measurement: 0, likelihoodScale: 0, exponents: scratch.baseAddress!)
                    }
                }
            }
        }
        return (positions.map { $0 - (1 + dt * 2) }, velocities.map { $0 - 2 })
    }

    /// The sample covariance `[[var p, cov], [cov, var v]]` of the increments.
    static func covariance(_ a: [Double], _ b: [Double]) -> (Double, Double, Double) {
        let n = Double(a.count), meanA = a.reduce(0, +) / n, meanB = b.reduce(0, +) / n
        var paa = 0.0, pab = 0.0, pbb = 0.0
        for (x, y) in zip(a, b) {
            paa += (x - meanA) * (x - meanA)
            pab += (x - meanA) * (y - meanB)
            pbb += (y - meanB) * (y - meanB)
        }
        return (paa / (n - 1), pab / (n - 1), pbb / (n - 1))
    }

    @Test("white acceleration: one step's spread is q·[[dt⁴/4, dt³/2], [dt³/2, dt²]] (20 000 particles)", arguments: [UInt64(1), 2, 3])
    func whiteAccelerationCovariance(seed: UInt64) {
        let sigma = 1000.0, q = sigma * sigma, dt = 1.0 / 60
        let (p, v) = Self.predictedIncrements(.whiteAcceleration(sigma: sigma), count: 20_000, dt: dt, seed: seed)
        let (pp, pv, vv) = Self.covariance(p, v)
        // The relative standard error of a variance from 20 000 normal samples is √(2/N) = 1 %: 5 %
        // is five standard errors.
        let expected = (q * dt * dt * dt * dt / 4, q * dt * dt * dt / 2, q * dt * dt)
        #expect(abs(pp / expected.0 - 1) < 0.05, "seed \(seed): var p \(pp), expected \(expected.0)")
        #expect(abs(pv / expected.1 - 1) < 0.05, "seed \(seed): cov \(pv), expected \(expected.1)")
        #expect(abs(vv / expected.2 - 1) < 0.05, "seed \(seed): var v \(vv), expected \(expected.2)")
        // One acceleration drives both: the correlation is 1 up to rounding.
        #expect(abs(pv / (pp * vv).squareRoot() - 1) < 1e-12)
    }

    @Test("independent diffusion: one step's spread is diag(σp², σv²), uncorrelated", arguments: [UInt64(1), 2])
    func independentDiffusionCovariance(seed: UInt64) {
        let (p, v) = Self.predictedIncrements(.independentDiffusion(position: 0.2, velocity: 20), count: 20_000, dt: 1.0 / 60, seed: seed)
        let (pp, pv, vv) = Self.covariance(p, v)
        #expect(abs(pp / 0.04 - 1) < 0.05 && abs(vv / 400 - 1) < 0.05, "seed \(seed): \(pp), \(vv)")
        #expect(abs(pv / (pp * vv).squareRoot()) < 0.04, "seed \(seed): correlation \(pv / (pp * vv).squareRoot())")
    }

    @Test("draws per particle, coordinate and step: 2 for independent diffusion, 1 for white acceleration")
    func normalsPerStep() {
        #expect(ParticleMotionModel.independentDiffusion(position: 1, velocity: 1).normalsPerStep == 2)
        #expect(ParticleMotionModel.whiteAcceleration(sigma: 1).normalsPerStep == 1)
    }
}
