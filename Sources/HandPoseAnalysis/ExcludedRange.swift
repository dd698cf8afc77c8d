import HandPoseCore

/// A stretch of a recording left out of an analysis: typically a time range a clinician annotated
/// as an artifact (the patient scratched, the hand left the frame, the camera was bumped).
///
/// Set in ``AnalysisOptions/excludedRanges``; the ``Analyzer`` treats every frame with
/// `startSeconds ≤ t ≤ endSeconds` (t in seconds from the recording's first frame) as missing for
/// both hands (``HandPoseCore/Recording/excluding(_:)``) before the quality gate and every
/// metric, so the gap-aware tremor, smoothness and range-of-motion code sees an ordinary gap. The
/// analysis reports the ranges with their frame counts under `parameters.excludedRanges`.
///
/// JSON (every key present): `{"startSeconds": 12.5, "endSeconds": 18, "reason": "annotation …",
/// "frames": 166}`.
public struct ExcludedRange: Sendable, Codable, Hashable {
    /// Seconds from the recording's first frame; at least 0.
    public var startSeconds: Double
    /// Seconds from the recording's first frame; after ``startSeconds``.
    public var endSeconds: Double
    /// Why the range is left out (for example `artifact annotation 3f2a…: patient coughed`).
    public var reason: String?
    /// The recording's frames inside the range, filled in by the analysis (`nil` in options).
    public var frames: Int?

    public init(startSeconds: Double, endSeconds: Double, reason: String? = nil, frames: Int? = nil) {
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.reason = reason
        self.frames = frames
    }

    private enum CodingKeys: String, CodingKey { case startSeconds, endSeconds, reason, frames }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(startSeconds, forKey: .startSeconds)
        try c.encode(endSeconds, forKey: .endSeconds)
        try c.encode(reason, forKey: .reason)
        try c.encode(frames, forKey: .frames)
    }

    /// `12.5-18.0 s`.
    public var formatted: String {
        "\(ClinicalSummary.format(startSeconds, 1))-\(ClinicalSummary.format(endSeconds, 1)) s"
    }

    /// Checks that the range is finite, starts at or after 0 and ends after it starts.
    ///
    /// - Throws: ``AnalysisError`` `invalidOption` with field `excludedRanges[index]`.
    func validated(index: Int) throws(AnalysisError) -> ClosedRange<Double> {
        guard startSeconds.isFinite, endSeconds.isFinite, startSeconds >= 0, endSeconds > startSeconds else {
            throw AnalysisError(
                .invalidOption, field: "excludedRanges[\(index)]",
                "an excluded range must start at or after 0 s and end after it starts (got \(startSeconds)-\(endSeconds) s)")
        }
        return startSeconds...endSeconds
    }
}
