extension StringProtocol {
    /// The text with every occurrence of `target` replaced by `replacement`, left to right, matching
    /// Unicode scalars exactly; an empty `target` changes nothing. Stands in for Foundation's
    /// `replacingOccurrences(of:with:)` in quoting (CSV fields, SQL placeholders, FTS5 phrases).
    ///
    /// For ASCII targets and text the two agree. They differ only where Foundation compares more
    /// loosely: it matches canonically equivalent text (`é` for `e` + U+0301) and skips a match that a
    /// combining mark follows (`"` + U+0301), which would leave that quote unescaped. The standard
    /// library's `replacing(_:with:)` compares whole characters, so it skips such a quote too.
    public func replacingLiteral(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty else { return String(self) }
        let source = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            // Whole UTF-8 sequences match only at scalar boundaries, so byte matching is scalar matching.
            if source[index...].starts(with: pattern) {
                result += replacement.utf8
                index += pattern.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
