/// The shape almost every field of a landmark CSV has, `[-]digits[.digits]`, read word at a time
/// from a field whose bounds are already known.
///
/// A field of at most 8 digits and point (`0.512345`, `-18.6267`: most fields of a landmark file)
/// lies in the one 8-byte word that ends at the field's end: one unaligned load, a SWAR check that
/// its only non-digit is the point, and one SWAR conversion give the mantissa, with no per-byte loop
/// and no step that waits for a digit count. Longer fields (up to 8 + 8 digits) take a second word
/// at the field's start. With the mantissa at most 2⁵³ and the divisor 10^k (k ≤ 8) an exact
/// double, the single division is correctly rounded (Clinger's fast path) and the result equals
/// `Double(String)` bit for bit.
extension DecimalParser {
    /// How many bytes from a field's start ``parsePlain(_:_:decimalComma:)`` may read, past the
    /// field's end included: a sign and an 8-byte word (rounded up).
    static let plainLookahead = 16
    /// How many bytes before a field's start ``parsePlain(_:_:decimalComma:)`` may read: the 8-byte
    /// word that ends at the field's end starts up to 7 bytes before a one-byte field.
    static let plainLookbehind = 8

    /// Reads a field `[start, end)` that is exactly `[-]d…d[.d…d]`: 1-8 integer digits, optionally a
    /// point (`,` too with `decimalComma`) and 1-8 fraction digits, with a mantissa of at most 2⁵³. Returns `nil` for anything else (`+`,
    /// exponents, more digits, spaces, quotes, words, an empty field), which the caller hands to
    /// ``scan(_:_:decimalComma:into:)``.
    ///
    /// - Precondition: ``plainLookahead`` bytes from `start` and ``plainLookbehind`` bytes before it
    ///   are readable memory; bytes outside the field are looked at but never accepted.
    @inline(__always)
    static func parsePlain(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, decimalComma: Bool) -> Double? {
        let negative = start.pointee == UInt8(ascii: "-")
        let length = end - start &- (negative ? 1 : 0)
        guard length <= 8 else { return parseLongPlain(start, end, negative: negative, decimalComma: decimalComma) }
        return parseShortPlain(digitWord(at: end - 8), length: length, negative: negative, decimalComma: decimalComma)
    }

