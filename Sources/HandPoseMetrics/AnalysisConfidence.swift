/// A confidence in [0, 1] for one hand's analysis, derived from the quality gate's flags and the
/// measured recording quality, with every factor that lowered it.
///
/// **Formula.** C = min(cap, Π fₖ), the product of these factors, each in [0, 1]:
///
/// | factor | from the measurement | flags it absorbs |
/// |---|---|---|
/// | `presence` | min(1, p/0.9), p = fraction of frames with the hand | `noHands`, `lowHandPresence`, `longGap` |
/// | `noise` | 1/(1 + r²), r = noise-floor RMS / tremor RMS | `highNoiseFloor` |
/// | `sampling` | min(1, m/1.25)², m = (fs/2) / band upper edge | `lowSampleRate`, `tooFewFrames` |
/// | `timing` | 1/(1 + (j/0.5)²), j = jitter SD / median interval | `variableFrameRate`, `nominalRateMismatch`, `assumedTimeBase` |
/// | `droppedFrames` | 1 − d, d = dropped fraction | `droppedFrames` |
/// | `flag:<code>` | — | any other flag, one factor each |
///
/// A flag weighs w(info) = 1, w(warning) = 0.85, w(critical) = 0.5. A factor that absorbs flags
/// is min(measured value, Π w of its flags), so a problem is counted once even when the gate
/// both measured and flagged it, and the flag's weight is a floor on the penalty when it was not
/// measured. Any critical flag caps C at 0.3: the values of that analysis are not to be trusted.
/// Inputs absent (`nil`) or not finite count as 1.
///
/// Properties (tested): C ∈ [0, 1]; adding a flag or worsening any measurement never raises C; a
/// clean recording (hand always present, noise a few percent of the tremor, fs ≥ 2.5 × band edge,
/// no drops, little jitter) scores ≈ 1. The weights and knees are handpose's choice, not a
/// published scale: the point is that a reader sees which factor cost how much.
///
/// JSON: `{"value": 0.62, "cap": null, "factors": [{"name": "presence", "value": 0.8, "input": 0.72,
/// "flags": ["lowHandPresence"], "explanation": "…"}, …], "formula": "…"}`.
public struct AnalysisConfidence: Hashable, Sendable, Codable {
    /// One factor of the product.
    public struct Factor: Hashable, Sendable, Codable {
        /// `presence`, `noise`, `sampling`, `timing`, `droppedFrames` or `flag:<code>`.
        public var name: String
        /// The factor, in [0, 1].
        public var value: Double
        /// The measured input, when there was one.
        public var input: Double?
        /// The flag codes absorbed into this factor.
        public var flags: [String]
        /// One sentence: what was measured and how it became the value.
        public var explanation: String

