import HandPoseCore
import HandPoseDSP

/// One landmark's low-pass filtered position, velocity, acceleration and speed on a uniform time
/// grid: the input of every smoothness score.
///
/// Built by ``make(track:spatial:configuration:)``:
/// 1. the landmark's x, y (and z when the data have it) are resampled onto the grid
///    `t_k = t₀ + k/fs` by ``UniformResampler`` (linear interpolation; gaps longer than
///    `maximumGapSeconds` stay NaN), `fs` = 1 / median frame interval unless configured;
/// 2. each gap-free run is low-pass filtered with a zero-phase Butterworth filter
///    (``ButterworthFilter``, `sosfiltfilt` semantics); runs too short for its padding stay NaN;
/// 3. velocity `v_k = (x_{k+1} − x_{k−1}) / 2dt` and acceleration
///    `a_k = (x_{k+1} − 2x_k + x_{k−1}) / dt²` by central differences within each run (one-sided
///    first differences for v and the neighbouring value for a at the run's ends), and speed
///    `‖v_k‖`.
///
/// Units are the recording's coordinate units per second (and per second²); ``millimetresPerUnit``
/// converts when the space is metric or calibrated. Complexity O(frames), a few arrays per axis.
public struct SmoothnessKinematics: Sendable {
    /// Time of grid point 0 in seconds (recording clock).
    public var start: Double
    /// Grid rate in Hz.
    public var sampleRate: Double
    /// Filtered position per axis (2 or 3 axes), NaN where missing.
    public var position: [[Double]]
    /// Velocity per axis, units/s.
    public var velocity: [[Double]]
    /// Acceleration per axis, units/s².
    public var acceleration: [[Double]]
    /// `‖v‖`, units/s.
    public var speed: [Double]
    /// Millimetres per coordinate unit, when known.
    public var millimetresPerUnit: Double?
    /// The coordinate unit's name (`mm`, `m`, `px`, `normalized`).
    public var unitName: String
    /// Median distance from the wrist to the middle-finger MCP in coordinate units (the hand's
    /// size, for the still-hand test); `nil` when never both visible.
    public var handLength: Double?
    /// The settings that produced these values.
    public var parameters: SmoothnessParameters

    /// Number of grid points.
    public var count: Int { speed.count }

    /// The time of grid point `k`.
    public func time(_ k: Int) -> Double { start + Double(k) / sampleRate }

