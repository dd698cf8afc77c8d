import HandPoseCore

/// Every setting that shapes the smoothness of a hand's movement, with the defaults
/// ``SmoothnessAnalyzer`` uses.
///
/// | setting | default | why |
/// |---|---|---|
/// | `landmark` | wrist | the definition: smoothness of the wrist's transport |
/// | `sparc` | padLevel 4, fc 10 Hz, threshold 0.05 | the reference code and the 2015 paper |
/// | `lowpassCutoffHz`, `lowpassOrder` | 6 Hz, 2 (zero phase: 4th-order response, −6 dB at 6 Hz) | landmark noise rectified by ‖v‖ and amplified by differentiation dominates SPARC and LDLJ (ALGORITHMS.md §1 pitfall 5, §2 pitfall 2); 6 Hz keeps voluntary reaching (< 3 Hz) and removes most of the tremor band, which the tremor metric reports on its own (Winter, *Biomechanics and Motor Control of Human Movement*, 4th ed., 2009) |
/// | `maximumGapSeconds` | 0.12 s | gaps up to this long (two dropped frames at 30 fps, with jitter) are bridged by linear interpolation on the uniform grid; longer ones split the data |
/// | `minimumCoverage` | 0.9 | a movement is analysed only when its longest gap-free stretch covers this share of it |
/// | `minimumDurationSeconds` | 0.3 s | shorter stretches are not a voluntary movement |
/// | `maximumMovementSeconds` | 10 s | longer "movements" without rest are continuous or rhythmic motion, for which SPARC and LDLJ are not defined |
/// | `stillSpeedHandLengthsPerSecond` | 0.1 hand lengths/s (≈ 8 mm/s) | below this peak wrist speed the hand is still and there is no movement to score, and a detected submovement slower than this is landmark noise, not a movement; measured in hand lengths (wrist to middle MCP) so that it works without calibration |
/// | `segmenter` | 10 % of peak speed, 0.1 s rest, 0.3 s minimum | see ``SubmovementSegmenter`` |
/// | `sampleRate` | `nil`: 1 / median frame interval | the uniform grid the recording is resampled onto |
public struct SmoothnessConfiguration: Sendable, Hashable {
    public var landmark: Landmark
    public var sparc: SPARC.Parameters
    public var lowpassCutoffHz: Double
    public var lowpassOrder: Int
    public var maximumGapSeconds: Double
    public var minimumCoverage: Double
    public var minimumDurationSeconds: Double
    public var maximumMovementSeconds: Double
    public var stillSpeedHandLengthsPerSecond: Double
    public var segmenter: SubmovementSegmenter
    public var sampleRate: Double?

    /// The defaults of the table above.
    public static let standard: SmoothnessConfiguration = {
        do {
            return try SmoothnessConfiguration()
        } catch {
            preconditionFailure("default smoothness configuration is invalid: \(error)")
        }
    }()

