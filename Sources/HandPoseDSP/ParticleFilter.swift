import HandPoseCore
import HandPoseNumerics

/// A bootstrap particle filter of one channel of positions under the constant-velocity model,
/// with systematic resampling when the effective sample size falls below a threshold; seeded and
/// deterministic.
///
/// - Model: each particle `[p, v]` moves by ``motionModel``: by default (independent diffusion,
///   `particle-filter-cv-systematic/2`) as `p += dt·v + σp·e`, `v += σv·e'` (e, e' standard
///   normal; ``positionDiffusion`` σp in units, ``velocityDiffusion`` σv in units/s, both per step);
///   or by the discrete white-noise acceleration (DWNA, `particle-filter-dwna-systematic/1`;
///   Bar-Shalom, Li & Kirubarajan 2001, §6.3.3) as `a = σa·e`, `p += dt·v + ½dt²·a`, `v += dt·a`,
///   one normal per step instead of two (see ``ParticleMotionModel``). Each particle is weighted by
///   the Gaussian likelihood of the measurement, variance `measurementNoise` R (units²; estimated
///   from each run's samples by ``MeasurementNoiseEstimate`` when not given).
///   The estimate is the weighted mean. See `ParticleFilterRecursion` for the order of
///   operations (golden `particle_filter_cv`: predict → weight → normalise → estimate → resample).
/// - Start of a run: `x₀ = [z₀, 0]`, `P₀ = 9·diag(R, R/dt²)` (three measurement standard deviations,
///   per step for the velocity). ``run(_:initialState:initialCovariance:random:)`` accepts any.
/// - Randomness: ``ZigguratParticleSource`` with ``seed``, fresh for every run, so `apply` is
///   reproducible and thread-safe; any ``ParticleRandomSource`` through `run`. The likelihood uses
///   ``DeterministicMath/exp(_:)-(SIMD8<Double>)``, so a seed gives the same output on every platform.
/// - Output of `apply`: the estimated positions. `run` also returns velocities, the effective
///   sample size `1/Σw²` per step and the steps that resampled.
///
/// O(T·N) time for T samples and N particles, O(N) memory besides the output.
public struct ParticleFilter: ChannelFilter, Hashable {
    /// Samples per second.
    public let sampleRate: Double
    /// The number of particles N.
    public let particles: Int
    /// How the particles move between samples (default: independent diffusion).
    public let motionModel: ParticleMotionModel
    /// σp, the standard deviation of the position noise added per step (units): the independent
    /// diffusion's, or the white acceleration's `½dt²·σa`.
    public var positionDiffusion: Double {
        switch motionModel {
        case .independentDiffusion(let position, _): position
        case .whiteAcceleration(let sigma): sigma / (2 * sampleRate * sampleRate)
        }
    }
    /// σv, the standard deviation of the velocity noise added per step (units/s): the independent
    /// diffusion's, or the white acceleration's `dt·σa`.
    public var velocityDiffusion: Double {
        switch motionModel {
        case .independentDiffusion(_, let velocity): velocity
        case .whiteAcceleration(let sigma): sigma / sampleRate
        }
    }
    /// The measurement variance R (units²); `nil`: estimated from each run's samples
    /// (``MeasurementNoiseEstimate``).
    public let measurementNoise: Double?
    /// Resample when the effective sample size is below this (default N/2).
    public let resamplingThreshold: Double
    /// The seed of the ``ZigguratParticleSource`` that `apply` and `run(_:)` use.
    public let seed: UInt64

    /// The independent-diffusion filter (``ParticleMotionModel/independentDiffusion(position:velocity:)``).
    ///
    /// - Throws: ``FilterConfigurationError`` unless `sampleRate` and `measurementNoise` (when
    ///   given) are positive, the diffusions non-negative with at least one positive, `particles ≥ 2` and
    ///   `resamplingThreshold` in `[0, particles]`.
    public init(
        sampleRate: Double, particles: Int = 500, positionDiffusion: Double, velocityDiffusion: Double,
        measurementNoise: Double?, resamplingThreshold: Double? = nil, seed: UInt64 = 0
    ) throws(FilterConfigurationError) {
        try self.init(
            sampleRate: sampleRate, particles: particles,
            motionModel: .independentDiffusion(position: positionDiffusion, velocity: velocityDiffusion),
            measurementNoise: measurementNoise, resamplingThreshold: resamplingThreshold, seed: seed)
    }

