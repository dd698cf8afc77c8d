#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Butterworth IIR filter design: maximally flat magnitude, `|H(f)|² = 1 / (1 + (f/f_c)^{2N})` in
/// the analog prototype, made digital by the bilinear transform with pre-warping so the −3 dB
/// point lands exactly on the requested cutoff.
///
/// The design path is scipy's `butter(N, Wn, btype, fs=fs, output='sos')`, step for step, so the
/// section coefficients match scipy to rounding:
///
/// 1. analog prototype poles `pₘ = −exp(iπm/2N)`, `m = −N+1, −N+3, …, N−1` (`buttap`);
/// 2. pre-warping of each edge `f`: `ω = 4·tan(π·(f/(fs/2))/2)` (the bilinear transform with
///    a normalised sample rate of 2);
/// 3. the frequency transform in zero-pole-gain form (`lp2lp_zpk`, `lp2hp_zpk`, `lp2bp_zpk`,
///    `lp2bs_zpk`; band edges give `ω₀ = √(ω₁ω₂)`, `BW = ω₂ − ω₁`);
/// 4. the bilinear transform `z = (4 + s)/(4 − s)` (`bilinear_zpk`);
/// 5. grouping into second-order sections with scipy's `'nearest'` pairing and ordering
///    (`zpk2sos`).
///
/// Band-pass and band-stop filters of order `N` have `2N` poles (`N` sections). Frequencies are in
/// Hz with an explicit sample rate. Complexity: O(N²) for the pairing; a design costs microseconds.
///
/// Reference: S. Butterworth, "On the theory of filter amplifiers", *Wireless Engineer* 7:536–541
/// (1930); scipy.signal `butter` (SciPy 1.17).
public enum Butterworth {
    /// Which frequencies pass; edges in Hz.
    public enum Response: Sendable, Hashable, CustomStringConvertible {
        case lowpass(cutoff: Double)
        case highpass(cutoff: Double)
        case bandpass(low: Double, high: Double)
        case bandstop(low: Double, high: Double)

        /// scipy's `btype` spelling (`lowpass`, `highpass`, `bandpass`, `bandstop`).
        public var kind: String {
            switch self {
            case .lowpass: "lowpass"
            case .highpass: "highpass"
            case .bandpass: "bandpass"
            case .bandstop: "bandstop"
            }
        }

        /// The edge frequencies in Hz (one or two).
        public var edges: [Double] {
            switch self {
            case .lowpass(let cutoff), .highpass(let cutoff): [cutoff]
            case .bandpass(let low, let high), .bandstop(let low, let high): [low, high]
            }
        }

        public var description: String {
            "\(kind) " + edges.map { "\($0) Hz" }.joined(separator: "–")
        }
    }

    /// The accepted filter orders. Higher orders are numerically fragile even as sections and
    /// have no use on 30–120 fps hand tracks.
    public static let orders: ClosedRange<Int> = 1...20

    /// A low-pass filter of `order` with −3 dB cutoff `cutoff` Hz at `sampleRate` Hz.
    public static func lowpass(order: Int, cutoff: Double, sampleRate: Double) throws -> SecondOrderSections {
        try sections(order: order, response: .lowpass(cutoff: cutoff), sampleRate: sampleRate)
    }

    /// A high-pass filter of `order` with −3 dB cutoff `cutoff` Hz at `sampleRate` Hz.
    public static func highpass(order: Int, cutoff: Double, sampleRate: Double) throws -> SecondOrderSections {
        try sections(order: order, response: .highpass(cutoff: cutoff), sampleRate: sampleRate)
    }

    /// A band-pass filter (2·`order` poles) passing `low` … `high` Hz at `sampleRate` Hz.
    public static func bandpass(order: Int, low: Double, high: Double, sampleRate: Double) throws -> SecondOrderSections {
        try sections(order: order, response: .bandpass(low: low, high: high), sampleRate: sampleRate)
    }

    /// A band-stop filter (2·`order` poles) rejecting `low` … `high` Hz at `sampleRate` Hz.
    public static func bandstop(order: Int, low: Double, high: Double, sampleRate: Double) throws -> SecondOrderSections {
        try sections(order: order, response: .bandstop(low: low, high: high), sampleRate: sampleRate)
    }

