/// What a ``ParticleFilter`` run produced, one entry per sample.
public struct ParticleFilterResult: Hashable, Sendable {
    /// The weighted-mean position `Σ wᵢ pᵢ` after each measurement (units).
    public var positions: [Double]
    /// The weighted-mean velocity `Σ wᵢ vᵢ` after each measurement (units/s).
    public var velocities: [Double]
    /// The effective sample size `1/Σ wᵢ²` after each measurement's weighting (1 … N).
    public var effectiveSampleSizes: [Double]
    /// The steps (0-based sample indices) after which the particles were resampled.
    public var resampledSteps: [Int]

    public init(positions: [Double], velocities: [Double], effectiveSampleSizes: [Double], resampledSteps: [Int]) {
        self.positions = positions
        self.velocities = velocities
        self.effectiveSampleSizes = effectiveSampleSizes
        self.resampledSteps = resampledSteps
    }

    /// How many times the particles were resampled.
    public var resamplingCount: Int { resampledSteps.count }
}