    /// - Throws: ``SmoothnessConfigurationError`` for a non-positive cut-off, order outside 1…8,
    ///   negative gap or durations, coverage outside (0, 1], or a non-positive sample rate.
    public init(
        landmark: Landmark = .wrist, sparc: SPARC.Parameters = .standard, lowpassCutoffHz: Double = 6, lowpassOrder: Int = 2,
        maximumGapSeconds: Double = 0.12, minimumCoverage: Double = 0.9, minimumDurationSeconds: Double = 0.3,
        maximumMovementSeconds: Double = 10, stillSpeedHandLengthsPerSecond: Double = 0.1,
        segmenter: SubmovementSegmenter? = nil, sampleRate: Double? = nil
    ) throws(SmoothnessConfigurationError) {
        guard lowpassCutoffHz.isFinite, lowpassCutoffHz > 0 else {
            throw SmoothnessConfigurationError(parameter: "lowpassCutoffHz", "low-pass cut-off \(lowpassCutoffHz) Hz must be positive")
        }
        guard (1...8).contains(lowpassOrder) else {
            throw SmoothnessConfigurationError(parameter: "lowpassOrder", "low-pass order \(lowpassOrder) must be between 1 and 8")
        }
        guard maximumGapSeconds >= 0 else {
            throw SmoothnessConfigurationError(parameter: "maximumGapSeconds", "maximum gap \(maximumGapSeconds) s must be 0 s or more")
        }
        guard minimumCoverage > 0, minimumCoverage <= 1 else {
            throw SmoothnessConfigurationError(parameter: "minimumCoverage", "minimum coverage \(minimumCoverage) must be above 0 and at most 1")
        }
        guard minimumDurationSeconds >= 0, maximumMovementSeconds > minimumDurationSeconds else {
            throw SmoothnessConfigurationError(
                parameter: "minimumDurationSeconds",
                "movement durations must satisfy 0 ≤ minimum (\(minimumDurationSeconds) s) < maximum (\(maximumMovementSeconds) s)")
        }
        guard stillSpeedHandLengthsPerSecond >= 0 else {
            throw SmoothnessConfigurationError(parameter: "stillSpeed", "still-hand speed \(stillSpeedHandLengthsPerSecond) must be 0 or more")
        }
        if let sampleRate, !(sampleRate.isFinite && sampleRate > 0) {
            throw SmoothnessConfigurationError(parameter: "sampleRate", "grid sample rate \(sampleRate) Hz must be positive")
        }
        self.landmark = landmark
        self.sparc = sparc
        self.lowpassCutoffHz = lowpassCutoffHz
        self.lowpassOrder = lowpassOrder
        self.maximumGapSeconds = maximumGapSeconds
        self.minimumCoverage = minimumCoverage
        self.minimumDurationSeconds = minimumDurationSeconds
        self.maximumMovementSeconds = maximumMovementSeconds
        self.stillSpeedHandLengthsPerSecond = stillSpeedHandLengthsPerSecond
        if let segmenter {
            self.segmenter = segmenter
        } else {
            self.segmenter = try SubmovementSegmenter()
        }
        self.sampleRate = sampleRate
    }
}

/// The settings behind a smoothness value, as reported under `parameters` in the output.
public struct SmoothnessParameters: Sendable, Hashable, Codable {
    /// The landmark whose speed was scored (`wrist`).
    public var landmark: String
    /// The uniform grid's rate in Hz (the recording was resampled onto it by linear interpolation).
    public var sampleRateHz: Double
    /// Whether the speed is 3-D or 2-D (no z in the data).
    public var dimensions: Int
    /// Position low-pass: zero-phase Butterworth (`sosfiltfilt`), order and cut-off.
    public var lowpassOrder: Int
    public var lowpassCutoffHz: Double
    /// How velocity and acceleration were obtained from the filtered position.
    public var derivative: String
    public var sparcPadLevel: Int
    public var sparcCutoffHz: Double
    public var sparcAmplitudeThreshold: Double
    /// Whether LDLJ-A's acceleration had its mean removed (true, as the 2021 reference call).
    public var ldljAMeanRemoved: Bool
    public var maximumGapSeconds: Double
    public var segmentationThresholdFraction: Double
    public var segmentationMinimumRestSeconds: Double
    public var minimumDurationSeconds: Double

    private enum CodingKeys: String, CodingKey {
        case landmark, sampleRateHz, dimensions, lowpassOrder, lowpassCutoffHz, derivative, sparcPadLevel, sparcCutoffHz
        case sparcAmplitudeThreshold, ldljAMeanRemoved, maximumGapSeconds, segmentationThresholdFraction
        case segmentationMinimumRestSeconds, minimumDurationSeconds
    }

    init(configuration: SmoothnessConfiguration, sampleRate: Double, dimensions: Int) {
        landmark = configuration.landmark.snakeCaseName
        sampleRateHz = sampleRate
        self.dimensions = dimensions
        lowpassOrder = configuration.lowpassOrder
        lowpassCutoffHz = configuration.lowpassCutoffHz
        derivative = "central differences of the filtered position (one-sided at run ends)"
        sparcPadLevel = configuration.sparc.padLevel
        sparcCutoffHz = configuration.sparc.cutoffHz
        sparcAmplitudeThreshold = configuration.sparc.amplitudeThreshold
        ldljAMeanRemoved = true
        maximumGapSeconds = configuration.maximumGapSeconds
        segmentationThresholdFraction = configuration.segmenter.thresholdFraction
        segmentationMinimumRestSeconds = configuration.segmenter.minimumRestSeconds
        minimumDurationSeconds = configuration.minimumDurationSeconds
    }
}
