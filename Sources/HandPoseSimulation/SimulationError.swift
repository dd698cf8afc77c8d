/// A problem with a simulation configuration or with the text of a `--tremor` / `--gap` option.
///
/// The message states the bad value and the fix, ready to print as one line.
public struct SimulationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is. Extensible: new codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code; prefer the named constants.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// A configuration value is out of range (``SimulationConfiguration/validate()``).
        public static let invalidConfiguration = Code(rawValue: "invalidConfiguration")
        /// A tremor specification such as `left:4.6:1.5` could not be parsed.
        public static let invalidTremorSpec = Code(rawValue: "invalidTremorSpec")
        /// A gap specification such as `right:12:1.5` could not be parsed.
        public static let invalidGapSpec = Code(rawValue: "invalidGapSpec")
    }

    /// The kind of problem.
    public var code: Code
    /// One line stating the bad value and the fix.
    public var message: String

    /// Creates an error of kind `code` with `message`.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
