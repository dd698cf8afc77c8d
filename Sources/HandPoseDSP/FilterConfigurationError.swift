import HandPoseCore

/// A filter parameter is invalid for the data it is meant for.
///
/// The message names the parameter, the bad value and the limit, ready to print as one line:
/// `cutoff 20 Hz must be below the Nyquist frequency 15 Hz of a 30 Hz recording`.
public struct FilterConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The parameter at fault, in the command line's spelling (`cutoff`, `window`, `wavelet`, …).
    public var parameter: String
    /// What is wrong and what would be right.
    public var message: String

    public init(parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { message }

    /// A frequency or rate as the messages print it: `15`, not the 15.000000000000053 Hz estimated
    /// from timestamps.
    static func hertz(_ value: Double) -> String { String(trimmedDecimal: value, places: 3) }
}
