import HandPoseCore

/// The independent random streams of one seed, one per part of the simulation, so that changing
/// one parameter (say the noise) leaves the other random choices (drops, gaps, schedule) unchanged.
enum RandomStream {
    static let timing: UInt64 = 1
    static let drops: UInt64 = 2
    static let gaps: UInt64 = 3
    static let tremorPhase: UInt64 = 4

    static func movement(_ side: HandSide) -> UInt64 { side == .left ? 10 : 11 }
    static func noise(_ side: HandSide) -> UInt64 { side == .left ? 20 : 21 }
}
