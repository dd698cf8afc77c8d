import HandPoseCore

/// An interval in which one hand is not detected (presence false, every landmark NaN).
public struct GapSpec: Sendable, Codable, Equatable {
    /// The hand that disappears; `nil` lets the seed choose one of the simulated hands.
    public var hand: HandSide?
    /// Start of the gap in seconds; `nil` lets the seed place it uniformly in
    /// `[0, duration − length]`.
    public var start: Double?
    /// Length of the gap in seconds.
    public var length: Double

    /// Creates a gap of `length` seconds; `nil` hand or start are chosen by the seed.
    public init(hand: HandSide? = nil, start: Double? = nil, length: Double) {
        self.hand = hand
        self.start = start
        self.length = length
    }

    /// Parses a gap:
    ///
    /// | text | hand | start | length |
    /// |---|---|---|---|
    /// | `1.5` | seeded | seeded | 1.5 s |
    /// | `right:1.5` | right | seeded | 1.5 s |
    /// | `12:1.5` | seeded | 12 s | 1.5 s |
    /// | `right:12:1.5` | right | 12 s | 1.5 s |
    ///
    /// - Throws: ``SimulationError`` with code ``SimulationError/Code/invalidGapSpec``.
    public static func parse(_ text: String) throws -> GapSpec {
        let form = "expected [hand:][start:]length in seconds, for example 1.5 or right:12:1.5"
        func failure(_ problem: String) -> SimulationError {
            SimulationError(.invalidGapSpec, "gap '\(text)': \(problem); \(form)")
        }
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
        guard (1...3).contains(parts.count) else { throw failure("has \(parts.count) fields") }
        var hand: HandSide?
        if let side = HandSide(rawValue: parts[0].lowercased()) {
            hand = side
            parts.removeFirst()
        } else if parts.count == 3 {
            throw failure("hand '\(parts[0])' is not left or right")
        }
        guard let lengthText = parts.last else { throw failure("has no length") }
        guard let length = Double(lengthText), length.isFinite, length > 0 else {
            throw failure("length '\(lengthText)' is not a positive number of seconds")
        }
        var start: Double?
        if parts.count == 2 {
            guard let value = Double(parts[0]), value.isFinite, value >= 0 else {
                throw failure("start '\(parts[0])' is not a non-negative number of seconds")
            }
            start = value
        }
        return GapSpec(hand: hand, start: start, length: length)
    }
}
