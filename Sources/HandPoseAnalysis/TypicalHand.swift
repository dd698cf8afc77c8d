import HandPoseCore

/// The scale of an uncalibrated recording, from the size of a typical adult hand.
public enum TypicalHand {
    /// Wrist to middle-finger MCP of an adult hand, in mm (the simulator's skeleton uses the same).
    public static let lengthMillimetres = 88.0

    /// Millimetres per coordinate unit, assuming the recorded hand has the typical length; 1 when no
    /// frame has both landmarks.
    public static func millimetresPerUnit(_ recording: Recording) -> Double {
        var lengths: [Double] = []
        for track in recording.hands {
            for frame in stride(from: 0, to: track.frameCount, by: max(1, track.frameCount / 500)) where track.presence[frame] {
                let wrist = track.position(.wrist, frame: frame), mcp = track.position(.middleMCP, frame: frame)
                var delta = mcp - wrist
                if !delta.z.isFinite { delta.z = 0 }
                let length = delta.length
                if length.isFinite, length > 0 { lengths.append(length) }
            }
        }
        guard !lengths.isEmpty else { return 1 }
        lengths.sort()
        return lengthMillimetres / lengths[lengths.count / 2]
    }
}
