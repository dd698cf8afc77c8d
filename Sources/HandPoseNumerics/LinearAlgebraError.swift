/// A linear-algebra routine failed: bad input, or LAPACK reported a non-zero `info`.
public struct LinearAlgebraError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: new codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input held NaN or infinity.
        public static let nonFiniteInput = Code(rawValue: "nonFiniteInput")
        /// LAPACK rejected an argument (`info < 0`: argument number `-info`).
        public static let invalidArgument = Code(rawValue: "invalidArgument")
        /// The iteration did not converge (`info > 0` from an SVD or eigen solver).
        public static let notConverged = Code(rawValue: "notConverged")
    }

    public var code: Code
    /// The LAPACK routine, e.g. `"dgesdd"`.
    public var routine: String
    /// LAPACK's `info` return value (0 for errors detected before the call).
    public var info: Int
    public var message: String

    public init(_ code: Code, routine: String, info: Int, message: String) {
        self.code = code
        self.routine = routine
        self.info = info
        self.message = message
    }

    public var description: String { "\(routine) failed (info \(info)): \(message)" }
}
