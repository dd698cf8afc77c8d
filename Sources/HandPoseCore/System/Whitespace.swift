extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: Foundation's
    /// `trimmingCharacters(in: .whitespaces)` without Foundation.
    ///
    /// `CharacterSet.whitespaces` is Unicode general category Zs, U+0009 (tab) and, from older
    /// Unicode data, U+200B (zero width space). Trimming works on Unicode scalars, as Foundation's
    /// does (a space before a combining mark is trimmed).
    public func trimmingWhitespace() -> String {
        trimmingScalars { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// The text without leading and trailing white space and line breaks: Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation.
    ///
    /// `CharacterSet.whitespacesAndNewlines` is general category Z*, U+0009-U+000D and U+0085, which
    /// is Unicode's White_Space property, plus U+200B as in ``trimmingWhitespace()``.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { $0 == "\u{200B}" || $0.properties.isWhitespace }
    }

    /// The text without the leading and trailing Unicode scalars for which `isTrimmed` holds.
    func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, isTrimmed(first) { scalars.removeFirst() }
        while let last = scalars.last, isTrimmed(last) { scalars.removeLast() }
        return String(scalars)
    }
}
