/// A two-sample test or effect size that cannot be computed from the samples given: the samples
/// are too small, hold a value that is not finite, or carry no spread to scale by.
public struct TwoSampleTestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem. Extensible.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A sample has fewer values than the statistic needs (2 for a variance, 1 for ranks).
        public static let tooFewValues = Code(rawValue: "tooFewValues")
        /// A value is NaN or infinite.
        public static let nonFiniteValue = Code(rawValue: "nonFiniteValue")
        /// Both samples are constant, so the standard error (or pooled SD) is 0.
        public static let zeroVariance = Code(rawValue: "zeroVariance")
        /// Every value of both samples is the same, so the ranks carry no information.
        public static let allValuesEqual = Code(rawValue: "allValuesEqual")
        /// The exact U distribution was requested for samples with ties, for which it does not hold.
        public static let tiesPreventExact = Code(rawValue: "tiesPreventExact")
    }

    public var code: Code
    /// What is wrong, with the numbers, in one sentence.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// Throws ``Code/tooFewValues`` unless both samples have `minimum` values, and
    /// ``Code/nonFiniteValue`` if either holds a NaN or an infinity.
    static func check(_ x: [Double], _ y: [Double], minimum: Int, for statistic: String) throws(TwoSampleTestError) {
        guard x.count >= minimum, y.count >= minimum else {
            throw TwoSampleTestError(
                .tooFewValues,
                "\(statistic) needs at least \(minimum) value\(minimum == 1 ? "" : "s") in each sample, got \(x.count) and \(y.count)")
        }
        for (name, sample) in [("first", x), ("second", y)] {
            if let index = sample.firstIndex(where: { !$0.isFinite }) {
                throw TwoSampleTestError(
                    .nonFiniteValue, "\(statistic): value \(index) of the \(name) sample is \(sample[index]); remove it or replace it by a number")
            }
        }
    }
}
