/// Finds the fields of one CSV line: delimiter-separated, optionally double-quoted with `""` as an
/// escaped quote. Quoted fields may hold the delimiter but not a line break.
struct FieldScanner {
    /// The field separator: `,`, `;` or tab.
    let delimiter: UInt8

    static let quote = UInt8(ascii: "\"")

    /// Where a field's content lies and where the next delimiter (or the line end) is.
    struct Bounds {
        var contentStart: UnsafePointer<UInt8>
        var contentEnd: UnsafePointer<UInt8>
        /// The delimiter after the field, or the end of the line.
        var next: UnsafePointer<UInt8>
        /// Whether the content holds `""` pairs standing for one quote each.
        var hasEscapedQuotes: Bool
    }

    /// The field starting at `start`.
    @inline(__always)
    func field(at start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> Bounds {
        if start < end && start.pointee == Self.quote { return quotedField(at: start, end: end) }
        var p = start
        while p < end && p.pointee != delimiter { p += 1 }
        return Bounds(contentStart: start, contentEnd: p, next: p, hasEscapedQuotes: false)
    }

    @inline(never)
    func quotedField(at start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> Bounds {
        var p = start + 1
        var escaped = false
        while p < end {
            if p.pointee == Self.quote {
                if p + 1 < end && p[1] == Self.quote {
                    escaped = true
                    p += 2
                    continue
                }
                break
            }
            p += 1
        }
        let contentEnd = p
        var next = p < end ? p + 1 : p
        // Anything between the closing quote and the delimiter is ignored.
        while next < end && next.pointee != delimiter { next += 1 }
        return Bounds(contentStart: start + 1, contentEnd: contentEnd, next: next, hasEscapedQuotes: escaped)
    }

    /// The field's text with `""` turned into `"` (invalid UTF-8 repaired with U+FFFD).
    static func text(_ bounds: Bounds) -> String {
        let bytes = UnsafeBufferPointer(start: bounds.contentStart, count: bounds.contentEnd - bounds.contentStart)
        let raw = String(decoding: bytes, as: UTF8.self)
        return bounds.hasEscapedQuotes ? raw.replacingLiteral("\"\"", with: "\"") : raw
    }

    /// All fields of a line as text (for the header and error messages).
    func fields(of line: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let base = line.baseAddress else { return [""] }
        let end = base + line.count
        var result: [String] = []
        var p = base
        while true {
            let bounds = field(at: p, end: end)
            result.append(Self.text(bounds))
            if bounds.next >= end { break }
            p = bounds.next + 1
        }
        return result
    }

    /// Number of fields in a line.
    func fieldCount(of line: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = line.baseAddress else { return 1 }
        let end = base + line.count
        var count = 1
        var p = base
        while true {
            let bounds = field(at: p, end: end)
            if bounds.next >= end { return count }
            count += 1
            p = bounds.next + 1
        }
    }

    /// Where field `index` starts (for error columns), or the line end when the line is shorter.
    func start(ofField index: Int, in line: UnsafeBufferPointer<UInt8>) -> UnsafePointer<UInt8>? {
        guard let base = line.baseAddress else { return nil }
        let end = base + line.count
        var p = base
        for _ in 0..<index {
            let bounds = field(at: p, end: end)
            if bounds.next >= end { return nil }
            p = bounds.next + 1
        }
        return p
    }

    /// 1-based character (not byte) column of `position` in the line starting at `lineStart`.
    static func characterColumn(of position: UnsafePointer<UInt8>, lineStart: UnsafePointer<UInt8>) -> Int {
        var column = 1
        var p = lineStart
        while p < position {
            if p.pointee & 0xC0 != 0x80 { column += 1 }
            p += 1
        }
        return column
    }

    /// The delimiter that occurs most often outside quotes in a header line (`,` when none does).
    static func detectDelimiter(in line: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts = (comma: 0, semicolon: 0, tab: 0)
        var inQuotes = false
        for byte in line {
            if byte == quote { inQuotes.toggle() }
            if inQuotes { continue }
            switch byte {
            case UInt8(ascii: ","): counts.comma += 1
            case UInt8(ascii: ";"): counts.semicolon += 1
            case UInt8(ascii: "\t"): counts.tab += 1
            default: break
            }
        }
        if counts.tab > counts.comma && counts.tab >= counts.semicolon { return UInt8(ascii: "\t") }
        if counts.semicolon > counts.comma { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }
}
