/// A smoothness parameter is invalid: the parameter in the command line's spelling and one
/// sentence with the bad value and the limit (`"padlevel -1 must be 0 or more"`).
public struct SmoothnessConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The parameter at fault (`padlevel`, `fc`, `amp-threshold`, `fs`, …).
    public var parameter: String
    /// What is wrong and what would be right.
    public var message: String

    public init(parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { message }
}
