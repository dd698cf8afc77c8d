import HandPoseAnalysis
import HandPoseCore
import HandPoseDSP
import HandPoseMetrics

/// The tremor landmark's displacement over time, as the report plots it: what the tremor numbers
/// were measured on, so a reader can see the oscillation and its stretches.
///
/// For the hand's tremor landmark (``TremorEstimate/landmark``, the one with the largest band
/// power), from the raw samples:
/// 1. the frames where every analysed coordinate (``TremorEstimate/Sampling/coordinates``: x, y and,
///    in metric world spaces, z) is finite and that lie in no excluded range (the stretches the
///    analysis left out, ``AnalysisParameters/excludedRanges``);
/// 2. the displacement from the mean position projected on the landmark's principal tremor axis
///    `u` (``LandmarkTremor/axis``): `p(t) = Σᵢ uᵢ (cᵢ(t) − c̄ᵢ)`;
/// 3. resampled onto a uniform grid at the analysis' rate (``UniformResampler``, gaps longer than
///    ``TremorConfiguration/maximumGapSeconds`` left empty, never bridged);
/// 4. band-passed to the tremor band (4th-order Butterworth band-pass, `order: 2` in scipy's
///    convention, zero-phase `sosfiltfilt` with odd padding) run by run; a run too short to
///    filter is left out; the upper edge is capped at 0.45 × the sampling rate;
/// 5. in millimetres when the analysis has a millimetre scale (`amplitudeMm / amplitude`),
///    otherwise in the recording's unit.
///
/// A sinusoidal tremor of zero-to-peak amplitude A inside the band shows as an oscillation of
/// amplitude A, the same number as ``TremorEstimate/amplitudeMm``. O(frames).
public struct DisplacementTrace: Sendable, Hashable {
    /// `left` or `right`.
    public var hand: String
    /// The landmark's snake-case name.
    public var landmark: String
    /// Rate of the uniform grid, Hz.
    public var sampleRateHz: Double
    /// Time of the first grid point, seconds on the recording's clock.
    public var startSeconds: Double
    /// The band-passed projected displacement; NaN where the landmark was missing or a run was too
    /// short to filter.
    public var values: [Double]
    /// `mm`, or the recording's native unit.
    public var unit: String
    /// The band-pass actually applied, Hz.
    public var bandHz: ClosedRange<Double>

    public init(
        hand: String, landmark: String, sampleRateHz: Double, startSeconds: Double, values: [Double], unit: String,
        bandHz: ClosedRange<Double>
    ) {
        self.hand = hand
        self.landmark = landmark
        self.sampleRateHz = sampleRateHz
        self.startSeconds = startSeconds
        self.values = values
        self.unit = unit
        self.bandHz = bandHz
    }

    /// One sentence for the report's method section.
    public static let method =
        "the tremor landmark's displacement from its mean position, projected on its principal tremor axis, resampled to the analysis' uniform grid (gaps over the analysis' maximum left empty) and band-passed to the tremor band (4th-order Butterworth band-pass, zero-phase)"

