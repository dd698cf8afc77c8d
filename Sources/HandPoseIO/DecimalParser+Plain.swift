/// The shape almost every field of a landmark CSV has, `[-]digits[.digits]`, read word at a time
/// from a field whose bounds are already known.
///
/// The integer digits are counted and converted from one unaligned 8-byte load at the field's start,
/// the fraction digits from one load that *ends* at the field's end (SWAR arithmetic, no per-byte
/// loop). Neither address waits for the other's digit count, so the two loads, and the fields of a
/// line, proceed in parallel. With the mantissa at most 2⁵³ and the divisor 10^k (k ≤ 8) an exact
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
    /// point (`,` too with `decimalComma`) and 1-8 fraction digits, with a mantissa of at most 2⁵³.
    /// Returns `nil` for anything else (`+`, exponents, more digits, spaces, quotes, words, an empty
    /// field), which the caller hands to ``scan(_:_:decimalComma:into:)``.
    ///
    /// - Precondition: ``plainLookahead`` bytes from `start` and ``plainLookbehind`` bytes before it
    ///   are readable memory; bytes outside the field are looked at but never accepted.
    @inline(__always)
    static func parsePlain(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, decimalComma: Bool) -> Double? {
        let negative = start.pointee == UInt8(ascii: "-")
        let digits = negative ? start + 1 : start
        let length = end - digits
        // Both words are loaded before either is looked at: their addresses depend only on the bounds.
        let integerWord = digitWord(at: digits)
        let fractionWord = digitWord(at: end - 8)
        let integerCount = leadingDigitCount(integerWord)

        let mantissa: UInt64
        let fractionCount: Int
        if integerCount >= length {
            // Digits only (`12`, `-3`); the digit run may continue past the end with bytes of the
            // next line or stale bytes, which are not counted.
            guard length >= 1 && length <= 8 else { return nil }
            mantissa = digitValue(integerWord, count: length)
            fractionCount = 0
        } else {
            // `integerCount` < `length`, so the byte after the integer digits is inside the field.
            let point = digits[integerCount]
            fractionCount = length &- integerCount &- 1
            guard integerCount >= 1, point == UInt8(ascii: ".") || (decimalComma && point == UInt8(ascii: ",")),
                  fractionCount >= 1, fractionCount <= trailingDigitCount(fractionWord)
            else { return nil }
            // The fraction digits are the word's top bytes already; clear the bytes below them.
            let below = UInt64(64 &- 8 &* fractionCount)
            let fraction = digitValue(topAligned: (fractionWord &>> below) &<< below)
            mantissa = digitValue(integerWord, count: integerCount) &* integerPowersOfTen[fractionCount] &+ fraction
            // Up to 16 digits fit the word loads; only those above 2⁵³ need the general path.
            guard mantissa <= 1 << 53 else { return nil }
        }
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
