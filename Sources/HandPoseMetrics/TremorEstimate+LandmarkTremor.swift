/// The tremor of one landmark: its displacement projected onto the principal axis of its in-band
/// movement, and the features of that projection's spectrum (see ``TremorAnalyzer`` for the method).
///
/// Amplitudes are zero-to-peak; `amplitude`, `rms` and `bandPower` are in the recording's native
/// unit (``TremorEstimate/unit``), `amplitudeMm` and `rmsMm` in millimetres when the recording is
/// metric or calibrated (`null` otherwise, with the reason in the estimate's `notComputable`).
/// Every key is always written; a value that cannot be computed is `null`.
public struct LandmarkTremor: Sendable, Hashable, Codable {
    /// The landmark's snake-case name (`index_finger_tip`).
    public var landmark: String
    /// Dominant frequency, Hz, refined between bins.
    public var frequencyHz: Double
    /// `√(2·P_peak)`, native unit: the zero-to-peak amplitude of the dominant oscillation, from the
    /// power within ``TremorConfiguration/regularityHalfWidthHz`` of the peak (inside the band).
    public var amplitude: Double
    /// `√(band power)`, native unit.
    public var rms: Double
    /// ``amplitude`` in mm.
    public var amplitudeMm: Double?
    /// ``rms`` in mm.
    public var rmsMm: Double?
    /// Share of the band power within ±``TremorConfiguration/regularityHalfWidthHz`` of the peak, [0, 1].
    public var regularity: Double
    /// Band power `∫_band P df` (trapezoid rule), native unit².
    public var bandPower: Double
    /// Band power ÷ total power `∫₀^{fs/2} P df` of the projected displacement (each Welch segment
    /// linearly detrended, not band-passed), [0, 1].
    public var bandPowerFraction: Double
    /// Normalised spectral entropy over the band bins, [0, 1]: 0 for a single line, 1 for flat.
    public var spectralEntropy: Double
    /// Power at `2f ± 0.5 Hz` ÷ power at `f ± 0.5 Hz`; `null` when `2f + 0.5 Hz` exceeds Nyquist.
    public var harmonicRatio: Double?
    /// Share of the tremor-time windows (the Welch segments) whose in-band RMS exceeds the
    /// threshold × noise floor; `null` when no noise floor could be established.
    public var tremorTimeFraction: Double?
    /// The principal axis of the in-band displacement, along which the spectrum was computed.
    public var axis: PrincipalAxis
    /// Whether the harmonic guard moved the peak to the sub-harmonic `f/2`.
    public var subharmonicGuardApplied: Bool

    public init(
        landmark: String, frequencyHz: Double, amplitude: Double, rms: Double, amplitudeMm: Double?, rmsMm: Double?,
        regularity: Double, bandPower: Double, bandPowerFraction: Double, spectralEntropy: Double,
        harmonicRatio: Double?, tremorTimeFraction: Double?, axis: PrincipalAxis, subharmonicGuardApplied: Bool
    ) {
        self.landmark = landmark
        self.frequencyHz = frequencyHz
        self.amplitude = amplitude
        self.rms = rms
        self.amplitudeMm = amplitudeMm
        self.rmsMm = rmsMm
        self.regularity = regularity
        self.bandPower = bandPower
        self.bandPowerFraction = bandPowerFraction
        self.spectralEntropy = spectralEntropy
        self.harmonicRatio = harmonicRatio
        self.tremorTimeFraction = tremorTimeFraction
        self.axis = axis
        self.subharmonicGuardApplied = subharmonicGuardApplied
    }

    private enum CodingKeys: String, CodingKey {
        case landmark, frequencyHz, amplitude, rms, amplitudeMm, rmsMm, regularity, bandPower, bandPowerFraction
        case spectralEntropy, harmonicRatio, tremorTimeFraction, axis, subharmonicGuardApplied
    }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(landmark, forKey: .landmark)
        try c.encode(frequencyHz, forKey: .frequencyHz)
        try c.encode(amplitude, forKey: .amplitude)
        try c.encode(rms, forKey: .rms)
        try c.encode(amplitudeMm, forKey: .amplitudeMm)
        try c.encode(rmsMm, forKey: .rmsMm)
        try c.encode(regularity, forKey: .regularity)
        try c.encode(bandPower, forKey: .bandPower)
        try c.encode(bandPowerFraction, forKey: .bandPowerFraction)
        try c.encode(spectralEntropy, forKey: .spectralEntropy)
        try c.encode(harmonicRatio, forKey: .harmonicRatio)
        try c.encode(tremorTimeFraction, forKey: .tremorTimeFraction)
        try c.encode(axis, forKey: .axis)
        try c.encode(subharmonicGuardApplied, forKey: .subharmonicGuardApplied)
    }
}
