/// The filter a movement's signals go through before its metrics: one of the nine `handpose filter`
/// methods and its parameters.
///
/// ```json
/// "filterPreset": { "method": "butterworth", "parameters": { "order": 4, "type": "lowpass", "cutoff": 12 } }
/// ```
///
/// The parameters are `handpose filter`'s options in camelCase, with the same meanings, units and
/// defaults (`--process-noise` is `processNoise`, `--no-smooth` is `noSmooth`); a parameter left
/// out takes the command's default. ``validate(field:path:)`` refuses parameters that do not apply
/// to the method and values outside their ranges; limits that depend on the recording (a cut-off
/// below Nyquist, a window shorter than a run) are checked when the filter is built for a recording.
public struct ProtocolFilterPreset: Codable, Sendable, Hashable {
    /// The nine methods of `handpose filter`, spelled as its `--method` values.
    public enum Method: String, Codable, Sendable, Hashable, CaseIterable {
        case butterworth, savgol, movingAverage = "moving-average", exponential, fft, wavelet, kalman, ukf, particle

        public init(from decoder: any Decoder) throws {
            self = try ProtocolDecoding.decodeEnum(Self.self, from: decoder, what: "filter method")
        }
    }

    /// The pass band of the Butterworth and FFT filters (`--type`).
    public enum PassBand: String, Codable, Sendable, Hashable, CaseIterable {
        case lowpass, highpass, bandpass, bandstop

        public init(from decoder: any Decoder) throws {
            self = try ProtocolDecoding.decodeEnum(Self.self, from: decoder, what: "filter type")
        }
    }

    /// `handpose filter`'s options; `nil` means the command's default.
    public struct Parameters: Codable, Sendable, Hashable {
        /// Butterworth order.
        public var order: Int?
        /// Low- or high-pass cut-off in Hz (Butterworth, FFT).
        public var cutoff: Double?
        /// Band edges `[low, high]` in Hz for band-pass or band-stop (Butterworth, FFT).
        public var band: ProtocolFrequencyBand?
        /// Pass band (Butterworth, FFT); default low-pass, or band-pass when `band` is given.
        public var type: PassBand?
        /// One-pass causal filtering instead of zero-phase (Butterworth, exponential).
        public var causal: Bool?
        /// Raised-cosine transition width in Hz (FFT).
        public var taper: Double?
        /// Window length in samples (Savitzky-Golay: odd; moving average).
        public var window: Int?
        /// Savitzky-Golay polynomial order.
        public var polyorder: Int?
        /// Savitzky-Golay derivative 0-2.
        public var deriv: Int?
        /// Edge mode: Savitzky-Golay interp|mirror|nearest|constant|wrap; wavelet symmetric|periodization|zero|constant.
        public var mode: String?
        /// Moving-average alignment: centered or trailing.
        public var alignment: String?
        /// Exponential smoothing factor in (0, 1], or the UKF sigma-point spread.
        public var alpha: Double?
        /// UKF beta.
        public var beta: Double?
        /// UKF kappa.
        public var kappa: Double?
        /// Wavelet: db1-db10, sym2-sym10, coif1-coif5.
        public var wavelet: String?
        /// Wavelet decomposition level.
        public var level: Int?
        /// Wavelet threshold: soft or hard.
        public var threshold: String?
        /// Kalman family: white-noise acceleration (cv) or jerk (ca) variance in mm²/s⁴ or mm²/s⁶.
        public var processNoise: Double?
        /// Kalman family: measurement noise variance in mm².
        public var measurementNoise: Double?
        /// Kalman, UKF: motion model cv or ca; particle: cv (independent position and velocity
        /// diffusion, default) or dwna (discrete white-noise acceleration).
        public var model: String?
        /// Kalman: forward filter only, without the RTS smoother.
        public var noSmooth: Bool?
        /// Particle filter: number of particles.
        public var particles: Int?
        /// Particle filter: random seed.
        public var seed: UInt64?

        public init(
            order: Int? = nil, cutoff: Double? = nil, band: ProtocolFrequencyBand? = nil, type: PassBand? = nil,
            causal: Bool? = nil, taper: Double? = nil, window: Int? = nil, polyorder: Int? = nil, deriv: Int? = nil,
            mode: String? = nil, alignment: String? = nil, alpha: Double? = nil, beta: Double? = nil, kappa: Double? = nil,
            wavelet: String? = nil, level: Int? = nil, threshold: String? = nil, processNoise: Double? = nil,
            measurementNoise: Double? = nil, model: String? = nil, noSmooth: Bool? = nil, particles: Int? = nil,
            seed: UInt64? = nil
        ) {
            self.order = order
            self.cutoff = cutoff
            self.band = band
            self.type = type
            self.causal = causal
            self.taper = taper
            self.window = window
            self.polyorder = polyorder
            self.deriv = deriv
            self.mode = mode
            self.alignment = alignment
            self.alpha = alpha
            self.beta = beta
            self.kappa = kappa
            self.wavelet = wavelet
            self.level = level
            self.threshold = threshold
            self.processNoise = processNoise
            self.measurementNoise = measurementNoise
            self.model = model
            self.noSmooth = noSmooth
            self.particles = particles
            self.seed = seed
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case order, cutoff, band, type, causal, taper, window, polyorder, deriv, mode, alignment, alpha, beta, kappa
            case wavelet, level, threshold, processNoise, measurementNoise, model, noSmooth, particles, seed
        }