    /// The trace of `tremor`'s landmark from one hand's raw samples.
    ///
    /// - Parameters:
    ///   - timestamps: frame times, s from the recording's first frame, strictly increasing.
    ///   - channels: the hand's 63 channels (``Channel`` order), NaN where absent.
    ///   - excluding: time ranges (s, bounds included) treated as missing, as the analysis did.
    /// - Returns: the trace, or why there is none (unknown landmark, no valid stretch).
    public static func make(
        timestamps: [Double], channels: [[Double]], tremor: TremorEstimate, excluding: [ClosedRange<Double>] = []
    ) -> Result<DisplacementTrace, NotComputable> {
        precondition(channels.count == Channel.count, "a hand has \(Channel.count) channels, got \(channels.count)")
        let key = "trace.\(tremor.hand.rawValue)"
        guard let landmark = Landmark.allCases.first(where: { $0.snakeCaseName == tremor.landmark }),
              let axis = tremor.summary?.axis
        else { return .failure(NotComputable(key, "the analysis names no tremor landmark with an axis")) }
        let axes = tremor.sampling.coordinates.compactMap { name in Axis.allCases.first { $0.name == name } }
        guard axes.count == axis.direction.count, !axes.isEmpty else {
            return .failure(NotComputable(key, "the tremor axis has \(axis.direction.count) components for coordinates \(tremor.sampling.coordinates)"))
        }
        let coordinates = axes.map { channels[Channel(landmark, $0).index] }
        for coordinate in coordinates {
            precondition(coordinate.count == timestamps.count, "\(coordinate.count) samples for \(timestamps.count) timestamps")
        }

        var times: [Double] = [], positions: [[Double]] = Array(repeating: [], count: axes.count)
        for frame in timestamps.indices
        where coordinates.allSatisfy({ $0[frame].isFinite }) && !excluding.contains(where: { $0.contains(timestamps[frame]) }) {
            times.append(timestamps[frame])
            for index in axes.indices { positions[index].append(coordinates[index][frame]) }
        }
        guard times.count >= 2 else { return .failure(NotComputable(key, "the \(tremor.landmark) landmark has fewer than 2 valid frames")) }
        let means = positions.map { $0.reduce(0, +) / Double($0.count) }
        let projected = times.indices.map { frame in
            axes.indices.reduce(0.0) { sum, index in sum + axis.direction[index] * (positions[index][frame] - means[index]) }
        }

        let rate = tremor.sampling.sampleRateHz
        let band = tremor.configuration.bandHz
        let high = min(band.upperBound, 0.45 * rate)
        guard rate > 0, band.lowerBound > 0, band.lowerBound < high,
              let resampler = try? UniformResampler(sampleRate: rate, maximumGap: tremor.configuration.maximumGapSeconds),
              let sections = try? Butterworth.bandpass(order: 2, low: band.lowerBound, high: high, sampleRate: rate)
        else {
            return .failure(NotComputable(key, "the tremor band \(ReportNumber.compact(band.lowerBound))-\(ReportNumber.compact(band.upperBound)) Hz cannot be applied at \(ReportNumber.compact(rate)) Hz"))
        }
        let (start, uniform) = resampler.resample(times: times, values: projected)
        let filter = SOSFilter(sections)
        let padding = filter.effectivePadLength(padding: .odd)
        var values = [Double](repeating: .nan, count: uniform.count)
        for run in ContiguousRun.runs(in: uniform) where run.count > padding {
            let filtered = filter.filtfilt(Array(uniform[run.range]))
            values.replaceSubrange(run.range, with: filtered)
        }
        guard values.contains(where: \.isFinite) else {
            return .failure(NotComputable(key, "no stretch of the \(tremor.landmark) landmark is long enough to band-pass (\(padding + 1) samples)"))
        }
        var unit = tremor.unit
        if let millimetres = tremor.amplitudeMm, tremor.amplitude > 0, millimetres.isFinite {
            let scale = millimetres / tremor.amplitude
            values = values.map { $0 * scale }
            unit = "mm"
        }
        return .success(DisplacementTrace(
            hand: tremor.hand.rawValue, landmark: tremor.landmark, sampleRateHz: rate, startSeconds: start, values: values,
            unit: unit, bandHz: band.lowerBound...high))
    }

    /// The traces of every hand of `analysis` that has a tremor estimate, keyed `left`/`right`,
    /// without the ranges the analysis left out.
    ///
    /// - Parameters:
    ///   - timestamps: frame times, s from the recording's first frame.
    ///   - hands: each hand's 63 channels, as `Recording.hands` or a stored sample matrix holds them.
    public static func traces(
        timestamps: [Double], hands: [(side: HandSide, channels: [[Double]])], analysis: ClinicalAnalysis
    ) -> [String: Result<DisplacementTrace, NotComputable>] {
        var traces: [String: Result<DisplacementTrace, NotComputable>] = [:]
        let excluded = (analysis.parameters.excludedRanges ?? []).map { $0.startSeconds...max($0.startSeconds, $0.endSeconds) }
        for (side, channels) in hands {
            guard let tremor = analysis.hands[side.rawValue]?.tremor else { continue }
            traces[side.rawValue] = make(timestamps: timestamps, channels: channels, tremor: tremor, excluding: excluded)
        }
        return traces
    }

    /// Time of grid point `index`, s.
    public func time(_ index: Int) -> Double { startSeconds + Double(index) / sampleRateHz }
}
