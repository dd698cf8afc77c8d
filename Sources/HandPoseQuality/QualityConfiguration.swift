/// Thresholds and method settings of the quality gate. Every default is documented with its reason;
/// the whole configuration is `Codable` so a report can record the settings that shaped it.
public struct QualityConfiguration: Sendable, Codable, Hashable {
    /// The tremor band in Hz (default 3–12 Hz: parkinsonian 3–8, essential 4–12, physiological
    /// 8–12). The sample rate must put Nyquist above its upper end (`lowSampleRate`), and the noise
    /// floor is measured inside it.
    public var tremorBandHz: ClosedRange<Double> = 3...12

    /// An interval longer than this multiple of the median interval is a drop (default 1.5): it is
    /// excluded from the jitter and counted in `droppedFrames` as `round(Δt / median) − 1` frames.
    public var dropIntervalFactor: Double = 1.5
    /// `variableFrameRate` when the jitter (standard deviation of non-drop intervals) exceeds this
    /// fraction of the median interval (default 0.10: 1.7 ms at 60 fps, 3.3 ms at 30 fps).
    public var variableFrameRateJitterFraction: Double = 0.10
    /// `droppedFrames` when dropped frames exceed this fraction of the expected frames
    /// (frames + dropped; default 0.01).
    public var droppedFrameFraction: Double = 0.01
    /// A declared `nominal_fps` is used only when within this relative tolerance of
    /// 1 / median interval (default 0.05); otherwise the measured rate wins and
    /// `nominalRateMismatch` is raised.
    public var nominalRateTolerance: Double = 0.05

    /// `longGap` when a hand's longest gap exceeds this many seconds (default 0.5 s: an eighth of a
    /// 4 s tremor window; shorter gaps can be bridged by interpolation).
    public var longGapSeconds: Double = 0.5
    /// `lowHandPresence` when a hand is detected in fewer than this fraction of frames (default 0.8).
    public var minimumHandPresence: Double = 0.8
    /// `shortRecording` below this many seconds (default 10 s: fewer than four 4 s tremor windows
    /// with 50 % overlap).
    public var minimumDurationSeconds: Double = 10

    /// A single visible hand whose label changes between consecutive frames is a flip when its wrist
    /// moved less than this many hand lengths (default 0.5).
    public var flipWristDistanceHandLengths: Double = 0.5
    /// With the other label also in view, a swap is a flip when the cross-label wrist distance is
    /// below this fraction of the same-label distance (default 0.25: "much closer").
    public var flipSwapRatio: Double = 0.25
    /// Frames further apart than this (seconds) are not compared for flips (default 0.25 s).
    public var flipMaximumGapSeconds: Double = 0.25

    /// A frame's chirality score |s| below this (hand lengths) is indeterminate (default 0.05).
    public var chiralityScoreThreshold: Double = 0.05
    /// At most this many evenly spaced present frames are checked per hand (default 300).
    public var chiralityMaximumFrames: Int = 300
    /// The geometric check is `consistent` (or `inconsistent`) when at least this fraction of the
    /// decisive frames agree (or disagree) with the label (default 0.8).
    public var handednessAgreementFraction: Double = 0.8
    /// …and when at least this fraction of the checked frames is decisive (default 0.25).
    public var minimumDecisiveFraction: Double = 0.25

    /// Length of the noise-floor analysis segments in seconds (default 4 s, the tremor window).
    public var noiseSegmentSeconds: Double = 4
    /// Overlap of consecutive segments (default 0.5).
    public var noiseSegmentOverlap: Double = 0.5
    /// `highNoiseFloor` when a calibrated hand's in-band noise RMS exceeds this many millimetres
    /// (default 0.5 mm). Mild essential and parkinsonian tremor has amplitudes of a few millimetres
    /// down to about 1 mm; a floor above 0.5 mm RMS would hide the mildest clinically rated tremor,
    /// whereas MediaPipe jitter on a well-lit, well-framed hand is typically a few tenths of a mm.
    public var highNoiseFloorMillimetres: Double = 0.5

    /// The defaults above.
    public init() {}
}
