/// The CSV layout a recording was read from.
public enum SourceLayout: String, Sendable, Codable, CaseIterable {
    /// One row per sample, hand and landmark (`t_s,frame,hand,landmark,x,y,z`).
    case long
    /// One row per frame and hand, index-numbered columns starting at 0 (`x0,y0,z0 … z20`).
    case wideIndexed
    /// One row per frame and hand, index-numbered columns starting at 1 (`x1 … z21`).
    case wideIndexedOneBased
    /// MediaPipe landmark names (`WRIST_x`, `index_finger_mcp.y`), optionally hand-prefixed.
    case wideNamed
}