        public init(from decoder: any Decoder) throws {
            try ProtocolDecoding.rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                order: try c.decodeWholeNumberIfPresent(Int.self, forKey: .order),
                cutoff: try c.decodeIfPresent(Double.self, forKey: .cutoff),
                band: try c.decodeIfPresent(ProtocolFrequencyBand.self, forKey: .band),
                type: try c.decodeIfPresent(PassBand.self, forKey: .type),
                causal: try c.decodeIfPresent(Bool.self, forKey: .causal),
                taper: try c.decodeIfPresent(Double.self, forKey: .taper),
                window: try c.decodeWholeNumberIfPresent(Int.self, forKey: .window),
                polyorder: try c.decodeWholeNumberIfPresent(Int.self, forKey: .polyorder),
                deriv: try c.decodeWholeNumberIfPresent(Int.self, forKey: .deriv),
                mode: try c.decodeIfPresent(String.self, forKey: .mode),
                alignment: try c.decodeIfPresent(String.self, forKey: .alignment),
                alpha: try c.decodeIfPresent(Double.self, forKey: .alpha),
                beta: try c.decodeIfPresent(Double.self, forKey: .beta),
                kappa: try c.decodeIfPresent(Double.self, forKey: .kappa),
                wavelet: try c.decodeIfPresent(String.self, forKey: .wavelet),
                level: try c.decodeWholeNumberIfPresent(Int.self, forKey: .level),
                threshold: try c.decodeIfPresent(String.self, forKey: .threshold),
                processNoise: try c.decodeIfPresent(Double.self, forKey: .processNoise),
                measurementNoise: try c.decodeIfPresent(Double.self, forKey: .measurementNoise),
                model: try c.decodeIfPresent(String.self, forKey: .model),
                noSmooth: try c.decodeIfPresent(Bool.self, forKey: .noSmooth),
                particles: try c.decodeWholeNumberIfPresent(Int.self, forKey: .particles),
                seed: try c.decodeWholeNumberIfPresent(UInt64.self, forKey: .seed))
        }

        /// The names of the parameters that are set, in declaration order.
        public var givenNames: [String] {
            let given: [(CodingKeys, Bool)] = [
                (.order, order != nil), (.cutoff, cutoff != nil), (.band, band != nil), (.type, type != nil),
                (.causal, causal != nil), (.taper, taper != nil), (.window, window != nil), (.polyorder, polyorder != nil),
                (.deriv, deriv != nil), (.mode, mode != nil), (.alignment, alignment != nil), (.alpha, alpha != nil),
                (.beta, beta != nil), (.kappa, kappa != nil), (.wavelet, wavelet != nil), (.level, level != nil),
                (.threshold, threshold != nil), (.processNoise, processNoise != nil),
                (.measurementNoise, measurementNoise != nil), (.model, model != nil), (.noSmooth, noSmooth != nil),
                (.particles, particles != nil), (.seed, seed != nil),
            ]
            return given.filter(\.1).map(\.0.rawValue)
        }
    }

    /// The filter method.
    public var method: Method
    /// Its parameters (empty: every default).
    public var parameters: Parameters

    public init(method: Method, parameters: Parameters = Parameters()) {
        self.method = method
        self.parameters = parameters
    }

    /// The parameters each method reads (the same table as `handpose filter`'s options).
    public static let applicableParameters: [Method: [String]] = [
        .butterworth: ["order", "cutoff", "band", "type", "causal"],
        .savgol: ["window", "polyorder", "deriv", "mode"],
        .movingAverage: ["window", "alignment"],
        .exponential: ["alpha", "causal"],
        .fft: ["cutoff", "band", "type", "taper"],
        .wavelet: ["wavelet", "level", "threshold", "mode"],
        .kalman: ["processNoise", "measurementNoise", "model", "noSmooth"],
        .ukf: ["processNoise", "measurementNoise", "model", "alpha", "beta", "kappa"],
        .particle: ["processNoise", "measurementNoise", "model", "particles", "seed"],
    ]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case method, parameters
    }

    public init(from decoder: any Decoder) throws {
        try ProtocolDecoding.rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            method: try c.decode(Method.self, forKey: .method),
            parameters: try c.decodeIfPresent(Parameters.self, forKey: .parameters) ?? Parameters())
    }
}
