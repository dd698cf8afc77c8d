#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis

/// One session on the report's trend chart: its date and each hand's tremor frequency and
/// amplitude, taken from that session's latest analysis.
public struct TrendPoint: Sendable, Hashable {
    /// One hand's tremor in a session.
    public struct HandTremor: Sendable, Hashable {
        /// Dominant frequency, Hz.
        public var frequencyHz: Double
        /// Zero-to-peak amplitude, mm; `nil` without a millimetre scale (then not plotted).
        public var amplitudeMm: Double?
        /// Whether the peak lay at a band edge (no distinct tremor peak); drawn hollow.
        public var peakAtBandEdge: Bool

        public init(frequencyHz: Double, amplitudeMm: Double?, peakAtBandEdge: Bool) {
            self.frequencyHz = frequencyHz
            self.amplitudeMm = amplitudeMm
            self.peakAtBandEdge = peakAtBandEdge
        }
    }

    /// The session, when stored.
    public var sessionID: String?
    /// When it was recorded.
    public var recordedAt: Date
    public var left: HandTremor?
    public var right: HandTremor?
    /// The recording's quality verdict (`good`, `usable`, `poor`), when known.
    public var quality: String?

    public init(sessionID: String?, recordedAt: Date, left: HandTremor?, right: HandTremor?, quality: String? = nil) {
        self.sessionID = sessionID
        self.recordedAt = recordedAt
        self.left = left
        self.right = right
        self.quality = quality
    }

    /// The point of a session recorded at `recordedAt` whose analysis is `analysis`.
    public init(sessionID: String?, recordedAt: Date, analysis: ClinicalAnalysis) {
        func tremor(_ side: String) -> HandTremor? {
            analysis.hands[side]?.tremor.map {
                HandTremor(frequencyHz: $0.frequencyHz, amplitudeMm: $0.amplitudeMm, peakAtBandEdge: $0.peakAtBandEdge)
            }
        }
        self.init(
            sessionID: sessionID, recordedAt: recordedAt, left: tremor("left"), right: tremor("right"),
            quality: analysis.quality.verdict.rawValue)
    }

    /// The hand named `side` (`left` or `right`).
    public subscript(side: String) -> HandTremor? { side == "left" ? left : right }
}
