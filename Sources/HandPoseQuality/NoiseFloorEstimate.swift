/// The in-band noise floor of one hand's landmark jitter (see `NoiseFloorEstimator` for the method).
///
/// JSON: `{"rmsNative": 0.00031, "rmsMillimetres": null, "unit": "normalized", "bandHz": [3, 12],
/// "bandLimitedByNyquist": false, "resolutionHz": 0.25, "channels": 42, "segments": 1218,
/// "method": "…", "notComputable": null}`.
public struct NoiseFloorEstimate: Sendable, Codable, Hashable {
    /// RMS amplitude in the recording's native unit; `nil` when not computable.
    public var rmsNative: Double?
    /// RMS amplitude in millimetres, when the recording is metric or calibrated.
    public var rmsMillimetres: Double?
    /// The native unit's name (`m`, `mm`, `px`, `normalized`).
    public var unit: String
    /// The band actually measured, `[lower, upper]` Hz (upper clipped to Nyquist).
    public var bandHz: [Double]?
    /// Whether the upper band edge was lowered to Nyquist.
    public var bandLimitedByNyquist: Bool
    /// Frequency resolution `fs / N` of the PSD in Hz.
    public var resolutionHz: Double?
    /// Channels that had at least one full segment.
    public var channels: Int
    /// Segments averaged, summed over channels.
    public var segments: Int
    /// One-line description of the estimator.
    public var method: String
    /// Why no value could be computed; `nil` when it was.
    public var notComputable: String?

    public init(
        rmsNative: Double?, rmsMillimetres: Double?, unit: String, bandHz: [Double]?, bandLimitedByNyquist: Bool,
        resolutionHz: Double?, channels: Int, segments: Int, method: String, notComputable: String?
    ) {
        self.rmsNative = rmsNative
        self.rmsMillimetres = rmsMillimetres
        self.unit = unit
        self.bandHz = bandHz
        self.bandLimitedByNyquist = bandLimitedByNyquist
        self.resolutionHz = resolutionHz
        self.channels = channels
        self.segments = segments
        self.method = method
        self.notComputable = notComputable
    }

    private enum CodingKeys: String, CodingKey {
        case rmsNative, rmsMillimetres, unit, bandHz, bandLimitedByNyquist, resolutionHz, channels, segments, method,
            notComputable
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rmsNative, forKey: .rmsNative)
        try c.encode(rmsMillimetres, forKey: .rmsMillimetres)
        try c.encode(unit, forKey: .unit)
        try c.encode(bandHz, forKey: .bandHz)
        try c.encode(bandLimitedByNyquist, forKey: .bandLimitedByNyquist)
        try c.encode(resolutionHz, forKey: .resolutionHz)
        try c.encode(channels, forKey: .channels)
        try c.encode(segments, forKey: .segments)
        try c.encode(method, forKey: .method)
        try c.encode(notComputable, forKey: .notComputable)
    }
}