        private enum CodingKeys: String, CodingKey { case name, value, input, flags, explanation }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(value, forKey: .value)
            try c.encode(input, forKey: .input)
            try c.encode(flags, forKey: .flags)
            try c.encode(explanation, forKey: .explanation)
        }
    }

    /// The confidence, in [0, 1].
    public var value: Double
    /// The cap applied because of a critical flag, or `nil`.
    public var cap: Double?
    /// Every factor, measured ones first, then one per other flag.
    public var factors: [Factor]
    /// The formula in one line.
    public var formula: String

    /// Weight of a flag of each severity.
    public static func weight(_ severity: AnalysisConfidenceInput.Severity) -> Double {
        switch severity {
        case .info: 1
        case .warning: 0.85
        case .critical: 0.5
        }
    }

    /// The ceiling of the confidence when any flag is critical.
    public static let criticalCap = 0.3

    /// The flags each measured factor absorbs.
    public static let absorbedFlags: [String: Set<String>] = [
        "presence": ["noHands", "lowHandPresence", "longGap"],
        "noise": ["highNoiseFloor"],
        "sampling": ["lowSampleRate", "tooFewFrames"],
        "timing": ["variableFrameRate", "nominalRateMismatch", "assumedTimeBase"],
        "droppedFrames": ["droppedFrames"],
    ]

    static let formulaText =
        "C = min(cap, Π factors); measured factors: presence min(1, p/0.9), noise 1/(1+r²), sampling min(1, (fs/2)/(1.25·band))², timing 1/(1+(j/0.5)²), droppedFrames 1−d, each min'ed with the product of its flags' weights; other flags one factor each; weights info 1, warning 0.85, critical 0.5; cap 0.3 with any critical flag"

    /// Computes the confidence of `input`. O(flags).
    public init(_ input: AnalysisConfidenceInput) {
        func finite(_ x: Double?) -> Double? { x.flatMap { $0.isFinite ? $0 : nil } }
        func clamp(_ x: Double) -> Double { min(1, max(0, x)) }
        var factors: [Factor] = []
        var absorbed = Set<String>()
        let inputFlags = input.flags

        func measured(_ name: String, _ input: Double?, _ value: (Double) -> Double, _ explain: (Double) -> String) {
            let codes = Self.absorbedFlags[name]!
            absorbed.formUnion(codes)
            let matching = inputFlags.filter { codes.contains($0.code) }
            let flagWeight = matching.reduce(1.0) { $0 * Self.weight($1.severity) }
            let measuredValue = input.map { clamp(value($0)) } ?? 1
            var explanation = input.map(explain) ?? "not measured"
            if !matching.isEmpty {
                explanation += "; flagged \(matching.map { "\($0.code) (\($0.severity.rawValue))" }.joined(separator: ", "))"
                if flagWeight < measuredValue { explanation += ", which sets the factor to \(Self.format(flagWeight))" }
            }
            factors.append(Factor(
                name: name, value: min(measuredValue, flagWeight), input: input, flags: matching.map(\.code),
                explanation: explanation))
        }
        measured("presence", finite(input.handPresence).map(clamp), { $0 / 0.9 }) {
            "hand detected in \(Self.percent($0)) of frames (full credit from 90%)"
        }
        measured("noise", finite(input.noiseToTremorRatio).map { max(0, $0) }, { 1 / (1 + $0 * $0) }) {
            "noise floor is \(Self.format($0)) × the tremor RMS: 1/(1 + r²)"
        }
        let margin: Double? = {
            guard let rate = finite(input.effectiveSampleRateHz), let band = finite(input.tremorBandUpperHz), band > 0 else { return nil }
            return max(0, rate / 2 / band)
        }()
        measured("sampling", margin, { ($0 / 1.25) * ($0 / 1.25) }) {
            "Nyquist is \(Self.format($0)) × the band's upper edge (full credit from 1.25)"
        }
        measured("timing", finite(input.jitterFraction).map { max(0, $0) }, { 1 / (1 + ($0 / 0.5) * ($0 / 0.5)) }) {
            "frame-interval jitter is \(Self.percent($0)) of the median interval"
        }
        measured("droppedFrames", finite(input.droppedFraction).map(clamp), { 1 - $0 }) {
            "\(Self.percent($0)) of frames dropped"
        }
        for flag in input.flags where !absorbed.contains(flag.code) {
            factors.append(Factor(
                name: "flag:\(flag.code)", value: Self.weight(flag.severity), input: nil, flags: [flag.code],
                explanation: "\(flag.severity.rawValue) flag \(flag.code)"))
        }

        let product = factors.reduce(1.0) { $0 * $1.value }
        let critical = input.flags.contains { $0.severity == .critical }
        cap = critical ? Self.criticalCap : nil
        value = clamp(min(cap ?? 1, product))
        self.factors = factors
        formula = Self.formulaText
    }

    private enum CodingKeys: String, CodingKey { case value, cap, factors, formula }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(cap, forKey: .cap)
        try c.encode(factors, forKey: .factors)
        try c.encode(formula, forKey: .formula)
    }

    /// The factors below 1, largest penalty first: what a reader should look at.
    public var penalties: [Factor] { factors.filter { $0.value < 1 }.sorted { $0.value < $1.value } }

    static func format(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : "\(rounded)"
    }

    static func percent(_ fraction: Double) -> String { "\(format(fraction * 100))%" }
}
