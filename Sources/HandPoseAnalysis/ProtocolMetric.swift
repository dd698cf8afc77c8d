/// A metric a protocol can require or a movement can ask for, named as in the analysis output
/// (ARCHITECTURE.md's output contract): `tremorFrequency` is `hands.*.tremor.frequencyHz`,
/// `sparc` is `hands.*.smoothness.sparc`, `asymmetryIndex` is the `asymmetry` block, and so on.
///
/// Decoding refuses an unknown name and lists the known ones.
public enum ProtocolMetric: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// Dominant tremor frequency in Hz (`tremor.frequencyHz`).
    case tremorFrequency
    /// Peak displacement of the dominant oscillation in mm (`tremor.amplitudeMm`).
    case tremorAmplitude
    /// RMS of the band-passed displacement in mm (`tremor.rmsMm`).
    case tremorRms
    /// Share of band power within ±1 Hz of the peak (`tremor.regularity`).
    case tremorRegularity
    /// Share of the signal's power inside the tremor band (`tremor.bandPowerFraction`).
    case tremorBandPowerFraction
    /// Normalised spectral entropy over the tremor band.
    case tremorSpectralEntropy
    /// Power at the second harmonic relative to the fundamental.
    case tremorHarmonicRatio
    /// Share of 4 s windows where tremor rises above the noise floor.
    case tremorTime
    /// Spectral arc length of the wrist speed (`smoothness.sparc`).
    case sparc
    /// Log dimensionless jerk from velocity (`smoothness.ldljV`).
    case ldljV
    /// Log dimensionless jerk from acceleration (`smoothness.ldljA`).
    case ldljA
    /// Normalised (dimensionless) jerk (`smoothness.normalizedJerk`).
    case normalizedJerk
    /// Joint flexion ranges (`rangeOfMotion`).
    case rangeOfMotion
    /// The bounded left-right indices of every per-hand metric (`asymmetry`).
    case asymmetryIndex

    /// Whether the metric comes from the tremor analysis (and so uses the movement's tremor band).
    public var isTremorMetric: Bool { rawValue.hasPrefix("tremor") }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public init(from decoder: any Decoder) throws {
        self = try ProtocolDecoding.decodeEnum(Self.self, from: decoder, what: "metric")
    }
}
