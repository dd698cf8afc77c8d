import HandPoseCore

/// One hand's tremor measured window by window: the samples a statistical test compares between
/// two recordings (see ``TremorAnalyzer/windows(_:spatial:estimate:overlap:)``).
///
/// JSON (every key always present):
///
///     {"hand": "right", "landmark": "middle_finger_tip", "unit": "mm", "windowSeconds": 4,
///      "hopSeconds": 4, "axis": {...}, "skippedWindows": 0, "method": "…",
///      "windows": [{"startSeconds": 0.0, "frequencyHz": 5.21, "amplitude": 3.02, "amplitudeMm": 3.02,
///                   "rms": 2.14, "rmsMm": 2.14, "regularity": 0.97}, …]}
///
/// With the default hop (= the window length) the windows do not overlap. Overlapping windows share
/// samples, so their values are not independent and a test that assumes independence would
/// overstate its evidence; even adjacent non-overlapping windows of one continuous recording are
/// somewhat correlated (slow drifts of the tremor), which a p-value does not account for.
public struct WindowedTremor: Sendable, Hashable, Codable {
    /// The hand.
    public var hand: HandSide
    /// The landmark measured: the summary landmark of the whole-recording estimate.
    public var landmark: String
    /// The native unit of ``TremorWindow/amplitude`` and ``TremorWindow/rms``.
    public var unit: String
    /// Window length `T`, s (the Welch segment length of the tremor analysis, 4 s by default).
    public var windowSeconds: Double
    /// Time from one window's start to the next, s; equal to ``windowSeconds`` for
    /// non-overlapping windows.
    public var hopSeconds: Double
    /// The fixed tremor axis every window is projected onto: the whole-recording principal axis of
    /// the landmark, so that all windows measure the same quantity.
    public var axis: PrincipalAxis
    /// The windows with power in the tremor band, in time order.
    public var windows: [TremorWindow]
    /// Windows without power in the band, left out of ``windows``.
    public var skippedWindows: Int
    /// What was computed, in one sentence.
    public var method: String

    public init(
        hand: HandSide, landmark: String, unit: String, windowSeconds: Double, hopSeconds: Double, axis: PrincipalAxis,
        windows: [TremorWindow], skippedWindows: Int, method: String
    ) {
        self.hand = hand
        self.landmark = landmark
        self.unit = unit
        self.windowSeconds = windowSeconds
        self.hopSeconds = hopSeconds
        self.axis = axis
        self.windows = windows
        self.skippedWindows = skippedWindows
        self.method = method
    }

    /// Whether consecutive windows share samples.
    public var overlapping: Bool { hopSeconds < windowSeconds - 1e-9 }

    /// The zero-to-peak amplitude of every window in mm; `nil` without a millimetre calibration.
    public var amplitudesMm: [Double]? {
        let values = windows.compactMap(\.amplitudeMm)
        return values.count == windows.count ? values : nil
    }

    /// The dominant frequency of every window, Hz.
    public var frequenciesHz: [Double] { windows.map(\.frequencyHz) }

    private enum CodingKeys: String, CodingKey {
        case hand, landmark, unit, windowSeconds, hopSeconds, axis, windows, skippedWindows, method
    }
}

/// The tremor features of one window (definitions as ``LandmarkTremor``, on the window's own
/// periodogram along the fixed axis).
public struct TremorWindow: Sendable, Hashable, Codable {
    /// Time of the window's first sample on the recording's clock, s.
    public var startSeconds: Double
    /// Dominant frequency, Hz (parabolic refinement, harmonic guard).
    public var frequencyHz: Double
    /// Zero-to-peak amplitude `√(2·P_peak)`, native unit.
    public var amplitude: Double
    /// ``amplitude`` in mm; `null` without a millimetre calibration.
    public var amplitudeMm: Double?
    /// In-band RMS, native unit.
    public var rms: Double
    /// ``rms`` in mm.
    public var rmsMm: Double?
    /// Share of the band power within ±1 Hz of the peak.
    public var regularity: Double

    public init(
        startSeconds: Double, frequencyHz: Double, amplitude: Double, amplitudeMm: Double?, rms: Double, rmsMm: Double?,
        regularity: Double
    ) {
        self.startSeconds = startSeconds
        self.frequencyHz = frequencyHz
        self.amplitude = amplitude
        self.amplitudeMm = amplitudeMm
        self.rms = rms
        self.rmsMm = rmsMm
        self.regularity = regularity
    }

    private enum CodingKeys: String, CodingKey { case startSeconds, frequencyHz, amplitude, amplitudeMm, rms, rmsMm, regularity }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(startSeconds, forKey: .startSeconds)
        try c.encode(frequencyHz, forKey: .frequencyHz)
        try c.encode(amplitude, forKey: .amplitude)
        try c.encode(amplitudeMm, forKey: .amplitudeMm)
        try c.encode(rms, forKey: .rms)
        try c.encode(rmsMm, forKey: .rmsMm)
        try c.encode(regularity, forKey: .regularity)
    }
}
