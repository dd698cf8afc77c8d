import HandPoseCore

/// Range of motion of one hand: the flexion range of the fourteen finger joints beside their normal
/// ranges, the wrist (not computable from hand landmarks), the settings used, and the reasons for
/// every missing value.
///
/// JSON (stable keys; every joint is always present, `null` values explained under `notComputable`):
/// ```
/// {"thumb": {"mcp": {…}, "ip": {…}},
///  "index": {"mcp": {"minDeg": 15.1, "maxDeg": 69.8, "rangeDeg": 54.7, "normalMinDeg": 0,
///            "normalMaxDeg": 90, "framesUsed": 1800}, "pip": {…}, "dip": {…}},
///  "middle": {…}, "ring": {…}, "pinky": {…},
///  "wrist": {"flexion": {"minDeg": null, …, "normalMaxDeg": 80, "framesUsed": 0}, "extension": …,
///            "radialDeviation": …, "ulnarDeviation": …},
///  "parameters": {…},
///  "notComputable": [{"metric": "rangeOfMotion.wrist", "reason": "…"}]}
/// ```
/// Entries are described by ``RangeOfMotionEntry``; how they are measured by
/// ``measure(_:spatial:configuration:normalRanges:)``.
public struct RangeOfMotion: Hashable, Sendable, Codable {
    /// One entry per ``JointAngle/all``, in that order.
    public var joints: [RangeOfMotionEntry]
    /// The wrist motions (``NormalRangeTable/wristMotions``), never measured.
    public var wrist: [String: RangeOfMotionEntry]
    /// The settings that shaped the numbers.
    public var parameters: RangeOfMotionParameters
    /// Why values are `null`: `rangeOfMotion` for the whole hand, `rangeOfMotion.<finger>.<joint>`
    /// for one joint, `rangeOfMotion.wrist` for the wrist.
    public var notComputable: [NotComputable]

    public init(
        joints: [RangeOfMotionEntry], wrist: [String: RangeOfMotionEntry], parameters: RangeOfMotionParameters,
        notComputable: [NotComputable]
    ) {
        precondition(joints.count == JointAngle.all.count, "\(joints.count) joint entries for \(JointAngle.all.count) joints")
        self.joints = joints
        self.wrist = wrist
        self.parameters = parameters
        self.notComputable = notComputable
    }

    /// The entry of `joint`.
    public subscript(joint: JointAngle) -> RangeOfMotionEntry {
        get { joints[joint.index] }
        set { joints[joint.index] = newValue }
    }

    /// The entry of `finger`'s `joint`, `nil` for a joint the finger does not have.
    public subscript(finger: Finger, joint: JointAngle.Joint) -> RangeOfMotionEntry? {
        JointAngle(finger, joint).map { joints[$0.index] }
    }

    /// The reason `joint` has no value, if it has none.
    public func reason(for joint: JointAngle) -> String? {
        notComputable.first { $0.metric == "rangeOfMotion.\(joint.key)" || $0.metric == "rangeOfMotion" }?.reason
    }

    /// The reason the wrist has no value.
    public static let wristReason =
        "wrist flexion/extension and radial/ulnar deviation need the forearm axis (elbow to wrist, e.g. MediaPipe Pose landmarks 13-16), which the 21 hand landmarks lack"

    // MARK: Codable

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for finger in Finger.allCases {
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key(finger.name))
            for joint in JointAngle.all where joint.finger == finger {
                try nested.encode(joints[joint.index], forKey: Key(joint.joint.rawValue))
            }
        }
        var wristContainer = container.nestedContainer(keyedBy: Key.self, forKey: Key("wrist"))
        for motion in NormalRangeTable.wristMotions {
            if let entry = wrist[motion] { try wristContainer.encode(entry, forKey: Key(motion)) }
        }
        try container.encode(parameters, forKey: Key("parameters"))
        try container.encode(notComputable, forKey: Key("notComputable"))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var joints: [RangeOfMotionEntry] = []
        for joint in JointAngle.all {
            let nested = try container.nestedContainer(keyedBy: Key.self, forKey: Key(joint.finger.name))
            joints.append(try nested.decode(RangeOfMotionEntry.self, forKey: Key(joint.joint.rawValue)))
        }
        self.joints = joints
        let wristContainer = try container.nestedContainer(keyedBy: Key.self, forKey: Key("wrist"))
        var wrist: [String: RangeOfMotionEntry] = [:]
        for key in wristContainer.allKeys { wrist[key.stringValue] = try wristContainer.decode(RangeOfMotionEntry.self, forKey: key) }
        self.wrist = wrist
        parameters = try container.decode(RangeOfMotionParameters.self, forKey: Key("parameters"))
        notComputable = try container.decode([NotComputable].self, forKey: Key("notComputable"))
    }
}
