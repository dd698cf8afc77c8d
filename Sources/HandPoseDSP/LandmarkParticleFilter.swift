import HandPoseCore

/// A bootstrap particle filter of one landmark's position in 1-3 coordinates at once: one particle
/// cloud and one weight per particle for the whole position, where ``ParticleFilter`` runs a cloud
/// per coordinate.
///
/// - Model: each coordinate of a particle moves as ``ParticleFilter`` describes (constant velocity,
///   independent diffusions σp and σv, or one white acceleration σa: ``ParticleMotionModel``); the weight is the joint Gaussian likelihood of the coordinates'
///   measurements, each with its own variance R_d (the filter's ``ParticleFilter/measurementNoise``,
///   or its estimate from that coordinate's run). See `ParticleFilterRecursion`.
/// - Why: one normalisation, effective sample size and resampling serve all coordinates, so a 3-D
///   landmark costs about a third of three separate filters (the draws and the motion stay per
///   coordinate: six normals per particle and step for x, y, z with independent diffusion, three
///   with white acceleration), and the weights use all three measurements at once. With the same particle count
///   the cloud covers a 6-D state more thinly than three clouds cover their 2-D ones, so the two
///   are different trade-offs, not one better than the other: `handpose bench` compares them.
/// - Gaps: a frame is filtered when every coordinate is finite; a frame where only some are keeps
///   its finite values unfiltered, and missing values stay missing.
/// - Randomness: ``ZigguratParticleSource`` with the filter's seed, fresh for every run.
///
/// With one coordinate the output equals ``ParticleFilter``'s bit for bit.
public struct LandmarkParticleFilter: Sendable, Hashable {
    /// The per-coordinate model, particle count, threshold and seed.
    public let model: ParticleFilter

    public init(_ model: ParticleFilter) {
        self.model = model
    }

    /// `particle-filter-cv-joint/1` (independent diffusion) or `particle-filter-dwna-joint/1`
    /// (white acceleration), by the model's ``ParticleFilter/motionModel``.
    public var algorithmID: String {
        switch model.motionModel {
        case .independentDiffusion: "particle-filter-cv-joint/1"
        case .whiteAcceleration: "particle-filter-dwna-joint/1"
        }
    }

    public var parameters: [String: String] {
        model.parameters.merging(["coordinates": "joint (one cloud per landmark)"]) { $1 }
    }

    /// Filters one run: `coordinates[d]` all of one count and all finite.
    public func apply(_ coordinates: [UnsafeBufferPointer<Double>], into outputs: [UnsafeMutableBufferPointer<Double>]) {
        guard let first = coordinates.first, first.count > 0 else { return }
        var random = ZigguratParticleSource(seed: model.seed)
        let noises = coordinates.map { model.measurementNoise(for: $0) }
        let factors = noises.map { KalmanMatrix2(model.defaultInitialCovariance(measurementNoise: $0)).choleskyLower }
        var resampled: [Int] = []
        model.recursion(measurementNoises: noises).run(
            coordinates, particles: model.particles, initialStates: coordinates.map { SIMD2($0[0], 0) }, factors: factors,
            random: &random, positions: outputs.map { $0.baseAddress! }, resampledSteps: &resampled)
    }

    /// Filters the frames where every coordinate is finite, run by run; other values are kept
    /// (missing ones stay missing). The report sums the coordinates' samples.
    public func apply(_ coordinates: [[Double]]) -> (filtered: [[Double]], report: ChannelFilteringReport) {
        precondition((1...3).contains(coordinates.count), "1-3 coordinates, got \(coordinates.count)")
        let frames = coordinates[0].count
        precondition(coordinates.allSatisfy { $0.count == frames }, "coordinates of different lengths")
        let complete = (0..<frames).map { k in coordinates.allSatisfy { $0[k].isFinite } ? 0.0 : .nan }
        var outputs = coordinates
        var report = ChannelFilteringReport()
        let runs = ContiguousRun.runs(in: complete)
        let dimensions = coordinates.count
        for run in runs {
            // Inputs then outputs, one block per coordinate.
            let block = UnsafeMutablePointer<Double>.allocate(capacity: 2 * dimensions * run.count)
            defer { block.deallocate() }
            let inputs = (0..<dimensions).map { d in
                let start = block + d * run.count
                coordinates[d].withUnsafeBufferPointer { start.initialize(from: $0.baseAddress! + run.start, count: run.count) }
                return UnsafeBufferPointer(start: start, count: run.count)
            }
            let targets = (0..<dimensions).map { d in
                UnsafeMutableBufferPointer(start: block + (dimensions + d) * run.count, count: run.count)
            }
            apply(inputs, into: targets)
            for d in 0..<dimensions { outputs[d].replaceSubrange(run.range, with: targets[d]) }
            report.filteredSamples += run.count * dimensions
        }
        let finite = coordinates.reduce(0) { total, channel in total + channel.lazy.filter(\.isFinite).count }
        report.missingSamples = frames * coordinates.count - finite
        report.unfilteredSamples = finite - report.filteredSamples
        return (outputs, report)
    }
}
