/// A benchmark cannot be set up: a method list, a grid or a truth document is wrong.
///
/// The message states the bad value and the fix, ready to print as one line
/// (`unknown method "butterwort" (did you mean "butterworth"?); known: raw, butterworth, …`).
public struct BenchmarkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is. Extensible: new codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A method name, a method parameter or a method list is invalid (a usage error).
        public static let invalidMethod = Code(rawValue: "invalidMethod")
        /// A grid list or a simulation parameter is invalid (a usage error).
        public static let invalidGrid = Code(rawValue: "invalidGrid")
        /// A benchmark setting (repetitions) is out of range (a usage error).
        public static let invalidSetting = Code(rawValue: "invalidSetting")
        /// The truth document does not describe the recording (a data error).
        public static let truthMismatch = Code(rawValue: "truthMismatch")
        /// The recording cannot be benchmarked: no sample rate, no hand (a data error).
        public static let unusableRecording = Code(rawValue: "unusableRecording")
    }

    /// The kind of problem.
    public var code: Code
    /// One line stating the bad value and the fix.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Whether the problem lies in the request (method list, grid, settings) rather than in the data.
    public var isUsageError: Bool { code == .invalidMethod || code == .invalidGrid || code == .invalidSetting }

    public var description: String { message }
}
