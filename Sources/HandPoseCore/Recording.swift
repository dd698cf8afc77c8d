/// A hand-landmark recording: a frame timeline, one track per detected hand, and everything known
/// about where the numbers came from.
///
/// Time is always seconds from the first frame, taken from the file's own timestamps unless
/// ``timeBase`` says it was assumed. Both hand tracks (when present) share ``timestamps``.
public struct Recording: Sendable, Equatable {
    /// Seconds from the first frame, strictly increasing.
    public var timestamps: [Double]
    /// The left hand, if the file has any sample of it.
    public var left: HandTrack?
    /// The right hand, if the file has any sample of it.
    public var right: HandTrack?
    /// The source's frame numbers, one per frame, when the file has a frame column.
    public var frameNumbers: [Int]?

    /// The layout the file was read from.
    public var layout: SourceLayout
    /// Where the time came from.
    public var timeBase: TimeBase
    /// The coordinate space, its provenance and the calibration to millimetres.
    public var spatial: SpatialReference
    /// Whether hand labels were swapped on reading because the input was mirrored.
    public var mirroredInputCorrected: Bool
    /// The file path, when read from a file.
    public var sourcePath: String?
    /// `# key: value` metadata lines found in the file's preamble.
    public var metadata: [String: String]
    /// What the reader noticed and handled.
    public var warnings: [IngestWarning]

    public init(
        timestamps: [Double], left: HandTrack?, right: HandTrack?, frameNumbers: [Int]? = nil,
        layout: SourceLayout, timeBase: TimeBase, spatial: SpatialReference,
        mirroredInputCorrected: Bool = false, sourcePath: String? = nil,
        metadata: [String: String] = [:], warnings: [IngestWarning] = []
    ) {
        for track in [left, right].compactMap({ $0 }) {
            precondition(track.timestamps.count == timestamps.count, "\(track.side) hand has \(track.timestamps.count) frames, recording \(timestamps.count)")
        }
        if let frameNumbers {
            precondition(frameNumbers.count == timestamps.count, "\(frameNumbers.count) frame numbers for \(timestamps.count) frames")
        }
        self.timestamps = timestamps
        self.left = left
        self.right = right
        self.frameNumbers = frameNumbers
        self.layout = layout
        self.timeBase = timeBase
        self.spatial = spatial
        self.mirroredInputCorrected = mirroredInputCorrected
        self.sourcePath = sourcePath
        self.metadata = metadata
        self.warnings = warnings
    }

    /// Number of frames.
    public var frameCount: Int { timestamps.count }

    /// Seconds from the first to the last frame (0 for fewer than two frames).
    public var duration: Double { timestamps.count < 2 ? 0 : timestamps[timestamps.count - 1] - timestamps[0] }

    /// The hand tracks present, left first.
    public var hands: [HandTrack] { [left, right].compactMap { $0 } }

    /// The track of `side`, if present.
    public subscript(side: HandSide) -> HandTrack? {
        get { side == .left ? left : right }
        set {
            if side == .left { left = newValue } else { right = newValue }
        }
    }
}
