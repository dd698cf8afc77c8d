import HandPoseTestSupport
import HandPoseCore
import HandPoseNumerics
import Testing
@testable import HandPoseDSP

/// Replays recorded draws: Gaussians and uniforms each from their own array, in order.
struct ReplayedDraws: ParticleRandomSource {
    var gaussians: [Double]
    var uniforms: [Double]
    var nextGaussianIndex = 0
    var nextUniformIndex = 0

    init(gaussians: [Double], uniforms: [Double]) {
        self.gaussians = gaussians
        self.uniforms = uniforms
    }

    mutating func nextGaussian() -> Double {
        defer { nextGaussianIndex += 1 }
        return gaussians[nextGaussianIndex]
    }

    mutating func nextUniform() -> Double {
        defer { nextUniformIndex += 1 }
        return uniforms[nextUniformIndex]
    }
}

@Suite("ParticleFilter")
struct ParticleFilterTests {
    static func filter(seed: UInt64 = 0, particles: Int = 500) throws -> ParticleFilter {
        try ParticleFilter(sampleRate: 60, particles: particles, positionDiffusion: 0.2, velocityDiffusion: 20, measurementNoise: 1, seed: seed)
    }

    // MARK: Properties

    @Test("deterministic for a seed, different for another seed")
    func deterministic() throws {
        let (_, z) = noisySmoothSignal(count: 300, sampleRate: 60, noise: 1, seed: 9)
        let a = try Self.filter(seed: 1).run(z), b = try Self.filter(seed: 1).run(z), c = try Self.filter(seed: 2).run(z)
        #expect(a == b)
        #expect(a.positions != c.positions)
        #expect(try Self.filter(seed: 1).apply(z) == a.positions)
    }

