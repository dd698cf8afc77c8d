/// The activation condition of a movement, after the MDS tremor classification (Bhatia et al. 2018,
/// doi:10.1002/mds.27121): tremor at rest, while holding a posture against gravity, or during
/// voluntary movement. `free` is a recording with no prescribed task.
///
/// Decoding refuses an unknown kind and lists the known ones.
public enum MovementKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// The limb supported against gravity and relaxed (rest tremor; MDS-UPDRS III 3.17).
    case rest
    /// A posture held against gravity, e.g. arms outstretched (postural tremor; MDS-UPDRS III 3.15).
    case postural
    /// A voluntary, goal-directed movement, e.g. finger-to-nose (kinetic and intention tremor;
    /// MDS-UPDRS III 3.16).
    case kinetic
    /// A movement with no prescribed activation condition (a free recording).
    case free

    public init(from decoder: any Decoder) throws {
        self = try ProtocolDecoding.decodeEnum(Self.self, from: decoder, what: "movement kind")
    }
}