    /// The filter with any motion model.
    ///
    /// - Throws: ``FilterConfigurationError`` unless `sampleRate` and `measurementNoise` (when
    ///   given) are positive, the diffusions non-negative with at least one positive (independent
    ///   diffusion) or σa finite and positive (white acceleration; parameter `accelerationNoise`),
    ///   `particles ≥ 2` and `resamplingThreshold` in `[0, particles]`.
    public init(
        sampleRate: Double, particles: Int = 500, motionModel: ParticleMotionModel,
        measurementNoise: Double?, resamplingThreshold: Double? = nil, seed: UInt64 = 0
    ) throws(FilterConfigurationError) {
        try KalmanFilter.requirePositive(sampleRate, "sampleRate", unit: " Hz")
        if let measurementNoise { try KalmanFilter.requirePositive(measurementNoise, "measurementNoise", unit: "") }
        guard particles >= 2 else {
            throw FilterConfigurationError(parameter: "particles", "particles \(particles) must be at least 2")
        }
        switch motionModel {
        case let .independentDiffusion(positionDiffusion, velocityDiffusion):
            for (name, value) in [("positionDiffusion", positionDiffusion), ("velocityDiffusion", velocityDiffusion)] {
                guard value.isFinite, value >= 0 else {
                    throw FilterConfigurationError(parameter: name, "\(name) \(value) must be finite and non-negative")
                }
            }
            guard positionDiffusion + velocityDiffusion > 0 else {
                throw FilterConfigurationError(parameter: "positionDiffusion", "positionDiffusion and velocityDiffusion are both 0; the particles would never spread")
            }
        case let .whiteAcceleration(sigma):
            guard sigma.isFinite, sigma > 0 else {
                throw FilterConfigurationError(
                    parameter: "accelerationNoise", "white-acceleration standard deviation \(sigma) must be finite and above 0 (σa = √q, q the process noise)")
            }
        }
        let threshold = resamplingThreshold ?? Double(particles) / 2
        guard threshold >= 0, threshold <= Double(particles) else {
            throw FilterConfigurationError(parameter: "resamplingThreshold", "resamplingThreshold \(threshold) must be in [0, \(particles)] (the effective sample size ranges over 1...N)")
        }
        self.sampleRate = sampleRate
        self.particles = particles
        self.motionModel = motionModel
        self.measurementNoise = measurementNoise
        self.resamplingThreshold = threshold
        self.seed = seed
    }

    /// `particle-filter-cv-systematic/2` (independent diffusion) or
    /// `particle-filter-dwna-systematic/1` (white acceleration).
    public var algorithmID: String {
        switch motionModel {
        case .independentDiffusion: "particle-filter-cv-systematic/2"
        case .whiteAcceleration: "particle-filter-dwna-systematic/1"
        }
    }

    public var parameters: [String: String] {
        var parameters = [
            "sampleRateHz": "\(sampleRate)", "particles": "\(particles)",
            "measurementNoise": measurementNoise.map { "\($0)" } ?? "estimated per run: (median |second difference| / (0.6745 sqrt 6))^2",
            "resamplingThreshold": "\(resamplingThreshold)", "seed": "\(seed)", "initialCovariance": "9 diag(R, R/dt^2)",
        ]
        switch motionModel {
        case let .independentDiffusion(position, velocity):
            parameters["positionDiffusion"] = "\(position)"
            parameters["velocityDiffusion"] = "\(velocity)"
        case let .whiteAcceleration(sigma):
            parameters["motionModel"] = "dwna: a = sigma e, p += dt v + dt^2/2 a, v += dt a"
            parameters["accelerationNoise"] = "\(sigma)"
        }
        return parameters
    }