    @Test("tracks a noisy smooth signal better than the raw measurements", arguments: [UInt64(1), 2, 3])
    func tracks(seed: UInt64) throws {
        let (truth, z) = noisySmoothSignal(count: 600, sampleRate: 60, noise: 1, seed: seed)
        let result = try Self.filter(seed: seed).run(z)
        let error = rootMeanSquareError(result.positions, truth, skipping: 20)
        #expect(error < 0.8 * rootMeanSquareError(z, truth, skipping: 20), "seed \(seed): error \(error)")
        #expect(result.effectiveSampleSizes.allSatisfy { $0 >= 1 - 1e-9 && $0 <= 500 + 1e-9 }, "seed \(seed)")
        #expect(result.resamplingCount > 0 && result.resamplingCount < z.count, "seed \(seed)")
        #expect(zip(result.resampledSteps, result.resampledSteps.dropFirst()).allSatisfy { $0 < $1 })
        for step in result.resampledSteps { #expect(result.effectiveSampleSizes[step] < 250, "seed \(seed), step \(step)") }
    }

    @Test("without a given measurement noise it is estimated per run and the filter keeps the signal at 5 mm noise", arguments: [30.0, 60.0])
    func estimatedMeasurementNoise(sampleRate: Double) throws {
        let (truth, z) = noisySmoothSignal(count: Int(20 * sampleRate), sampleRate: sampleRate, noise: 5, seed: 12)
        // The presets' defaults: white acceleration 1e6 mm²/s⁴ (σ = 1000 mm/s²).
        let dt = 1 / sampleRate
        let estimated = try ParticleFilter(
            sampleRate: sampleRate, positionDiffusion: 1000 * dt * dt / 2, velocityDiffusion: 1000 * dt, measurementNoise: nil, seed: 3)
        let fixed = try ParticleFilter(
            sampleRate: sampleRate, positionDiffusion: 1000 * dt * dt / 2, velocityDiffusion: 1000 * dt, measurementNoise: 1, seed: 3)
        let raw = rootMeanSquareError(z, truth, skipping: 20)
        let withEstimate = rootMeanSquareError(estimated.apply(z), truth, skipping: 20)
        let withFixed = rootMeanSquareError(fixed.apply(z), truth, skipping: 20)
        #expect(withEstimate < 0.8 * raw, "\(sampleRate) fps: raw \(raw), estimated R \(withEstimate)")
        #expect(withFixed > withEstimate, "\(sampleRate) fps: a 1 mm² R on 5 mm noise: \(withFixed)")
        z.withUnsafeBufferPointer { buffer in
            #expect(abs(estimated.measurementNoise(for: buffer).squareRoot() / 5 - 1) < 0.1)
            #expect(fixed.measurementNoise(for: buffer) == 1)
        }
        #expect(estimated.parameters["measurementNoise"]?.hasPrefix("estimated per run") == true)
    }

    @Test("threshold 0 never resamples, threshold N resamples every step")
    func thresholds() throws {
        let (_, z) = noisySmoothSignal(count: 50, sampleRate: 60, noise: 1, seed: 3)
        let never = try ParticleFilter(sampleRate: 60, particles: 100, positionDiffusion: 0.2, velocityDiffusion: 20, measurementNoise: 1, resamplingThreshold: 0)
        let always = try ParticleFilter(sampleRate: 60, particles: 100, positionDiffusion: 0.2, velocityDiffusion: 20, measurementNoise: 1, resamplingThreshold: 100)
        #expect(never.run(z).resamplingCount == 0)
        #expect(always.run(z).resampledSteps == Array(0..<50))
    }

    @Test("rejects invalid parameters by name")
    func rejects() {
        #expect(throws: FilterConfigurationError(parameter: "particles", "particles 1 must be at least 2")) {
            try ParticleFilter(sampleRate: 30, particles: 1, positionDiffusion: 1, velocityDiffusion: 1, measurementNoise: 1)
        }
        #expect(throws: FilterConfigurationError.self) { try ParticleFilter(sampleRate: 30, positionDiffusion: -1, velocityDiffusion: 1, measurementNoise: 1) }
        #expect(throws: FilterConfigurationError.self) { try ParticleFilter(sampleRate: 30, positionDiffusion: 0, velocityDiffusion: 0, measurementNoise: 1) }
        #expect(throws: FilterConfigurationError.self) { try ParticleFilter(sampleRate: 30, positionDiffusion: 1, velocityDiffusion: 1, measurementNoise: 0) }
        #expect(throws: FilterConfigurationError.self) {
            try ParticleFilter(sampleRate: 30, particles: 10, positionDiffusion: 1, velocityDiffusion: 1, measurementNoise: 1, resamplingThreshold: 11)
        }
    }

    // MARK: White-noise acceleration (DWNA)

    static func whiteAcceleration(seed: UInt64 = 0, particles: Int = 500, measurementNoise: Double? = 1) throws -> ParticleFilter {
        try ParticleFilter(
            sampleRate: 60, particles: particles, motionModel: .whiteAcceleration(sigma: 1000), measurementNoise: measurementNoise, seed: seed)
    }

    @Test("white acceleration: deterministic for a seed, different from another seed and from independent diffusion")
    func whiteAccelerationDeterministic() throws {
        let (_, z) = noisySmoothSignal(count: 300, sampleRate: 60, noise: 1, seed: 9)
        let a = try Self.whiteAcceleration(seed: 1).run(z), b = try Self.whiteAcceleration(seed: 1).run(z)
        #expect(a == b)
        #expect(a.positions != (try Self.whiteAcceleration(seed: 2).run(z)).positions)
        #expect(try Self.whiteAcceleration(seed: 1).apply(z) == a.positions)
        let dt = 1.0 / 60
        let independent = try ParticleFilter(
            sampleRate: 60, positionDiffusion: 1000 * dt * dt / 2, velocityDiffusion: 1000 * dt, measurementNoise: 1, seed: 1)
        #expect(independent.run(z).positions != a.positions)
    }

    @Test("white acceleration tracks a noisy sinusoid better than the raw measurements", arguments: [UInt64(1), 2, 3])
    func whiteAccelerationTracks(seed: UInt64) throws {
        let (truth, z) = noisySmoothSignal(count: 600, sampleRate: 60, noise: 1, seed: seed)
        let result = try Self.whiteAcceleration(seed: seed).run(z)
        let error = rootMeanSquareError(result.positions, truth, skipping: 20)
        #expect(error < 0.8 * rootMeanSquareError(z, truth, skipping: 20), "seed \(seed): error \(error)")
        #expect(result.effectiveSampleSizes.allSatisfy { $0 >= 1 - 1e-9 && $0 <= 500 + 1e-9 }, "seed \(seed)")
        #expect(result.resamplingCount > 0 && result.resamplingCount < z.count, "seed \(seed)")
        // With the measurement noise estimated from the data too.
        let estimated = try Self.whiteAcceleration(seed: seed, measurementNoise: nil).apply(z)
        #expect(rootMeanSquareError(estimated, truth, skipping: 20) < 0.8 * rootMeanSquareError(z, truth, skipping: 20), "seed \(seed)")
    }

    @Test("white acceleration draws one normal per particle and step (plus two per particle at the start) and one uniform per step")
    func whiteAccelerationDraws() throws {
        let (_, z) = noisySmoothSignal(count: 40, sampleRate: 60, noise: 1, seed: 5)
        let particles = 64
        var source = ZigguratParticleSource(seed: 8)
        let gaussians = (0..<(2 * particles + z.count * particles)).map { _ in source.nextGaussian() }
        var draws = ReplayedDraws(gaussians: gaussians, uniforms: (0..<z.count).map { _ in source.nextUniform() })
        let filter = try Self.whiteAcceleration(particles: particles)
        let result = filter.run(z, random: &draws)
        #expect(draws.nextGaussianIndex == gaussians.count)
        #expect(draws.nextUniformIndex == z.count)
        #expect(result.positions.allSatisfy { $0.isFinite })
    }

    @Test("white acceleration: its own algorithm id and parameters; the default's are unchanged")
    func whiteAccelerationIdentity() throws {
        let filter = try Self.whiteAcceleration()
        #expect(filter.algorithmID == "particle-filter-dwna-systematic/1")
        #expect(filter.parameters["accelerationNoise"] == "1000.0")
        #expect(filter.parameters["positionDiffusion"] == nil)
        #expect(abs(filter.positionDiffusion - 1000.0 / 7200) < 1e-15 && abs(filter.velocityDiffusion - 1000.0 / 60) < 1e-12)
        #expect(LandmarkParticleFilter(filter).algorithmID == "particle-filter-dwna-joint/1")
        let independent = try Self.filter()
        #expect(independent.algorithmID == "particle-filter-cv-systematic/2")
        #expect(independent.motionModel == .independentDiffusion(position: 0.2, velocity: 20))
        #expect(Set(independent.parameters.keys) == [
            "sampleRateHz", "particles", "positionDiffusion", "velocityDiffusion", "measurementNoise", "resamplingThreshold", "seed",
            "initialCovariance",
        ])
        #expect(throws: FilterConfigurationError.self) {
            try ParticleFilter(sampleRate: 60, motionModel: .whiteAcceleration(sigma: 0), measurementNoise: 1)
        }
        #expect(throws: FilterConfigurationError.self) {
            try ParticleFilter(sampleRate: 60, motionModel: .whiteAcceleration(sigma: .infinity), measurementNoise: 1)
        }
    }

    // MARK: Golden

    @Test("reproduces golden particle_filter_cv from its own draws")
    func golden() throws {
        let golden = Golden.object("particle_filter_cv")
        let n = Int(Golden.double(golden["n_particles"]))
        let z = Array(Golden.input("z_d").prefix(Golden.rows(golden["estimates"]).count))
        let dt = Golden.double(golden["dt"])
        let filter = try ParticleFilter(
            sampleRate: 1 / dt, particles: n, positionDiffusion: Golden.double(golden["sig_pos"]),
            velocityDiffusion: Golden.double(golden["sig_vel"]), measurementNoise: Golden.double(golden["R"]))
        #expect(1 / filter.sampleRate == dt)
        let initial = Golden.rows(golden["init_normals"]).flatMap { $0 }
        let process = (golden["proc_normals"] as! [Any]).flatMap { Golden.rows($0).flatMap { $0 } }
        var draws = ReplayedDraws(gaussians: initial + process, uniforms: Golden.doubles(golden["resample_u"]))
        let result = filter.run(
            z, initialState: Golden.doubles(golden["x0"]), initialCovariance: .diagonal(Golden.doubles(golden["P0_diag"])), random: &draws)
        #expect(draws.nextGaussianIndex == draws.gaussians.count)
        #expect(draws.nextUniformIndex == draws.uniforms.count)
        #expect(result.resampledSteps == Golden.doubles(golden["resampled_at_steps"]).map { Int($0) })
        let estimates = Golden.rows(golden["estimates"])
        expectClose(result.positions, estimates.map { $0[0] }, relative: 1e-9, absolute: 0, "positions")
        expectClose(result.velocities, estimates.map { $0[1] }, relative: 1e-9, absolute: 0, "velocities")
        expectClose(result.effectiveSampleSizes, Golden.doubles(golden["ess"]), relative: 1e-9, absolute: 0, "ess")
    }
}
