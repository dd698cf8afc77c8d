import HandPoseCore

/// How much a quality problem matters. The report's ``QualityVerdict`` follows the worst severity.
public enum QualitySeverity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    /// Worth knowing; the analysis is unaffected.
    case info
    /// Results are usable but less reliable (say which in the message).
    case warning
    /// Results of the affected kind cannot be trusted.
    case critical

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .critical: 2
        }
    }

    public static func < (lhs: QualitySeverity, rhs: QualitySeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One named problem found by the quality gate.
///
/// JSON: `{"code": "longGap", "severity": "warning", "hand": "left", "message": "…"}`;
/// `hand` is `null` for recording-wide flags.
public struct QualityFlag: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The flag's stable camelCase name. Extensible: new codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
        public var description: String { rawValue }

        /// Critical: no hand is detected in any frame.
        public static let noHands = Code(rawValue: "noHands")
        /// Critical: fewer than two frames, so no rate can be measured.
        public static let tooFewFrames = Code(rawValue: "tooFewFrames")
        /// Critical: Nyquist (nominal rate / 2) does not exceed the tremor band's upper end.
        public static let lowSampleRate = Code(rawValue: "lowSampleRate")
        /// Warning: jitter above ``QualityConfiguration/variableFrameRateJitterFraction`` of the median interval.
        public static let variableFrameRate = Code(rawValue: "variableFrameRate")
        /// Warning: dropped frames above ``QualityConfiguration/droppedFrameFraction``.
        public static let droppedFrames = Code(rawValue: "droppedFrames")
        /// Warning: the declared `nominal_fps` disagrees with the measured median interval.
        public static let nominalRateMismatch = Code(rawValue: "nominalRateMismatch")
        /// Warning: the time base was assumed from a frame rate, not measured.
        public static let assumedTimeBase = Code(rawValue: "assumedTimeBase")
        /// Warning: the recording is shorter than ``QualityConfiguration/minimumDurationSeconds``.
        public static let shortRecording = Code(rawValue: "shortRecording")
        /// Warning (per hand): a gap longer than ``QualityConfiguration/longGapSeconds``.
        public static let longGap = Code(rawValue: "longGap")
        /// Warning (per hand): presence below ``QualityConfiguration/minimumHandPresence``.
        public static let lowHandPresence = Code(rawValue: "lowHandPresence")
        /// Warning: the hand labels swap during the recording.
        public static let handednessFlips = Code(rawValue: "handednessFlips")
        /// Warning (per hand): the hand's geometry says the other side (mirrored input?).
        public static let handednessInconsistent = Code(rawValue: "handednessInconsistent")
        /// Label swaps cannot be detected: the hands are in hand-centred frames (world landmarks).
        public static let labelSwapsNotAssessable = Code(rawValue: "labelSwapsNotAssessable")
        /// Info: amplitudes can only be reported in the native unit.
        public static let uncalibratedUnits = Code(rawValue: "uncalibratedUnits")
        /// Warning: x and y are on different scales (normalized coordinates of a non-square image).
        public static let anisotropicCoordinates = Code(rawValue: "anisotropicCoordinates")
        /// Warning (per hand): in-band noise RMS above ``QualityConfiguration/highNoiseFloorMillimetres``.
        public static let highNoiseFloor = Code(rawValue: "highNoiseFloor")
    }

    public var code: Code
    public var severity: QualitySeverity
    /// `"left"` or `"right"` for a per-hand flag, `nil` for the recording.
    public var hand: String?
    /// One sentence: the measured value, the threshold, and what it means or how to fix it.
    public var message: String

    public init(_ code: Code, _ severity: QualitySeverity, hand: HandSide? = nil, _ message: String) {
        self.code = code
        self.severity = severity
        self.hand = hand?.rawValue
        self.message = message
    }

    private enum CodingKeys: String, CodingKey { case code, severity, hand, message }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(hand, forKey: .hand)
        try container.encode(message, forKey: .message)
    }

    public var description: String {
        "\(severity.rawValue): \(code)\(hand.map { " (\($0))" } ?? ""): \(message)"
    }
}

/// The overall judgement: `poor` with any critical flag, `usable` with warnings, else `good`.
public enum QualityVerdict: String, Sendable, Codable, Hashable {
    case good, usable, poor

    /// The verdict for a set of flags.
    public init(flags: [QualityFlag]) {
        switch flags.map(\.severity).max() {
        case .critical: self = .poor
        case .warning: self = .usable
        case .info, nil: self = .good
        }
    }
}
