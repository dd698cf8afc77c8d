/// A normative range-of-motion table kept as data, with its source, so reports can show the
/// normal range beside each measured one and say where it came from.
public struct NormalRangeTable: Hashable, Sendable, Codable {
    /// Short identifier, e.g. `aaos-1994`.
    public var id: String
    /// The bibliographic source.
    public var source: String
    /// How far the rows were verified against the source.
    public var caveat: String
    /// The rows.
    public var rows: [NormalRange]

    public init(id: String, source: String, caveat: String, rows: [NormalRange]) {
        self.id = id
        self.source = source
        self.caveat = caveat
        self.rows = rows
    }

    /// The row for `region` and `motion`, if the table has one.
    public func row(region: String, motion: String) -> NormalRange? {
        rows.first { $0.region == region && $0.motion == motion }
    }

    /// The row for a finger joint, if the table has one.
    public func row(for joint: JointAngle) -> NormalRange? {
        row(region: joint.finger.name, motion: joint.joint.rawValue)
    }

    /// The wrist rows (all marked not computable from hand landmarks).
    public var wristRows: [NormalRange] { rows.filter { $0.region == "wrist" } }

    /// The wrist motions, in the order reports list them.
    public static let wristMotions = ["flexion", "extension", "radialDeviation", "ulnarDeviation"]

    /// Normal active range of motion of the American Academy of Orthopaedic Surgeons (ALGORITHMS.md §4).
    ///
    /// | joint | normal |
    /// |---|---|
    /// | finger MCP flexion / hyperextension | 0–90° / 45° |
    /// | finger PIP flexion | 0–100° |
    /// | finger DIP flexion / extension | 0–90° / 10° |
    /// | thumb MCP flexion | 0–50° |
    /// | thumb IP flexion / hyperextension | 0–80° / 20° |
    /// | wrist flexion, extension | 0–80°, 0–70° |
    /// | wrist radial, ulnar deviation | 0–20°, 0–30° |
    ///
    /// Source: Greene WB, Heckman JD (eds.), *The Clinical Measurement of Joint Motion*, AAOS 1994,
    /// as tabulated in Norkin CC, White DJ, *Measurement of Joint Motion: A Guide to Goniometry*
    /// (F.A. Davis). Only the wrist rows were confirmed against a table excerpt; the finger and
    /// thumb rows agree across secondary sources but were not checked against the book. Clinic
    /// charts differ (the Eaton hand chart gives DIP 0–80°).
    public static let aaos: NormalRangeTable = {
        var rows: [NormalRange] = [
            NormalRange(region: "thumb", motion: "mcp", minDeg: 0, maxDeg: 50),
            NormalRange(region: "thumb", motion: "ip", minDeg: 0, maxDeg: 80, hyperextensionDeg: 20),
        ]
        for digit in ["index", "middle", "ring", "pinky"] {
            rows.append(NormalRange(region: digit, motion: "mcp", minDeg: 0, maxDeg: 90, hyperextensionDeg: 45))
            rows.append(NormalRange(region: digit, motion: "pip", minDeg: 0, maxDeg: 100))
            rows.append(NormalRange(region: digit, motion: "dip", minDeg: 0, maxDeg: 90, hyperextensionDeg: 10))
        }
        let wristNote = "needs a forearm axis (elbow to wrist), which the 21 hand landmarks lack"
        rows += [
            NormalRange(region: "wrist", motion: "flexion", minDeg: 0, maxDeg: 80, computableFromHandLandmarks: false, note: wristNote),
            NormalRange(region: "wrist", motion: "extension", minDeg: 0, maxDeg: 70, computableFromHandLandmarks: false, note: wristNote),
            NormalRange(region: "wrist", motion: "radialDeviation", minDeg: 0, maxDeg: 20, computableFromHandLandmarks: false, note: wristNote),
            NormalRange(region: "wrist", motion: "ulnarDeviation", minDeg: 0, maxDeg: 30, computableFromHandLandmarks: false, note: wristNote),
        ]
        return NormalRangeTable(
            id: "aaos-1994",
            source: "Greene WB, Heckman JD (eds.), The Clinical Measurement of Joint Motion, American Academy of Orthopaedic Surgeons, 1994; as tabulated in Norkin CC, White DJ, Measurement of Joint Motion (F.A. Davis)",
            caveat: "wrist rows confirmed against a published table excerpt; finger and thumb rows agree across secondary sources but are not verified against the book; clinic charts differ by up to 10°",
            rows: rows)
    }()
}
