/// The 21 hand landmarks in MediaPipe order (index 0 = wrist, 4 = thumb tip, 8 = index tip, …).
///
/// The raw value is the MediaPipe landmark index. ``mediaPipeName`` is the name of the Python enum
/// `mp.solutions.hands.HandLandmark` (`INDEX_FINGER_MCP`, not the short `INDEX_MCP`).
public enum Landmark: Int, CaseIterable, Sendable, Codable, Comparable {
    case wrist = 0
    case thumbCMC, thumbMCP, thumbIP, thumbTip
    case indexMCP, indexPIP, indexDIP, indexTip
    case middleMCP, middlePIP, middleDIP, middleTip
    case ringMCP, ringPIP, ringDIP, ringTip
    case pinkyMCP, pinkyPIP, pinkyDIP, pinkyTip

    /// Number of landmarks per hand.
    public static let count = 21

    public static func < (lhs: Landmark, rhs: Landmark) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The finger this landmark belongs to; `nil` for the wrist.
    public var finger: Finger? {
        rawValue == 0 ? nil : Finger(rawValue: (rawValue - 1) / 4)
    }

    /// Position along the finger, proximal to distal: 0 = CMC/MCP … 3 = tip; `nil` for the wrist.
    public var jointIndex: Int? {
        rawValue == 0 ? nil : (rawValue - 1) % 4
    }

    /// The landmark `joint` positions along `finger` (0 = most proximal, 3 = tip).
    public static func of(_ finger: Finger, joint: Int) -> Landmark {
        precondition((0..<4).contains(joint), "joint \(joint) must be in 0..<4")
        return Landmark(rawValue: 1 + finger.rawValue * 4 + joint)!
    }

    /// MediaPipe's upper-case enum name, e.g. `WRIST`, `THUMB_CMC`, `INDEX_FINGER_MCP`, `PINKY_TIP`.
    public var mediaPipeName: String {
        guard let finger else { return "WRIST" }
        let joints = finger == .thumb ? ["CMC", "MCP", "IP", "TIP"] : ["MCP", "PIP", "DIP", "TIP"]
        return "\(finger.mediaPipePrefix)_\(joints[jointIndex!])"
    }

    /// Lower-case snake-case name as used in most exports, e.g. `index_finger_mcp`.
    public var snakeCaseName: String { mediaPipeName.lowercased() }
}

/// The five digits, thumb first.
public enum Finger: Int, CaseIterable, Sendable, Codable {
    case thumb, index, middle, ring, pinky

    /// The stable lower-case name used in JSON keys (`thumb`, `index`, …).
    public var name: String {
        switch self {
        case .thumb: "thumb"
        case .index: "index"
        case .middle: "middle"
        case .ring: "ring"
        case .pinky: "pinky"
        }
    }

    /// Prefix of the MediaPipe enum names (`THUMB`, `INDEX_FINGER`, `MIDDLE_FINGER`, `RING_FINGER`, `PINKY`).
    public var mediaPipePrefix: String {
        switch self {
        case .thumb: "THUMB"
        case .index: "INDEX_FINGER"
        case .middle: "MIDDLE_FINGER"
        case .ring: "RING_FINGER"
        case .pinky: "PINKY"
        }
    }
}

/// A Cartesian axis of a landmark coordinate.
public enum Axis: Int, CaseIterable, Sendable, Codable {
    case x, y, z

    public var name: String {
        switch self {
        case .x: "x"
        case .y: "y"
        case .z: "z"
        }
    }
}

/// The subject's anatomical hand (after any mirror correction).
public enum HandSide: String, CaseIterable, Sendable, Codable, Comparable {
    case left, right

    public static func < (lhs: HandSide, rhs: HandSide) -> Bool { lhs == .left && rhs == .right }

    /// The other hand.
    public var opposite: HandSide { self == .left ? .right : .left }
}
