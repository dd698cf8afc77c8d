import HandPoseCore

/// The tremor of one hand (issue 4, ALGORITHMS.md §3): the summary of the landmark with the
/// largest band power, the full per-landmark table, that landmark's spectrum, and how the signal
/// was prepared.
///
/// JSON (every key always present; a value that cannot be computed is `null` with its reason in
/// `notComputable`):
///
///     {"hand": "right", "landmark": "middle_finger_tip", "frequencyHz": 5.2, "amplitudeMm": 3.01,
///      "rmsMm": 2.13, "amplitude": 3.01, "rms": 2.13, "unit": "mm", "regularity": 0.98,
///      "bandPowerFraction": 0.02, "spectralEntropy": 0.31, "harmonicRatio": 0.001,
///      "tremorTimeFraction": 1, "filterAmplitudeRatio": null, "perLandmark": [...], "spectrum": {...},
///      "sampling": {...}, "configuration": {...}, "notComputable": [], "notes": []}
///
/// References: R. J. Elble and J. McNames, "Using Portable Transducers to Measure Tremor Severity",
/// *Tremor Other Hyperkinet Mov* 6:375 (2016), doi:10.7916/D8DR2VCC; F. Luft et al., *Sensors*
/// 19(19):4301 (2019), doi:10.3390/s19194301 (regularity); M. U. Friedrich et al., *npj Digit Med*
/// (2024), doi:10.1038/s41746-024-01153-1 (video-based tremor frequency and amplitude).
public struct TremorEstimate: Sendable, Hashable, Codable {
    /// The hand.
    public var hand: HandSide
    /// The summary landmark's snake-case name: the landmark with the largest band power.
    public var landmark: String
    /// Dominant frequency of the summary landmark, Hz.
    public var frequencyHz: Double
    /// Zero-to-peak amplitude of the dominant oscillation, mm (`null` without a mm calibration).
    public var amplitudeMm: Double?
    /// In-band RMS displacement, mm (`null` without a mm calibration).
    public var rmsMm: Double?
    /// Zero-to-peak amplitude in the native ``unit``.
    public var amplitude: Double
    /// In-band RMS in the native ``unit``.
    public var rms: Double
    /// The recording's native unit (`mm`, `m`, `px`, `normalized`).
    public var unit: String
    /// Share of band power within ±1 Hz of the peak.
    public var regularity: Double
    /// Band power ÷ total power of the projected displacement (linearly detrended per segment).
    public var bandPowerFraction: Double
    /// Normalised spectral entropy over the band.
    public var spectralEntropy: Double
    /// Second-harmonic power ratio; `null` when the harmonic lies above Nyquist.
    public var harmonicRatio: Double?
    /// Share of windows in which tremor rises above the noise floor.
    public var tremorTimeFraction: Double?
    /// When the signal was filtered before this analysis: the summary landmark's ``amplitude`` ÷ its
    /// amplitude in the same analysis of the unfiltered signal, i.e. the share of the tremor
    /// amplitude the filter kept (native units, so it needs no mm calibration). `nil` when nothing was
    /// filtered or the unfiltered amplitude is not available; this analyzer never sets it, the
    /// caller that applied the filter does.
    public var filterAmplitudeRatio: Double?
    /// Every landmark that could be analysed, in landmark order.
    public var perLandmark: [LandmarkTremor]
    /// The summary landmark's spectrum, 0 to Nyquist.
    public var spectrum: Spectrum
    /// How the signal was resampled and analysed.
    public var sampling: Sampling
    /// The settings used.
    public var configuration: TremorConfiguration
    /// Why individual values are `null` (`tremor.amplitudeMm`, `tremor.harmonicRatio`,
    /// `tremor.landmarks.<name>`).
    public var notComputable: [NotComputable]
    /// Caveats that do not null a value (anisotropic coordinates, skipped gaps).
    public var notes: [String]

    /// Creates the estimate of `hand` whose summary is `summary`.
    public init(
        hand: HandSide, summary: LandmarkTremor, unit: String, perLandmark: [LandmarkTremor], spectrum: Spectrum,
        sampling: Sampling, configuration: TremorConfiguration, notComputable: [NotComputable], notes: [String]
    ) {
        self.hand = hand
        self.landmark = summary.landmark
        self.frequencyHz = summary.frequencyHz
        self.amplitudeMm = summary.amplitudeMm
        self.rmsMm = summary.rmsMm
        self.amplitude = summary.amplitude
        self.rms = summary.rms
        self.unit = unit
        self.regularity = summary.regularity
        self.bandPowerFraction = summary.bandPowerFraction
        self.spectralEntropy = summary.spectralEntropy
        self.harmonicRatio = summary.harmonicRatio
        self.tremorTimeFraction = summary.tremorTimeFraction
        self.perLandmark = perLandmark
        self.spectrum = spectrum
        self.sampling = sampling
        self.configuration = configuration
        self.notComputable = notComputable
        self.notes = notes
    }

    /// The per-landmark row of the summary landmark.
    public var summary: LandmarkTremor? { perLandmark.first { $0.landmark == landmark } }

    private enum CodingKeys: String, CodingKey {
        case hand, landmark, frequencyHz, amplitudeMm, rmsMm, amplitude, rms, unit, regularity, bandPowerFraction
        case spectralEntropy, harmonicRatio, tremorTimeFraction, filterAmplitudeRatio, perLandmark, spectrum, sampling
        case configuration, notComputable, notes
    }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(hand, forKey: .hand)
        try c.encode(landmark, forKey: .landmark)
        try c.encode(frequencyHz, forKey: .frequencyHz)
        try c.encode(amplitudeMm, forKey: .amplitudeMm)
        try c.encode(rmsMm, forKey: .rmsMm)
        try c.encode(amplitude, forKey: .amplitude)
        try c.encode(rms, forKey: .rms)
        try c.encode(unit, forKey: .unit)
        try c.encode(regularity, forKey: .regularity)
        try c.encode(bandPowerFraction, forKey: .bandPowerFraction)
        try c.encode(spectralEntropy, forKey: .spectralEntropy)
        try c.encode(harmonicRatio, forKey: .harmonicRatio)
        try c.encode(tremorTimeFraction, forKey: .tremorTimeFraction)
        try c.encode(filterAmplitudeRatio, forKey: .filterAmplitudeRatio)
        try c.encode(perLandmark, forKey: .perLandmark)
        try c.encode(spectrum, forKey: .spectrum)
        try c.encode(sampling, forKey: .sampling)
        try c.encode(configuration, forKey: .configuration)
        try c.encode(notComputable, forKey: .notComputable)
        try c.encode(notes, forKey: .notes)
    }
}
