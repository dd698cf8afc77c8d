/// Where a recording's timestamps came from and in what unit the file stored them.
///
/// Timestamps in a ``Recording`` are always seconds from the first frame; this records what the
/// file held so that reports can say so.
public struct TimeBase: Hashable, Sendable, Codable {
    /// The unit of the time column in the file.
    public enum Source: String, Sendable, Codable {
        /// Seconds (`t_s`, `timestamp` with values spaced ~0.01-0.1).
        case seconds
        /// Milliseconds (`t_ms`, `timestamp_ms`, or values spaced ~10-100).
        case milliseconds
        /// Unix epoch milliseconds, rebased to 0 at the first frame.
        case epochMilliseconds
        /// Unix epoch seconds, rebased to 0 at the first frame.
        case epochSeconds
        /// Microseconds (`t_us`, `timestamp_us`).
        case microseconds
        /// No time column: frame index divided by an assumed frame rate (`--fps`).
        case frameIndex
    }

    public var source: Source
    public var provenance: Provenance
    /// The name of the column the time was read from (`nil` when row order was used).
    public var column: String?
    /// The frame rate assumed for ``Source/frameIndex``; `nil` otherwise.
    public var assumedFrameRate: Double?
    /// The value subtracted (in the file's unit) to make the first frame time 0.
    public var offset: Double

    public init(
        source: Source, provenance: Provenance, column: String?, assumedFrameRate: Double? = nil,
        offset: Double = 0
    ) {
        self.source = source
        self.provenance = provenance
        self.column = column
        self.assumedFrameRate = assumedFrameRate
        self.offset = offset
    }

    /// `true` when the times are not measured but derived from an assumed frame rate.
    public var isAssumed: Bool { source == .frameIndex }
}