    public var minimumLength: Int { 1 }

    /// `9·diag(R, R/dt²)` for the measurement variance `r`.
    public func defaultInitialCovariance(measurementNoise r: Double) -> Matrix {
        let dt = 1 / sampleRate
        return .diagonal([9 * r, 9 * r / (dt * dt)])
    }

    /// R for a run over `z`: ``measurementNoise``, or its estimate from `z`.
    public func measurementNoise(for z: UnsafeBufferPointer<Double>) -> Double {
        measurementNoise ?? MeasurementNoiseEstimate.variance(of: z)
    }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        precondition(output.count == input.count, "output has \(output.count) elements, input \(input.count)")
        guard let first = input.first else { return }
        var random = ZigguratParticleSource(seed: seed)
        var resampled: [Int] = []
        let r = measurementNoise(for: input)
        recursion(measurementNoises: [r]).run(
            [input], particles: particles, initialStates: [SIMD2(first, 0)],
            factors: [KalmanMatrix2(defaultInitialCovariance(measurementNoise: r)).choleskyLower], random: &random,
            positions: [output.baseAddress!], resampledSteps: &resampled)
    }

    /// Runs with this filter's seed, `x₀ = [z₀, 0]` and ``defaultInitialCovariance(measurementNoise:)``.
    public func run(_ measurements: [Double]) -> ParticleFilterResult {
        var random = ZigguratParticleSource(seed: seed)
        return run(measurements, random: &random)
    }

    /// Runs with any random source and start.
    ///
    /// - Parameters:
    ///   - initialState: `[p₀, v₀]`; default `[z₀, 0]`.
    ///   - initialCovariance: 2 × 2 positive semi-definite `P₀`; default
    ///     ``defaultInitialCovariance(measurementNoise:)`` with R from ``measurementNoise(for:)``.
    ///   - random: the draws, consumed in the order ``ParticleRandomSource`` documents.
    public func run<Source: ParticleRandomSource>(
        _ measurements: [Double], initialState: [Double]? = nil, initialCovariance: Matrix? = nil, random: inout Source
    ) -> ParticleFilterResult {
        let count = measurements.count
        guard let first = measurements.first else {
            return ParticleFilterResult(positions: [], velocities: [], effectiveSampleSizes: [], resampledSteps: [])
        }
        let x0 = initialState ?? [first, 0]
        precondition(x0.count == 2, "the particle filter state is [p, v]; got \(x0.count) values")
        var positions = [Double](repeating: 0, count: count)
        var velocities = [Double](repeating: 0, count: count)
        var ess = [Double](repeating: 0, count: count)
        var resampled: [Int] = []
        measurements.withUnsafeBufferPointer { z in
            positions.withUnsafeMutableBufferPointer { positionOut in
                velocities.withUnsafeMutableBufferPointer { velocityOut in
                    ess.withUnsafeMutableBufferPointer { essOut in
                        let r = measurementNoise(for: z)
                        let factor = KalmanMatrix2(initialCovariance ?? defaultInitialCovariance(measurementNoise: r)).choleskyLower
                        recursion(measurementNoises: [r]).run(
                            [z], particles: particles, initialStates: [SIMD2(x0[0], x0[1])], factors: [factor], random: &random,
                            positions: [positionOut.baseAddress!], velocities: [velocityOut.baseAddress!],
                            effectiveSampleSizes: essOut.baseAddress, resampledSteps: &resampled)
                    }
                }
            }
        }
        return ParticleFilterResult(positions: positions, velocities: velocities, effectiveSampleSizes: ess, resampledSteps: resampled)
    }

    /// The recursion of this filter's model for coordinates with measurement variances `noises`.
    func recursion(measurementNoises noises: [Double]) -> ParticleFilterRecursion {
        ParticleFilterRecursion(
            timeStep: 1 / sampleRate, motion: motionModel,
            measurementNoises: noises, threshold: resamplingThreshold)
    }
}
