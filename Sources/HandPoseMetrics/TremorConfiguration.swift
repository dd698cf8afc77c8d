/// Every setting of ``TremorAnalyzer``, reported under `parameters` so a number can be traced to the
/// choices that shaped it. Encoded as JSON with the keys below; keys absent when decoding take
/// their defaults, so a protocol names only what it changes (`{"bandHz": [4, 12]}`).
///
/// | key | default | meaning |
/// |---|---|---|
/// | `bandHz` | `[3, 12]` | tremor band, Hz (ALGORITHMS.md §3; presets ``restTremor`` 3–7, ``essentialTremor`` 4–12) |
/// | `segmentSeconds` | 4 | Welch segment length `T`: `nperseg = round(T·fs)` |
/// | `segmentOverlap` | 0.5 | Welch overlap fraction: `noverlap = ⌊overlap·nperseg⌋` |
/// | `fftLengthFactor` | 2 | `nfft = factor·nperseg` (0.125 Hz bins for 4 s; the true resolution stays `1/T`) |
/// | `maximumGapSeconds` | 0.25 | gaps up to this long are bridged by linear interpolation; longer ones split the signal |
/// | `peakInterpolation` | `parabolic` | sub-bin refinement of the peak (parabola through P, as golden.py) |
/// | `regularityHalfWidthHz` | 1 | half-width of the peak window for regularity and amplitude |
/// | `harmonicHalfWidthHz` | 0.5 | half-width of the windows of the second-harmonic ratio |
/// | `subharmonicRatio` | 0.5 | harmonic guard: prefer a local peak near `f/2` holding at least this share of `P(f)`; `null` disables |
/// | `tremorThreshold` | 1.5 | a Welch segment (the tremor-time window) counts as tremor when its in-band RMS exceeds this multiple of the noise floor (1.5: the tremor's own RMS exceeds the noise's by 12 %) |
///
/// The band-pass is ideal, applied in the frequency domain: only the band's bins enter the
/// principal axis, the features and the tremor time (see ``TremorAnalyzer``), so there is no filter
/// order, no start-up transient at the edges of a stretch and no attenuation inside the band.
public struct TremorConfiguration: Sendable, Hashable, Codable {
    public var bandHz: ClosedRange<Double>
    public var segmentSeconds: Double
    public var segmentOverlap: Double
    public var fftLengthFactor: Int
    public var maximumGapSeconds: Double
    public var peakInterpolation: SpectralPeak.Interpolation
    public var regularityHalfWidthHz: Double
    public var harmonicHalfWidthHz: Double
    public var subharmonicRatio: Double?
    public var tremorThreshold: Double

    /// Creates a configuration; every setting has the default in the table above.
    public init(
        bandHz: ClosedRange<Double> = 3...12, segmentSeconds: Double = 4,
        segmentOverlap: Double = 0.5, fftLengthFactor: Int = 2, maximumGapSeconds: Double = 0.25,
        peakInterpolation: SpectralPeak.Interpolation = .parabolic, regularityHalfWidthHz: Double = 1,
        harmonicHalfWidthHz: Double = 0.5, subharmonicRatio: Double? = 0.5, tremorThreshold: Double = 1.5
    ) {
        self.bandHz = bandHz
        self.segmentSeconds = segmentSeconds
        self.segmentOverlap = segmentOverlap
        self.fftLengthFactor = fftLengthFactor
        self.maximumGapSeconds = maximumGapSeconds
        self.peakInterpolation = peakInterpolation
        self.regularityHalfWidthHz = regularityHalfWidthHz
        self.harmonicHalfWidthHz = harmonicHalfWidthHz
        self.subharmonicRatio = subharmonicRatio
        self.tremorThreshold = tremorThreshold
    }

    /// The library default: 3–12 Hz.
    public static let standard = TremorConfiguration()
    /// Rest tremor (Paradigma): 3–7 Hz.
    public static let restTremor = TremorConfiguration(bandHz: 3...7)
    /// Essential tremor: 4–12 Hz.
    public static let essentialTremor = TremorConfiguration(bandHz: 4...12)

