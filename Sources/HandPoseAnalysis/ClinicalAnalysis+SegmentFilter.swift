import HandPoseMetrics

extension ClinicalAnalysis {
    /// The `notComputable` key under which the analysis says why a protocol movement's own filter
    /// was not applied: `segments.NAME.filter`.
    static func segmentFilterMetric(_ movement: String) -> String { "segments.\(movement).filter" }

    /// Why the protocol's filter for `movement` could not be applied to this recording (a 12 Hz
    /// low-pass at 15 fps), so that movement was analysed without it; `nil` when it was applied or
    /// the movement has none.
    public func skippedFilterReason(movement: String) -> String? {
        let metric = Self.segmentFilterMetric(movement)
        return notComputable.first { $0.metric == metric }?.reason
    }
}
