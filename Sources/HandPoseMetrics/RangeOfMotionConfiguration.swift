/// A range-of-motion setting that is out of range: the parameter, and a message with the bad value and the fix.
public struct RangeOfMotionConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The parameter's name in ``RangeOfMotionConfiguration``.
    public var parameter: String
    /// The bad value and the accepted range.
    public var message: String

    public init(parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { "\(parameter): \(message)" }
}

/// Settings of ``RangeOfMotion``: angle smoothing, percentiles and the minimum data.
///
/// Defaults: the angle series is resampled to a uniform grid at the recording's median frame rate
/// (gaps up to 0.25 s bridged linearly), low-passed with a zero-phase order-1 Butterworth at 2 Hz
/// (forward-backward: |H|² = 1/(1 + (f/fc)²)², −6 dB at 2 Hz, no lag), and summarised by its 2nd
/// and 98th percentiles.
///
/// Why order 1: forward-backward first-order filtering has a non-negative impulse response, so it
/// never overshoots: on clean data the smoothed angle stays inside the true range, and only short
/// holds at the extremes are rounded. Order 2 rings at the corners of a flexion (+0.5° of range on
/// clean simulated data). Why 2 Hz: on the simulator (holds of 0.35-0.6 s at each extreme,
/// seeds 1-3, 30 s) the worst error over 14 joints, min/max/range, was
///
/// | cutoff, order | clean 30 fps | 0.3 mm noise 30 fps | 0.3 mm 60 fps | 0.6 mm 30 fps |
/// |---|---|---|---|---|
/// | 1.5 Hz, 1 | 1.5° | 1.3° | 1.4° | 2.1° |
/// | **2 Hz, 1** | **0.4°** | **1.8°** | **0.7°** | **3.2°** |
/// | 3 Hz, 1 | 0.04° | 2.4° | 1.4° | 4.1° |
/// | 3 Hz, 2 | 0.5° | 2.7° | 1.8° | 4.8° |
/// | none | 0° | — | — | 16° at 1 mm, 60 fps |
///
/// 2 Hz keeps voluntary flexion-extension (minimum-jerk movements of ≥ 0.5 s) and removes most
/// landmark jitter and tremor (≥ 4 Hz); a lower cutoff trades noise for rounding of brief extremes.
public struct RangeOfMotionConfiguration: Hashable, Sendable, Codable {
    /// Low-pass cutoff in Hz of the angle smoothing; `nil` disables smoothing.
    public var smoothingCutoffHz: Double?
    /// Butterworth order of the smoothing (applied forward and backward).
    public var smoothingOrder: Int
    /// The percentile reported as `minDeg`, in `[0, 50)`.
    public var lowerPercentile: Double
    /// The percentile reported as `maxDeg`, in `(50, 100]`.
    public var upperPercentile: Double
    /// Fewest frames with a measurable angle for a joint to be reported.
    public var minimumFrames: Int
    /// Longest interval in seconds between measured frames that the uniform grid interpolates across.
    public var maximumGapSeconds: Double

    /// The defaults described above.
    public static let `default` = try! RangeOfMotionConfiguration()

    /// - Throws: ``RangeOfMotionConfigurationError`` naming the first parameter out of range.
    public init(
        smoothingCutoffHz: Double? = 2, smoothingOrder: Int = 1, lowerPercentile: Double = 2,
        upperPercentile: Double = 98, minimumFrames: Int = 10, maximumGapSeconds: Double = 0.25
    ) throws(RangeOfMotionConfigurationError) {
        if let cutoff = smoothingCutoffHz, !(cutoff.isFinite && cutoff > 0) {
            throw RangeOfMotionConfigurationError(parameter: "smoothingCutoffHz", "cutoff \(cutoff) Hz must be positive and finite (or nil for no smoothing)")
        }
        guard (1...8).contains(smoothingOrder) else {
            throw RangeOfMotionConfigurationError(parameter: "smoothingOrder", "order \(smoothingOrder) must be 1 to 8")
        }
        guard lowerPercentile >= 0 && lowerPercentile < 50 else {
            throw RangeOfMotionConfigurationError(parameter: "lowerPercentile", "percentile \(lowerPercentile) must be in [0, 50)")
        }
        guard upperPercentile > 50 && upperPercentile <= 100 else {
            throw RangeOfMotionConfigurationError(parameter: "upperPercentile", "percentile \(upperPercentile) must be in (50, 100]")
        }
        guard minimumFrames >= 2 else {
            throw RangeOfMotionConfigurationError(parameter: "minimumFrames", "\(minimumFrames) frames is too few; give 2 or more")
        }
        guard maximumGapSeconds.isFinite && maximumGapSeconds >= 0 else {
            throw RangeOfMotionConfigurationError(parameter: "maximumGapSeconds", "gap \(maximumGapSeconds) s must be 0 s or more and finite")
        }
        self.smoothingCutoffHz = smoothingCutoffHz
        self.smoothingOrder = smoothingOrder
        self.lowerPercentile = lowerPercentile
        self.upperPercentile = upperPercentile
        self.minimumFrames = minimumFrames
        self.maximumGapSeconds = maximumGapSeconds
    }
}