    /// Resamples, filters and differentiates `configuration.landmark` of `track`.
    ///
    /// Fails (with the reason) when the space is anisotropic (normalized x/y without an image
    /// size), the landmark is present in fewer than 2 frames, or the grid rate is too low for the
    /// low-pass cut-off.
    public static func make(
        track: HandTrack, spatial: SpatialReference, configuration: SmoothnessConfiguration = .standard
    ) -> Result<SmoothnessKinematics, NotComputable> {
        let metric = "smoothness"
        guard spatial.isIsotropic else {
            return .failure(NotComputable(
                metric, "normalized image x and y are scaled by different image dimensions, which distorts the speed's direction; "
                    + "give the image size (--image-size WxH) to make them isotropic"))
        }
        let landmark = configuration.landmark
        let times = track.timestamps
        var axes = [track.samples(landmark, .x), track.samples(landmark, .y), track.samples(landmark, .z)]
        for index in times.indices where !(axes[0][index].isFinite && axes[1][index].isFinite) {
            for axis in axes.indices { axes[axis][index] = .nan }
        }
        let presentCount = axes[0].reduce(0) { $0 + ($1.isFinite ? 1 : 0) }
        guard presentCount >= 2 else {
            return .failure(NotComputable(metric, "the \(landmark.snakeCaseName) is detected in \(presentCount) frame(s); smoothness needs a movement"))
        }
        let hasDepth = axes[2].enumerated().contains { axes[0][$0.offset].isFinite && $0.element.isFinite }
        if !hasDepth { axes.removeLast() }

        let sampleRate = configuration.sampleRate ?? medianRate(times)
        guard sampleRate.isFinite, sampleRate > 0 else {
            return .failure(NotComputable(metric, "the frame times give no sample rate"))
        }
        let filter: ButterworthFilter
        let resampler: UniformResampler
        do {
            filter = try ButterworthFilter(
                order: configuration.lowpassOrder, response: .lowpass(cutoff: configuration.lowpassCutoffHz), sampleRate: sampleRate)
            resampler = try UniformResampler(sampleRate: sampleRate, maximumGap: configuration.maximumGapSeconds)
        } catch {
            return .failure(NotComputable(
                metric, "the \(format(configuration.lowpassCutoffHz)) Hz position low-pass needs more than \(format(2 * configuration.lowpassCutoffHz)) Hz sampling; "
                    + "the recording has \(format(sampleRate)) Hz"))
        }

        var start = Double.nan
        var grid: [[Double]] = []
        for axis in axes {
            let resampled = resampler.resample(times: times, values: axis)
            start = resampled.start
            grid.append(resampled.values)
        }
        let count = grid[0].count
        // A grid point counts only when every axis is finite.
        var valid = [Double](repeating: 0, count: count)
        for k in 0..<count where !grid.allSatisfy({ $0[k].isFinite }) { valid[k] = .nan }
        var position = grid.map { _ in [Double](repeating: .nan, count: count) }
        var velocity = position, acceleration = position
        let dt = 1 / sampleRate
        for run in ContiguousRun.runs(in: valid) where run.count >= max(filter.minimumLength, 3) {
            for axis in grid.indices {
                let filtered = filter.apply(Array(grid[axis][run.range]))
                differentiate(filtered, dt: dt, offset: run.start, position: &position[axis], velocity: &velocity[axis], acceleration: &acceleration[axis])
            }
        }
        let speed = (0..<count).map { k in velocity.reduce(0) { $0 + $1[k] * $1[k] }.squareRoot() }
        return .success(SmoothnessKinematics(
            start: start, sampleRate: sampleRate, position: position, velocity: velocity, acceleration: acceleration, speed: speed,
            millimetresPerUnit: spatial.millimetresPerUnit, unitName: spatial.space.unitName, handLength: handLength(track),
            parameters: SmoothnessParameters(configuration: configuration, sampleRate: sampleRate, dimensions: axes.count)))
    }

    /// Central differences of one run, written at `offset` into the full-length arrays.
    private static func differentiate(
        _ x: [Double], dt: Double, offset: Int, position: inout [Double], velocity: inout [Double], acceleration: inout [Double]
    ) {
        let n = x.count
        for k in 0..<n {
            position[offset + k] = x[k]
            let v: Double
            if k == 0 {
                v = (x[1] - x[0]) / dt
            } else if k == n - 1 {
                v = (x[n - 1] - x[n - 2]) / dt
            } else {
                v = (x[k + 1] - x[k - 1]) / (2 * dt)
            }
            velocity[offset + k] = v
            let centre = min(max(k, 1), n - 2)
            acceleration[offset + k] = (x[centre + 1] - 2 * x[centre] + x[centre - 1]) / (dt * dt)
        }
    }

    /// 1 / median of the positive frame intervals.
    static func medianRate(_ times: [Double]) -> Double {
        guard times.count >= 2 else { return .nan }
        var intervals = (1..<times.count).map { times[$0] - times[$0 - 1] }.filter { $0 > 0 }
        guard !intervals.isEmpty else { return .nan }
        return 1 / OrderStatistics.median(of: &intervals)
    }

    /// Median wrist-to-middle-MCP distance over the frames with both.
    private static func handLength(_ track: HandTrack) -> Double? {
        var lengths: [Double] = []
        for frame in 0..<track.frameCount where track.hasLandmark(.wrist, frame: frame) && track.hasLandmark(.middleMCP, frame: frame) {
            var difference = track.position(.middleMCP, frame: frame) - track.position(.wrist, frame: frame)
            if !difference.z.isFinite { difference.z = 0 }
            lengths.append((difference * difference).sum().squareRoot())
        }
        guard !lengths.isEmpty else { return nil }
        return OrderStatistics.select(lengths.count / 2, in: &lengths)
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
