extension TremorEstimate {
    /// A power spectral density for reports: one-sided, `0 … fs/2` Hz.
    public struct Spectrum: Sendable, Hashable, Codable {
        /// Bin frequencies, Hz.
        public var frequenciesHz: [Double]
        /// Density at each frequency, in ``unit``.
        public var power: [Double]
        /// `mm²/Hz`, or the native unit squared per Hz (`normalized²/Hz`).
        public var unit: String

        public init(frequenciesHz: [Double], power: [Double], unit: String) {
            self.frequenciesHz = frequenciesHz
            self.power = power
            self.unit = unit
        }

        private enum CodingKeys: String, CodingKey {
            case frequenciesHz, power, unit
        }
    }

    /// How the hand's samples were turned into the uniform signal the spectra were computed on;
    /// reported under `parameters`.
    public struct Sampling: Sendable, Hashable, Codable {
        /// Rate of the uniform grid, Hz: 1 / the period of the frame clock fitted to the timestamps
        /// of the frames in which the hand is present (grid points lie on that clock).
        public var sampleRateHz: Double
        /// What was done, in one sentence.
        public var method: String
        /// Coordinates analysed (`["x", "y"]`, or `["x", "y", "z"]` in metric world spaces).
        public var coordinates: [String]
        /// Stretches without a gap longer than ``TremorConfiguration/maximumGapSeconds`` that were
        /// long enough to analyse (of the summary landmark).
        public var stretches: Int
        /// Their total duration, s.
        public var analysedSeconds: Double
        /// Welch segments averaged (summary landmark).
        public var segments: Int
        /// Frequency resolution `1/T` of the segments, Hz (the bins are `fs/nfft` apart).
        public var resolutionHz: Double
        /// The noise floor the tremor time compares against: in-band RMS, native unit.
        public var noiseFloor: Double?
        /// The noise floor in mm, when the recording is metric or calibrated.
        public var noiseFloorMm: Double?
        /// `given` (passed in, from the quality gate) or `estimated` (median in-band PSD level).
        public var noiseFloorSource: String?

        public init(
            sampleRateHz: Double, method: String, coordinates: [String], stretches: Int, analysedSeconds: Double,
            segments: Int, resolutionHz: Double, noiseFloor: Double?, noiseFloorMm: Double?, noiseFloorSource: String?
        ) {
            self.sampleRateHz = sampleRateHz
            self.method = method
            self.coordinates = coordinates
            self.stretches = stretches
            self.analysedSeconds = analysedSeconds
            self.segments = segments
            self.resolutionHz = resolutionHz
            self.noiseFloor = noiseFloor
            self.noiseFloorMm = noiseFloorMm
            self.noiseFloorSource = noiseFloorSource
        }

        private enum CodingKeys: String, CodingKey {
            case sampleRateHz, method, coordinates, stretches, analysedSeconds, segments, resolutionHz, noiseFloor
            case noiseFloorMm, noiseFloorSource
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sampleRateHz, forKey: .sampleRateHz)
            try c.encode(method, forKey: .method)
            try c.encode(coordinates, forKey: .coordinates)
            try c.encode(stretches, forKey: .stretches)
            try c.encode(analysedSeconds, forKey: .analysedSeconds)
            try c.encode(segments, forKey: .segments)
            try c.encode(resolutionHz, forKey: .resolutionHz)
            try c.encode(noiseFloor, forKey: .noiseFloor)
            try c.encode(noiseFloorMm, forKey: .noiseFloorMm)
            try c.encode(noiseFloorSource, forKey: .noiseFloorSource)
        }
    }
}
