/// Where every field of a line ends, found for the whole line before any field is parsed.
///
/// Splitting a line field by field (a byte loop per field, or each field's end taken from its
/// number parser) makes every field wait for the one before it: the next field's address is known
/// only when this one has been read. Here the delimiters of 64 bytes at a time are found together
/// with SWAR compares on eight 8-byte words, into one 64-bit mask, whose set bits are then written
/// out as offsets eight at a time without a branch per bit (the "flattening" step of simdjson:
/// Langdale & Lemire 2019, Parsing gigabytes of JSON per second, doi:10.1007/s00778-019-00578-5).
/// Each field's parse then depends only on these offsets, so the processor overlaps the fields.
extension FieldScanner {
    /// Entries ``fieldEnds(of:into:limit:)`` may write beyond `limit + 1`.
    static let fieldEndsSlack = 72
    /// Readable bytes ``fieldEnds(of:into:limit:)`` needs after a line: one 64-byte block.
    static let fieldEndsLookahead = 64

    /// Writes the end of each field of `line` to `ends` (the offset of the delimiter after it, or
    /// `line.count` for the last field) and returns the number of fields. Stops once there are more
    /// than `limit` fields and returns a count above `limit` then, with the first `limit` ends written.
    ///
    /// - Precondition: the line holds no quote (a quoted field may hold the delimiter; use
    ///   ``quotedFieldEnds(of:into:limit:)``), ``fieldEndsLookahead`` bytes after it are readable
    ///   (``LineReader`` guarantees it), and `ends` has room for `limit + fieldEndsSlack` entries.
    ///
    /// Complexity: O(`line.count`), about one operation per byte.
    @inline(__always)
    func fieldEnds(of line: UnsafeBufferPointer<UInt8>, into ends: UnsafeMutablePointer<Int>, limit: Int) -> Int {
        guard let base = line.baseAddress else {
            ends[0] = 0
            return 1
        }
        let pattern = UInt64(delimiter) &* 0x0101_0101_0101_0101
        var delimiters = 0
        var blockStart = 0
        while blockStart < line.count {
            var mask = Self.matchMask(base + blockStart, pattern)
            let remaining = line.count &- blockStart
            // Bytes past the line end (the next line, or stale bytes) are not the line's.
            if remaining < 64 { mask &= (1 &<< UInt64(remaining)) &- 1 }
            Self.appendOffsets(of: mask, blockStart: blockStart, to: ends, count: &delimiters)
            if delimiters >= limit { return delimiters &+ 1 }
            blockStart &+= 64
        }
        ends[delimiters] = line.count
        return delimiters &+ 1
    }

    /// ``fieldEnds(of:into:limit:)`` for any line, quotes included, one field after another.
    ///
    /// - Precondition: `ends` has room for `limit + 1` entries.
    func quotedFieldEnds(of line: UnsafeBufferPointer<UInt8>, into ends: UnsafeMutablePointer<Int>, limit: Int) -> Int {
        guard let base = line.baseAddress else {
            ends[0] = 0
            return 1
        }
        let end = base + line.count
        var count = 0
        var p = base
        while true {
            let next = field(at: p, end: end).next
            ends[count] = next - base
            count += 1
            if next >= end || count > limit { return count }
            p = next + 1
        }
    }

    /// Bit `i` set when byte `i` of the 64 bytes at `p` equals the byte repeated in `pattern`.
    @inline(__always)
    static func matchMask(_ p: UnsafePointer<UInt8>, _ pattern: UInt64) -> UInt64 {
        var mask: UInt64 = 0
        for word in 0..<8 {
            let bytes = UInt64(littleEndian: UnsafeRawPointer(p + 8 &* word).loadUnaligned(as: UInt64.self))
            mask |= matchBits(bytes, pattern) &<< UInt64(8 &* word)
        }
        return mask
    }

    /// Bit `i` (of 8) set when byte `i` of `word` equals the byte repeated in `pattern`.
    @inline(__always)
    static func matchBits(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = word ^ pattern
        // 0x80 in exactly the bytes that are zero: the low seven bits are tested without carries
        // between bytes, the high bit by itself.
        let zero = ~(((difference & low) &+ low) | difference | low)
        // Gather the eight high bits into the top byte (byte i's bit lands on bit 56 + i) and bring
        // them down. No two partial products share a bit, so nothing carries.
        return ((zero &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }

    /// Appends `blockStart` plus the index of each set bit of `mask`, in order, at `ends + count`.
    ///
    /// Eight offsets are written per step whether or not the mask has that many bits; writes past the
    /// real count are overwritten by the next block or ignored. A line of numbers has about seven
    /// fields per 64 bytes, so one step, with no branch that depends on the data, is the usual case.
    @inline(__always)
    static func appendOffsets(of mask: UInt64, blockStart: Int, to ends: UnsafeMutablePointer<Int>, count: inout Int) {
        var rest = mask
        var out = ends + count
        count &+= mask.nonzeroBitCount
        repeat {
            for index in 0..<8 {
                out[index] = blockStart &+ rest.trailingZeroBitCount
                rest &= rest &- 1
            }
            out += 8
        } while rest != 0
    }
}
