/// A maximal stretch of finite samples: `start ..< start + count` of a channel.
public struct ContiguousRun: Hashable, Sendable, Codable {
    public var start: Int
    public var count: Int

    public init(start: Int, count: Int) {
        self.start = start
        self.count = count
    }

    /// The indices of the run.
    public var range: Range<Int> { start..<(start + count) }

    /// The maximal runs of finite values in `samples`, in order. NaN and ±∞ separate runs.
    ///
    /// Complexity: O(n), one pass.
    public static func runs(in samples: UnsafeBufferPointer<Double>) -> [ContiguousRun] {
        var runs: [ContiguousRun] = []
        var start = -1
        for index in 0..<samples.count {
            if samples[index].isFinite {
                if start < 0 { start = index }
            } else if start >= 0 {
                runs.append(ContiguousRun(start: start, count: index - start))
                start = -1
            }
        }
        if start >= 0 { runs.append(ContiguousRun(start: start, count: samples.count - start)) }
        return runs
    }

    /// The maximal runs of finite values in `samples`.
    public static func runs(in samples: [Double]) -> [ContiguousRun] {
        samples.withUnsafeBufferPointer { runs(in: $0) }
    }
}
