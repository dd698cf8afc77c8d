import HandPoseCore

/// The units of a simulated recording. The raw values are the command-line spellings.
///
/// | units | coordinate space | x, y | z |
/// |---|---|---|---|
/// | `metres` | ``CoordinateSpace/worldMetres`` | metres from the hand's origin | metres from the hand's origin |
/// | `millimetres` | ``CoordinateSpace/worldMillimetres`` | millimetres from the hand's origin | millimetres from the hand's origin |
/// | `normalized` | ``CoordinateSpace/imageNormalized`` | pixel / image width, pixel / image height | (z − z_wrist)·pixels-per-mm / image width |
public enum SimulatedUnits: String, Sendable, Codable, CaseIterable {
    /// Metres (`m`), like MediaPipe world landmarks.
    case metres = "m"
    /// Millimetres (`mm`).
    case millimetres = "mm"
    /// MediaPipe-style normalized image coordinates (`normalized`).
    case normalized

    /// The coordinate space the recording is produced in.
    public var coordinateSpace: CoordinateSpace {
        switch self {
        case .metres: .worldMetres
        case .millimetres: .worldMillimetres
        case .normalized: .imageNormalized
        }
    }
}
