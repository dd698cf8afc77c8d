import HandPoseCore

/// Landmark names as spelled by MediaPipe, Apple Vision and common exports, matched without regard
/// to case or separators: `INDEX_FINGER_MCP`, `index_mcp`, `indexMCP` and `index-finger-mcp` are all
/// ``Landmark/indexMCP``; `little` ≡ `pinky`, `thumbMP` ≡ `THUMB_MCP`.
enum LandmarkNames {
    /// Compact spelling (lowercase letters and digits only) → landmark.
    static let byCompactName: [String: Landmark] = {
        var table: [String: Landmark] = ["wrist": .wrist]
        let thumbJoints = [("cmc", 0), ("mcp", 1), ("mp", 1), ("ip", 2), ("tip", 3)]
        for (joint, position) in thumbJoints {
            table["thumb" + joint] = Landmark.of(.thumb, joint: position)
            table["thumbfinger" + joint] = Landmark.of(.thumb, joint: position)
        }
        let fingers: [(String, Finger)] = [
            ("index", .index), ("middle", .middle), ("ring", .ring), ("pinky", .pinky), ("little", .pinky),
        ]
        let joints = [("mcp", 0), ("pip", 1), ("dip", 2), ("tip", 3)]
        for (name, finger) in fingers {
            for (joint, position) in joints {
                table[name + joint] = Landmark.of(finger, joint: position)
                table[name + "finger" + joint] = Landmark.of(finger, joint: position)
            }
        }
        return table
    }()

    /// The same table keyed by ``PackedName`` so that data rows can be looked up without allocating.
    static let byPackedName: [PackedName: Landmark] = {
        var table: [PackedName: Landmark] = [:]
        for (name, landmark) in byCompactName {
            let bytes = Array(name.utf8)
            bytes.withUnsafeBufferPointer { if let key = PackedName($0) { table[key] = landmark } }
        }
        return table
    }()

    /// Lowercase letters and digits of `text`, dropping every other character.
    static func compact(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9")
        }))
    }

    /// The landmark a name spells, if any.
    static func landmark(named text: some StringProtocol) -> Landmark? {
        byCompactName[compact(text)]
    }
}

/// Up to 24 lowercase ASCII letters and digits packed into three words: a dictionary key that can be
/// built from bytes in a data row without allocating.
struct PackedName: Hashable {
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

    /// Packs the letters and digits of `bytes` lowercased, skipping separators; `nil` when there are
    /// more than 24 of them or a non-ASCII byte.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var count = 0
        for byte in bytes {
            let lower = DecimalParser.asciiLowercase(byte)
            let isLetter = lower &- UInt8(ascii: "a") < 26
            let isDigit = lower &- UInt8(ascii: "0") < 10
            if byte >= 0x80 { return nil }
            guard isLetter || isDigit else { continue }
            guard count < 24 else { return nil }
            let shift = UInt64((count % 8) * 8)
            switch count / 8 {
            case 0: words.0 |= UInt64(lower) << shift
            case 1: words.1 |= UInt64(lower) << shift
            default: words.2 |= UInt64(lower) << shift
            }
            count += 1
        }
    }

    static func == (lhs: PackedName, rhs: PackedName) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}