    /// The second-order sections of a Butterworth filter (scipy `butter(..., output='sos')`).
    ///
    /// - Throws: ``FilterConfigurationError`` when the order is outside ``orders``, the sample
    ///   rate is not positive and finite, an edge is not strictly between 0 and the Nyquist
    ///   frequency, or `low ≥ high`.
    public static func sections(order: Int, response: Response, sampleRate: Double) throws -> SecondOrderSections {
        let zpk = try digitalZeroPoleGain(order: order, response: response, sampleRate: sampleRate)
        return SecondOrderSections(zeros: zpk.zeros, poles: zpk.poles, gain: zpk.gain)
    }

    /// The transfer function `b(z⁻¹)/a(z⁻¹)` (scipy `butter(..., output='ba')`), coefficients of
    /// `z⁰, z⁻¹, …`; `a[0] = 1`. Loses precision for band filters and orders above about 4: apply
    /// ``sections(order:response:sampleRate:)`` instead.
    public static func transferFunction(order: Int, response: Response, sampleRate: Double) throws -> (numerator: [Double], denominator: [Double]) {
        let zpk = try digitalZeroPoleGain(order: order, response: response, sampleRate: sampleRate)
        let numerator = ButterworthZeroPoleGain.polynomial(zpk.zeros).map { zpk.gain * $0 }
        return (numerator, ButterworthZeroPoleGain.polynomial(zpk.poles))
    }

    /// The digital zeros, poles (conjugate pairs listed in full) and gain, in scipy's order.
    static func digitalZeroPoleGain(order: Int, response: Response, sampleRate: Double) throws -> ButterworthZeroPoleGain {
        try validate(order: order, response: response, sampleRate: sampleRate)
        // scipy normalises to the Nyquist frequency, then designs at a sample rate of 2.
        let warped = response.edges.map { edge in
            let normalized = edge / (sampleRate / 2)
            return 2 * 2.0 * tan(Double.pi * normalized / 2.0)
        }
        let prototype = ButterworthZeroPoleGain.analogPrototype(order: order)
        let analog: ButterworthZeroPoleGain
        switch response {
        case .lowpass: analog = prototype.lowpassToLowpass(cutoff: warped[0])
        case .highpass: analog = prototype.lowpassToHighpass(cutoff: warped[0])
        case .bandpass:
            analog = prototype.lowpassToBandpass(center: sqrt(warped[0] * warped[1]), bandwidth: warped[1] - warped[0])
        case .bandstop:
            analog = prototype.lowpassToBandstop(center: sqrt(warped[0] * warped[1]), bandwidth: warped[1] - warped[0])
        }
        return analog.bilinear(sampleRate: 2.0)
    }

    static func validate(order: Int, response: Response, sampleRate: Double) throws {
        guard orders.contains(order) else {
            throw FilterConfigurationError(parameter: "order", "order \(order) must be between \(orders.lowerBound) and \(orders.upperBound)")
        }
        guard sampleRate.isFinite && sampleRate > 0 else {
            throw FilterConfigurationError(parameter: "sampleRate", "sample rate \(sampleRate) Hz must be positive and finite")
        }
        let nyquist = sampleRate / 2
        let names: [String]
        switch response {
        case .lowpass, .highpass: names = ["cutoff"]
        case .bandpass, .bandstop: names = ["low", "high"]
        }
        for (name, edge) in zip(names, response.edges) {
            guard edge.isFinite && edge > 0 else {
                throw FilterConfigurationError(parameter: name, "\(name) \(Self.format(edge)) Hz must be above 0 Hz")
            }
            guard edge < nyquist else {
                throw FilterConfigurationError(
                    parameter: name,
                    "\(name) \(Self.format(edge)) Hz must be below the Nyquist frequency \(FilterConfigurationError.hertz(nyquist)) Hz of a \(FilterConfigurationError.hertz(sampleRate)) Hz recording")
            }
        }
        let edges = response.edges
        if edges.count == 2 && !(edges[0] < edges[1]) {
            throw FilterConfigurationError(parameter: "low", "low \(Self.format(edges[0])) Hz must be below high \(Self.format(edges[1])) Hz")
        }
    }

    /// `6` rather than `6.0`; other values as Swift prints them.
    static func format(_ value: Double) -> String {
        if value.isFinite && value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
