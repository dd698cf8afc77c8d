/// Why a metric has no value: the metric's key and one sentence a clinician can act on.
///
/// Metrics never guess. A value that cannot be computed is `null` in the output with its reason
/// under `notComputable` (for example `"tremor: the recording is 2.0 s long; tremor needs at least one
/// 4 s window"`).
public struct NotComputable: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The metric's key in the output contract (`tremor`, `smoothness.sparc`, `rangeOfMotion.thumb.ip`, …).
    public var metric: String
    /// What prevented the computation and, where there is one, the fix.
    public var reason: String

    public init(_ metric: String, _ reason: String) {
        self.metric = metric
        self.reason = reason
    }

    public var description: String { "\(metric): \(reason)" }
}
