/// A tremor setting that cannot be used, naming the setting, the bad value and the fix
/// ("band 12...3 Hz must have its lower edge below its upper edge").
public struct TremorConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The setting at fault, in ``TremorConfiguration``'s JSON spelling (`bandHz`, `filterOrder`, …).
    public var parameter: String
    /// What is wrong and what would be right.
    public var message: String

    public init(parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { "\(parameter): \(message)" }
}
