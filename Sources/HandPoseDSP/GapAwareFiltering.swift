/// What happened to one channel when it was filtered run by run.
public struct ChannelFilteringReport: Hashable, Sendable, Codable {
    /// Samples that were finite and filtered.
    public var filteredSamples: Int
    /// Finite samples left as they were because their run was shorter than the filter's
    /// ``ChannelFilter/minimumLength``.
    public var unfilteredSamples: Int
    /// Missing samples (NaN), put back as missing in the output.
    public var missingSamples: Int
    /// The runs left unfiltered.
    public var unfilteredRuns: [ContiguousRun]

    public init(filteredSamples: Int = 0, unfilteredSamples: Int = 0, missingSamples: Int = 0, unfilteredRuns: [ContiguousRun] = []) {
        self.filteredSamples = filteredSamples
        self.unfilteredSamples = unfilteredSamples
        self.missingSamples = missingSamples
        self.unfilteredRuns = unfilteredRuns
    }

    /// Adds another channel's counts (runs are not kept when merging).
    public mutating func accumulate(_ other: ChannelFilteringReport) {
        filteredSamples += other.filteredSamples
        unfilteredSamples += other.unfilteredSamples
        missingSamples += other.missingSamples
    }
}

/// Applies a ``ChannelFilter`` to a channel with gaps: each maximal run of finite samples is
/// filtered on its own (no filter ever sees a NaN or bridges a gap), gaps stay missing, and runs
/// shorter than the filter's ``ChannelFilter/minimumLength`` keep their raw values and are
/// reported, never crashed on.
public enum GapAwareFiltering {
    /// Filters `samples` run by run into `output` (same count).
    ///
    /// - Complexity: O(n) plus the filter's own cost per run.
    public static func apply(
        _ filter: some ChannelFilter, to samples: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>
    ) -> ChannelFilteringReport {
        precondition(samples.count == output.count, "output has \(output.count) samples for \(samples.count)")
        var report = ChannelFilteringReport()
        var cursor = 0
        for run in ContiguousRun.runs(in: samples) {
            for index in cursor..<run.start { output[index] = .nan }
            report.missingSamples += run.start - cursor
            let source = UnsafeBufferPointer(rebasing: samples[run.range])
            let target = UnsafeMutableBufferPointer(rebasing: output[run.range])
            if run.count >= filter.minimumLength {
                filter.apply(source, into: target)
                report.filteredSamples += run.count
            } else {
                _ = target.initialize(from: source)
                report.unfilteredSamples += run.count
                report.unfilteredRuns.append(run)
            }
            cursor = run.start + run.count
        }
        for index in cursor..<samples.count { output[index] = .nan }
        report.missingSamples += samples.count - cursor
        return report
    }

    /// Filters an array run by run; see ``apply(_:to:into:)``.
    public static func apply(_ filter: some ChannelFilter, to samples: [Double]) -> (output: [Double], report: ChannelFilteringReport) {
        var report = ChannelFilteringReport()
        let output = [Double](unsafeUninitializedCapacity: samples.count) { buffer, initialized in
            samples.withUnsafeBufferPointer { report = apply(filter, to: $0, into: buffer) }
            initialized = samples.count
        }
        return (output, report)
    }
}
