extension StringProtocol {
    /// The text with every occurrence of `target` replaced by `replacement`, left to right: Foundation's
    /// `replacingOccurrences(of:with:)` without Foundation.
    ///
    /// Matches Unicode scalars exactly, as Foundation's literal search does, where the standard
    /// library's `replacing(_:with:)` compares characters (so it would not find `"` in `"` followed by
    /// a combining accent). An empty `target` changes nothing.
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
