import HandPoseCore

/// Frame-timing statistics of a recording: the sample rate every filter and metric is designed for.
///
/// With intervals `Δtᵢ = tᵢ − tᵢ₋₁` and `m = median(Δt)`:
/// - measured rate `1 / m` (robust to drops and to a few long intervals);
/// - nominal rate: `nominal_fps` (or `fps`) from the file's metadata when it lies within
///   ``QualityConfiguration/nominalRateTolerance`` of `1 / m`, otherwise `1 / m`;
/// - effective rate `(N − 1) / (t_{N−1} − t₀)`;
/// - drops: `Σ max(0, round(Δtᵢ / m) − 1)` over all intervals;
/// - jitter: sample standard deviation (ms) of the intervals `Δtᵢ < 1.5·m` (drops excluded), and
///   the 95th percentile of `|Δtᵢ − m|` over the same intervals.
public struct FrameTiming: Sendable, Hashable {
    public var medianInterval: Double?
    public var measuredRateHz: Double?
    public var nominalRateHz: Double?
    /// `"metadata"`, `"medianInterval"` or `"assumed"` (frame index with an assumed rate).
    public var nominalSource: String
    /// The declared rate when it was rejected as inconsistent with the timestamps.
    public var rejectedMetadataRateHz: Double?
    public var effectiveRateHz: Double?
    public var jitterMs: Double?
    public var jitterP95Ms: Double?
    public var droppedFrames: Int

    /// Measures the timing of `recording` (the gate's thresholds decide what counts as a drop).
    public init(recording: Recording, configuration: QualityConfiguration = .init()) {
        let t = recording.timestamps
        let intervals = t.count < 2 ? [] : (1..<t.count).map { t[$0] - t[$0 - 1] }
        let median = Statistics.median(intervals)
        medianInterval = median
        measuredRateHz = median.flatMap { $0 > 0 ? 1 / $0 : nil }
        effectiveRateHz = recording.duration > 0 ? Double(t.count - 1) / recording.duration : nil

        let declared = ["nominal_fps", "fps", "frame_rate"].lazy
            .compactMap { recording.metadata[$0].flatMap { Double($0.filter { !$0.isWhitespace }) } }
            .first { $0.isFinite && $0 > 0 }
        nominalSource = recording.timeBase.isAssumed ? "assumed" : "medianInterval"
        nominalRateHz = measuredRateHz
        rejectedMetadataRateHz = nil
        if let declared {
            if let measured = measuredRateHz, abs(declared - measured) > configuration.nominalRateTolerance * measured {
                rejectedMetadataRateHz = declared
            } else {
                nominalRateHz = declared
                nominalSource = "metadata"
            }
        }

        guard let median, median > 0 else {
            jitterMs = nil
            jitterP95Ms = nil
            droppedFrames = 0
            return
        }
        droppedFrames = intervals.reduce(0) { $0 + max(0, Int(($1 / median).rounded()) - 1) }
        let regular = intervals.filter { $0 < configuration.dropIntervalFactor * median }
        jitterMs = Statistics.standardDeviation(regular).map { $0 * 1000 }
        jitterP95Ms = Statistics.quantile(regular.map { abs($0 - median) }, 0.95).map { $0 * 1000 }
    }
}
