/// Something the reader noticed and handled, which the user should know about.
///
/// Warnings never hide a failure: anything that would change the numbers silently is an error.
public struct IngestWarning: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What kind of problem this is. Extensible: new codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// Two frames carried the same timestamp and were merged into one.
        public static let duplicateTimestamp = Code(rawValue: "duplicateTimestamp")
        /// Epoch timestamps were rebased so that the first frame is at 0 s.
        public static let timestampsRebased = Code(rawValue: "timestampsRebased")
        /// The time base was assumed from a frame index and a given frame rate.
        public static let assumedTimeBase = Code(rawValue: "assumedTimeBase")
        /// Hand labels were swapped because the input was mirrored.
        public static let mirroredLabelsSwapped = Code(rawValue: "mirroredLabelsSwapped")
        /// Landmarks encoded as the all-zero sentinel `0,0,0` were read as missing.
        public static let zeroSentinel = Code(rawValue: "zeroSentinel")
        /// The same landmark of the same hand appeared more than once in one frame.
        public static let duplicateSample = Code(rawValue: "duplicateSample")
        /// The coordinate space was inferred from the values rather than declared.
        public static let inferredCoordinateSpace = Code(rawValue: "inferredCoordinateSpace")
        /// A calibration was applied or could only be approximate.
        public static let calibration = Code(rawValue: "calibration")
        /// Rows with an `unknown` (or empty) hand label were skipped.
        public static let unknownHandSkipped = Code(rawValue: "unknownHandSkipped")
        /// A line held only delimiters or NUL bytes and was skipped.
        public static let blankLineSkipped = Code(rawValue: "blankLineSkipped")
    }

    public var code: Code
    public var message: String
    /// The 1-based line of the file this refers to, if any.
    public var line: Int?
    /// How many times this warning occurred (repeated warnings are folded into one).
    public var count: Int

    public init(_ code: Code, _ message: String, line: Int? = nil, count: Int = 1) {
        self.code = code
        self.message = message
        self.line = line
        self.count = count
    }

    public var description: String {
        let location = line.map { "line \($0): " } ?? ""
        let times = count > 1 ? " (\(count) times)" : ""
        return "\(location)\(message)\(times)"
    }
}