    /// Checks every setting.
    ///
    /// - Throws: ``TremorConfigurationError`` naming the first bad setting.
    public func validate() throws(TremorConfigurationError) {
        func fail(_ parameter: String, _ message: String) -> TremorConfigurationError {
            TremorConfigurationError(parameter: parameter, message)
        }
        let band = "\(bandHz.lowerBound)...\(bandHz.upperBound) Hz"
        guard bandHz.lowerBound.isFinite, bandHz.upperBound.isFinite, bandHz.lowerBound > 0 else {
            throw fail("bandHz", "band \(band) must have finite edges above 0 Hz, for example 3...12")
        }
        guard bandHz.lowerBound < bandHz.upperBound else {
            throw fail("bandHz", "band \(band) must have its lower edge below its upper edge")
        }
        guard segmentSeconds.isFinite, segmentSeconds > 0 else {
            throw fail("segmentSeconds", "segment \(segmentSeconds) s must be positive, for example 4")
        }
        guard segmentOverlap >= 0, segmentOverlap < 1 else {
            throw fail("segmentOverlap", "overlap \(segmentOverlap) must be in [0, 1), for example 0.5")
        }
        guard fftLengthFactor >= 1, fftLengthFactor <= 16 else {
            throw fail("fftLengthFactor", "FFT length factor \(fftLengthFactor) must be between 1 and 16")
        }
        guard maximumGapSeconds >= 0, !maximumGapSeconds.isNaN else {
            throw fail("maximumGapSeconds", "maximum gap \(maximumGapSeconds) s must be 0 s or more")
        }
        for (name, value) in [("regularityHalfWidthHz", regularityHalfWidthHz), ("harmonicHalfWidthHz", harmonicHalfWidthHz)] {
            guard value.isFinite, value > 0 else { throw fail(name, "half-width \(value) Hz must be positive") }
        }
        if let subharmonicRatio, !(subharmonicRatio.isFinite && subharmonicRatio > 0) {
            throw fail("subharmonicRatio", "subharmonic ratio \(subharmonicRatio) must be positive, or null to disable the guard")
        }
        guard tremorThreshold.isFinite, tremorThreshold > 0 else {
            throw fail("tremorThreshold", "threshold \(tremorThreshold) × noise floor must be positive, for example 1.5")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case bandHz, segmentSeconds, segmentOverlap, fftLengthFactor, maximumGapSeconds, peakInterpolation
        case regularityHalfWidthHz, harmonicHalfWidthHz, subharmonicRatio, tremorThreshold
    }

    /// Decodes a configuration; absent keys take their defaults (an explicit `null`
    /// `subharmonicRatio` disables the guard).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = TremorConfiguration()
        var band = d.bandHz
        if let edges = try c.decodeIfPresent([Double].self, forKey: .bandHz) {
            guard edges.count == 2, edges[0] <= edges[1] else {
                throw DecodingError.dataCorruptedError(
                    forKey: .bandHz, in: c, debugDescription: "bandHz must be [lower, upper] in Hz with lower ≤ upper, got \(edges)")
            }
            band = edges[0]...edges[1]
        }
        self.init(
            bandHz: band,
            segmentSeconds: try c.decodeIfPresent(Double.self, forKey: .segmentSeconds) ?? d.segmentSeconds,
            segmentOverlap: try c.decodeIfPresent(Double.self, forKey: .segmentOverlap) ?? d.segmentOverlap,
            fftLengthFactor: try c.decodeIfPresent(Int.self, forKey: .fftLengthFactor) ?? d.fftLengthFactor,
            maximumGapSeconds: try c.decodeIfPresent(Double.self, forKey: .maximumGapSeconds) ?? d.maximumGapSeconds,
            peakInterpolation: try c.decodeIfPresent(SpectralPeak.Interpolation.self, forKey: .peakInterpolation)
                ?? d.peakInterpolation,
            regularityHalfWidthHz: try c.decodeIfPresent(Double.self, forKey: .regularityHalfWidthHz) ?? d.regularityHalfWidthHz,
            harmonicHalfWidthHz: try c.decodeIfPresent(Double.self, forKey: .harmonicHalfWidthHz) ?? d.harmonicHalfWidthHz,
            subharmonicRatio: c.contains(.subharmonicRatio)
                ? try c.decodeIfPresent(Double.self, forKey: .subharmonicRatio) : d.subharmonicRatio,
            tremorThreshold: try c.decodeIfPresent(Double.self, forKey: .tremorThreshold) ?? d.tremorThreshold)
    }

    /// Encodes every setting (`subharmonicRatio` as `null` when disabled).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode([bandHz.lowerBound, bandHz.upperBound], forKey: .bandHz)
        try c.encode(segmentSeconds, forKey: .segmentSeconds)
        try c.encode(segmentOverlap, forKey: .segmentOverlap)
        try c.encode(fftLengthFactor, forKey: .fftLengthFactor)
        try c.encode(maximumGapSeconds, forKey: .maximumGapSeconds)
        try c.encode(peakInterpolation, forKey: .peakInterpolation)
        try c.encode(regularityHalfWidthHz, forKey: .regularityHalfWidthHz)
        try c.encode(harmonicHalfWidthHz, forKey: .harmonicHalfWidthHz)
        try c.encode(subharmonicRatio, forKey: .subharmonicRatio)
        try c.encode(tremorThreshold, forKey: .tremorThreshold)
    }
}