    /// ``parsePlain(_:_:decimalComma:)`` for fields of at most 8 digits and point (most fields of a
    /// landmark file: `0.512345`, `-18.6267`): all of them lie in the one word that ends at the
    /// field's end, so one conversion gives the mantissa. `word` is that word as a ``digitWord(at:)``,
    /// `length` the field's length without the sign.
    @inline(__always)
    static func parseShortPlain(_ word: UInt64, length: Int, negative: Bool, decimalComma: Bool) -> Double? {
        guard length >= 1 else { return nil }
        // The field's bytes are the word's top `length` bytes; what lies below belongs to others.
        let field = UInt64.max &<< UInt64(64 &- 8 &* length)
        let nonDigits = nonDigitBits(word) & field
        let mantissa: UInt64
        let fractionCount: Int
        if nonDigits == 0 {
            mantissa = digitValue(topAligned: word & field)
            fractionCount = 0
        } else {
            // One non-digit, the point, with digits on both sides of it.
            let pointByte = nonDigits.trailingZeroBitCount &>> 3
            fractionCount = 7 &- pointByte
            let point = UInt8(truncatingIfNeeded: word &>> UInt64(8 &* pointByte))
            guard nonDigits & (nonDigits &- 1) == 0, fractionCount >= 1, length &- 1 &- fractionCount >= 1,
                  point == UInt8(ascii: ".") ^ 0x30 || (decimalComma && point == UInt8(ascii: ",") ^ 0x30)
            else { return nil }
            // Close the gap: the integer digits move up one byte onto the point, so the digits fill
            // the top `length - 1` bytes and the byte below them is zero.
            let below: UInt64 = (1 &<< UInt64(8 &* pointByte)) &- 1
            let fraction = word & ~((below &<< 8) | 0xFF)
            mantissa = digitValue(topAligned: fraction | ((word & below & field) &<< 8))
        }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionCount]
        return negative ? -magnitude : magnitude
    }

    /// ``parsePlain(_:_:decimalComma:)`` for fields of 9 to 17 digits and point: the integer digits
    /// from the word at the start (after the sign), the fraction digits from the word that ends at
    /// the end. Out of line, to keep the common path small where it is inlined.
    @inline(__always)
    static func parseLongPlain(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, negative: Bool, decimalComma: Bool
    ) -> Double? {
        let digits = negative ? start + 1 : start
        let length = end - digits
        let integerWord = digitWord(at: digits)
        let fractionWord = digitWord(at: end - 8)
        // At most 8 integer digits, so the point is inside the field.
        let integerCount = leadingDigitCount(integerWord)
        let fractionCount = trailingDigitCount(fractionWord)
        let point = digits[integerCount]
        guard integerCount >= 1, fractionCount >= 1, integerCount &+ 1 &+ fractionCount == length,
              point == UInt8(ascii: ".") || (decimalComma && point == UInt8(ascii: ","))
        else { return nil }
        // The fraction digits are the word's top bytes already; clear the bytes below them.
        let below = UInt64(64 &- 8 &* fractionCount)
        let fraction = digitValue(topAligned: (fractionWord &>> below) &<< below)
        let mantissa = digitValue(integerWord, count: integerCount) &* integerPowersOfTen[fractionCount] &+ fraction
        // Up to 16 digits fit the two words; only those above 2⁵³ need the general path.
        guard mantissa <= 1 << 53 else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionCount]
        return negative ? -magnitude : magnitude
    }

    /// The 8 bytes at `p` with `'0'` subtracted from each, so digits become 0…9 (first byte lowest).
    @inline(__always)
    static func digitWord(at p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) ^ 0x3030_3030_3030_3030
    }

    /// The high bit of each byte of a ``digitWord(at:)`` that is not a digit, exactly: the low seven
    /// bits are tested without carries between bytes, and bytes ≥ 0x80 keep their own high bit.
    @inline(__always)
    static func nonDigitBits(_ word: UInt64) -> UInt64 {
        (((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | word) & 0x8080_8080_8080_8080
    }

    /// How many of the word's bytes, from the first, are digits (0…8).
    @inline(__always)
    static func leadingDigitCount(_ word: UInt64) -> Int {
        nonDigitBits(word).trailingZeroBitCount &>> 3
    }

    /// How many of the word's bytes, from the last backwards, are digits (0…8).
    @inline(__always)
    static func trailingDigitCount(_ word: UInt64) -> Int {
        nonDigitBits(word).leadingZeroBitCount &>> 3
    }

    /// The number spelled by the first `count` (1…8) digit bytes of `word`.
    @inline(__always)
    static func digitValue(_ word: UInt64, count: Int) -> UInt64 {
        // Move the digits to the top bytes, the first digit most significant.
        digitValue(topAligned: word &<< UInt64(64 &- 8 &* count))
    }

    /// The number spelled by a word whose digits fill its top bytes (the last digit in the highest
    /// byte) and whose other bytes are zero.
    @inline(__always)
    static func digitValue(topAligned word: UInt64) -> UInt64 {
        // Combine pairs, quads and octets with multiplications (Lemire's eight-digit SWAR conversion).
        var value = word &* 10 &+ (word &>> 8)
        value = (((value & 0x0000_00FF_0000_00FF) &* 0x000F_4240_0000_0064)
            &+ (((value &>> 16) & 0x0000_00FF_0000_00FF) &* 0x0000_2710_0000_0001)) &>> 32
        return value & 0xFFFF_FFFF
    }
}
