import HandPoseCore

extension IngestWarning.Code {
    /// The last line had no line terminator and fewer fields than the header; it was dropped.
    public static let truncatedLastLine = IngestWarning.Code(rawValue: "truncatedLastLine")
    /// The unit of the time column was inferred from its values (see the warning's message).
    public static let inferredTimeUnit = IngestWarning.Code(rawValue: "inferredTimeUnit")
    /// Infinite coordinates were read as missing.
    public static let nonFiniteValue = IngestWarning.Code(rawValue: "nonFiniteValue")
    /// A `# key: value` metadata line had a value the reader does not understand; it was ignored.
    public static let unrecognizedMetadata = IngestWarning.Code(rawValue: "unrecognizedMetadata")
}

/// Collects warnings, folding repeats of one code into a single warning with a count and the first line.
struct WarningLog {
    private var order: [IngestWarning.Code] = []
    private var byCode: [IngestWarning.Code: IngestWarning] = [:]

    /// Records one occurrence; the message and line of the first occurrence are kept.
    mutating func note(_ code: IngestWarning.Code, _ message: @autoclosure () -> String, line: Int? = nil, count: Int = 1) {
        guard count > 0 else { return }
        if byCode[code] != nil {
            byCode[code]!.count += count
        } else {
            order.append(code)
            byCode[code] = IngestWarning(code, message(), line: line, count: count)
        }
    }

    /// The folded warnings in the order their codes first occurred.
    var warnings: [IngestWarning] { order.compactMap { byCode[$0] } }
}
