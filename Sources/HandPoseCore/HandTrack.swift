/// The samples of one hand over a recording, stored as structure of arrays.
///
/// Every hand track of a ``Recording`` spans all of the recording's frames. A frame in which the
/// hand was not detected has `presence[i] == false` and NaN in every channel; a landmark missing
/// from a detected hand (empty field, NaN, or the `0,0,0` sentinel) is NaN in its three channels.
/// Missing data is never zero.
public struct HandTrack: Sendable, Equatable {
    /// The subject's anatomical side (after any mirror correction).
    public var side: HandSide
    /// Seconds from the first frame of the recording, strictly increasing.
    public var timestamps: [Double]
    /// 63 channels (see ``Channel``), each a contiguous array of `timestamps.count` samples.
    public var channels: [[Double]]
    /// Whether the hand was detected in each frame.
    public var presence: [Bool]
    /// The detector's handedness score per frame (NaN where absent or not given); `nil` when the
    /// file has no score column.
    public var handScore: [Double]?

    /// Creates a track; every array must have one element per timestamp.
    public init(
        side: HandSide, timestamps: [Double], channels: [[Double]], presence: [Bool],
        handScore: [Double]? = nil
    ) {
        precondition(channels.count == Channel.count, "a hand has 63 channels, got \(channels.count)")
        for (index, channel) in channels.enumerated() {
            precondition(
                channel.count == timestamps.count,
                "channel \(Channel(index: index)) has \(channel.count) samples for \(timestamps.count) timestamps")
        }
        precondition(presence.count == timestamps.count, "presence has \(presence.count) frames for \(timestamps.count)")
        if let handScore {
            precondition(handScore.count == timestamps.count, "hand score has \(handScore.count) frames for \(timestamps.count)")
        }
        self.side = side
        self.timestamps = timestamps
        self.channels = channels
        self.presence = presence
        self.handScore = handScore
    }

    /// A track of `timestamps.count` frames in which the hand is absent everywhere.
    public static func absent(side: HandSide, timestamps: [Double]) -> HandTrack {
        let missing = [Double](repeating: .nan, count: timestamps.count)
        return HandTrack(
            side: side, timestamps: timestamps,
            channels: Array(repeating: missing, count: Channel.count),
            presence: Array(repeating: false, count: timestamps.count))
    }

    /// Number of frames (present or not).
    public var frameCount: Int { timestamps.count }

    /// Number of frames in which the hand was detected.
    public var presentFrameCount: Int { presence.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// The samples of one channel.
    public subscript(channel: Channel) -> [Double] {
        get { channels[channel.index] }
        set { channels[channel.index] = newValue }
    }

    /// The samples of one landmark along one axis.
    public func samples(_ landmark: Landmark, _ axis: Axis) -> [Double] {
        channels[Channel(landmark, axis).index]
    }

    /// The position of `landmark` in frame `frame` (NaN components where missing).
    /// Inlinable: metrics call it per frame and landmark in their inner loops.
    @inlinable
    public func position(_ landmark: Landmark, frame: Int) -> SIMD3<Double> {
        let base = landmark.rawValue * 3
        return SIMD3(channels[base][frame], channels[base + 1][frame], channels[base + 2][frame])
    }

    /// Whether `landmark` has finite x and y in `frame` (z may be absent in 2-D data).
    @inlinable
    public func hasLandmark(_ landmark: Landmark, frame: Int) -> Bool {
        let base = landmark.rawValue * 3
        return channels[base][frame].isFinite && channels[base + 1][frame].isFinite
    }
}
