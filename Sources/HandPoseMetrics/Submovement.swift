/// One discrete movement found in a speed profile: rest, move, rest.
///
/// Indices refer to the uniform grid the speed was sampled on; times are seconds on the
/// recording's clock (the grid's start plus `index / sampleRate`).
public struct Submovement: Sendable, Hashable, Codable {
    /// First grid index of the movement (the rest before it).
    public var startIndex: Int
    /// One past the last grid index (the rest after it).
    public var endIndex: Int
    /// Time of the first sample in seconds.
    public var startSeconds: Double
    /// Time of the last sample in seconds.
    public var endSeconds: Double
    /// The largest speed inside the movement, in the input's units per second.
    public var peakSpeed: Double

    /// Whether the movement starts and ends below the movement threshold; false when a tracking
    /// gap or the end of the data cuts it, so that its smoothness cannot be scored.
    public var isComplete: Bool

    public init(startIndex: Int, endIndex: Int, startSeconds: Double, endSeconds: Double, peakSpeed: Double, isComplete: Bool = true) {
        self.isComplete = isComplete
        self.startIndex = startIndex
        self.endIndex = endIndex
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.peakSpeed = peakSpeed
    }

    /// Number of grid samples.
    public var count: Int { endIndex - startIndex }

    /// `endSeconds − startSeconds`.
    public var durationSeconds: Double { endSeconds - startSeconds }

    private enum CodingKeys: String, CodingKey {
        case startIndex, endIndex, startSeconds, endSeconds, peakSpeed, isComplete
    }
}
