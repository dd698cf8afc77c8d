import HandPoseCore

/// The flexion angle of every joint (``JointAngle/all``) in every frame of one hand, in degrees.
///
/// Frame i of joint j is ``JointAngle/flexionDegrees(_:_:_:)`` of the joint's three landmarks,
/// scaled by the ``JointAngleSpace``; it is NaN when the hand is absent in that frame, when any of
/// the three landmarks lacks a finite x, y or z, or when a segment has zero length. Timestamps are
/// the recording's own (no resampling here).
///
/// Complexity: O(frames × 14); one allocation per joint.
public struct JointAngleSeries: Sendable, Hashable {
    /// Seconds from the first frame, one per frame.
    public var timestamps: [Double]
    /// `degrees[joint.index][frame]`.
    public var degrees: [[Double]]

    /// Measures every joint of `track` in `space`.
    public init(track: HandTrack, space: JointAngleSpace) {
        let frames = track.frameCount
        let scale = space.scale
        timestamps = track.timestamps
        degrees = JointAngle.all.map { joint in
            [Double](unsafeUninitializedCapacity: frames) { output, initialized in
                for frame in 0..<frames {
                    guard track.presence[frame] else {
                        output[frame] = .nan
                        continue
                    }
                    let a = track.position(joint.proximal, frame: frame) * scale
                    let b = track.position(joint.vertex, frame: frame) * scale
                    let c = track.position(joint.distal, frame: frame) * scale
                    output[frame] = a.isFinite && b.isFinite && c.isFinite ? JointAngle.flexionDegrees(a, b, c) : .nan
                }
                initialized = frames
            }
        }
    }

    /// The angles of `joint`, one per frame.
    public subscript(joint: JointAngle) -> [Double] { degrees[joint.index] }

    /// Whether the track has only 2-D data: no landmark of a present frame has a finite z other
    /// than 0, while some have finite x and y (z absent or written as 0 by a 2-D exporter).
    ///
    /// A 2-D projection understates flexion that happens out of the image plane, which for a palm
    /// facing the camera is most of it, so range of motion refuses such data.
    public static func isPlanar(_ track: HandTrack) -> Bool {
        var hasXY = false
        for landmark in Landmark.allCases {
            let x = track.samples(landmark, .x), y = track.samples(landmark, .y), z = track.samples(landmark, .z)
            for frame in 0..<track.frameCount where track.presence[frame] && x[frame].isFinite && y[frame].isFinite {
                hasXY = true
                if z[frame].isFinite && z[frame] != 0 { return false }
            }
        }
        return hasXY
    }
}
