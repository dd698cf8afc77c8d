/// One scalar time series of a hand: a landmark's coordinate along one axis.
///
/// Channels are numbered `landmark.rawValue * 3 + axis.rawValue`, so a hand has 63 of them
/// (`0 = wrist.x`, `1 = wrist.y`, `2 = wrist.z`, `3 = thumbCMC.x`, …).
public struct Channel: Hashable, Sendable, Codable, CustomStringConvertible {
    public let landmark: Landmark
    public let axis: Axis

    /// Number of channels per hand (21 landmarks × 3 axes).
    public static let count = Landmark.count * 3

    public init(_ landmark: Landmark, _ axis: Axis) {
        self.landmark = landmark
        self.axis = axis
    }

    /// Creates the channel with the given flat index; `index` must be in `0..<63`.
    public init(index: Int) {
        precondition((0..<Channel.count).contains(index), "channel index \(index) must be in 0..<63")
        self.init(Landmark(rawValue: index / 3)!, Axis(rawValue: index % 3)!)
    }

    /// Flat index in `0..<63`.
    @inlinable public var index: Int { landmark.rawValue * 3 + axis.rawValue }

    /// Every channel in flat-index order.
    public static let all: [Channel] = (0..<count).map(Channel.init(index:))

    public var description: String { "\(landmark.snakeCaseName).\(axis.name)" }
}
