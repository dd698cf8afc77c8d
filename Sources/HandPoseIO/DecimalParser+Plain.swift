/// The shape almost every field of a landmark CSV has, `[-]digits[.digits]`, read word at a time.
///
/// The integer and the fraction digits are each found and converted with one unaligned 8-byte load
/// and SWAR arithmetic, with no per-byte loop. With at most 7 + 7 digits the mantissa is below
/// 10¹⁴ < 2⁵³ and the divisor 10^k (k ≤ 7) is an exact double, so the single division is correctly
/// rounded (Clinger's fast path) and the result equals `Double(String)` bit for bit.
extension DecimalParser {
    /// How many bytes from the start of a field ``parsePlain(_:_:delimiter:decimalComma:)`` may read,
    /// past the field's end included: a sign, 8 integer bytes and 8 fraction bytes (rounded up).
    static let plainLookahead = 24

    /// Reads `[-]d…d[.d…d]` (1-7 integer digits, 1-7 fraction digits, `,` also as the point with
    /// `decimalComma`) that ends at `end` or at a `delimiter` before it. Returns the value and the
    /// field's end, or `nil` for anything else (`+`, exponents, more digits, spaces, quotes, words),
    /// which the caller hands to ``scan(_:_:decimalComma:into:)``.
    ///
    /// - Precondition: ``plainLookahead`` bytes from `start` are readable memory, even past `end`
    ///   (bytes past `end` are looked at but never accepted).
    @inline(__always)
    static func parsePlain(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, delimiter: UInt8, decimalComma: Bool
    ) -> (value: Double, end: UnsafePointer<UInt8>)? {
        let negative = start.pointee == UInt8(ascii: "-")
        var p = negative ? start + 1 : start

        var mantissa: UInt64
        let first = p[0] &- UInt8(ascii: "0")
        if first <= 9 && p[1] &- UInt8(ascii: "0") > 9 {
            // One integer digit (`0.512`), the common case: tested byte by byte so that the fraction's
            // address does not wait for the integer word's digit count.
            mantissa = UInt64(first)
            p += 1
        } else {
            let integerWord = digitWord(at: p)
            let integerCount = leadingDigitCount(integerWord)
            // 1…7 digits: 0 is no number, 8 may be followed by more.
            guard (1...7).contains(integerCount) else { return nil }
            mantissa = digitValue(integerWord, count: integerCount)
            p += integerCount
        }

        var fractionCount = 0
        // No `p < end` test: a point found past the end leads to digits past the end, refused below.
        let separator = p.pointee
        if separator == UInt8(ascii: ".") || (decimalComma && separator == UInt8(ascii: ",")) {
            let fractionWord = digitWord(at: p + 1)
            fractionCount = leadingDigitCount(fractionWord)
            guard (1...7).contains(fractionCount) else { return nil }
            mantissa = mantissa &* integerPowersOfTen[fractionCount] &+ digitValue(fractionWord, count: fractionCount)
            p += 1 + fractionCount
        }
        // The field must end here; digits running past `end` belong to the next line or to stale bytes.
        guard p < end ? p.pointee == delimiter : p == end else { return nil }

        let magnitude = Double(mantissa) / exactPowersOfTen[fractionCount]
        return (negative ? -magnitude : magnitude, p)
    }

    /// The 8 bytes at `p` with `'0'` subtracted from each, so digits become 0…9 (first byte lowest).
    @inline(__always)
    static func digitWord(at p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) ^ 0x3030_3030_3030_3030
    }

    /// How many of the word's bytes, from the first, are digits (0…8).
    @inline(__always)
    static func leadingDigitCount(_ word: UInt64) -> Int {
        // Non-digits get their high bit set: by the addition when above 9, or already when ≥ 0x80.
        // A carry out of a non-digit byte only disturbs later bytes, which are not counted.
        let nonDigits = ((word &+ 0x7676_7676_7676_7676) | word) & 0x8080_8080_8080_8080
        return nonDigits.trailingZeroBitCount &>> 3
    }

    /// The number spelled by the first `count` (1…8) digit bytes of `word`.
    @inline(__always)
    static func digitValue(_ word: UInt64, count: Int) -> UInt64 {
        // Move the digits to the top bytes (the first digit most significant), then combine pairs,
        // quads and octets with multiplications (Lemire's eight-digit SWAR conversion).
        var value = word &<< UInt64(64 &- 8 &* count)
        value = value &* 10 &+ (value &>> 8)
        value = (((value & 0x0000_00FF_0000_00FF) &* 0x000F_4240_0000_0064)
            &+ (((value &>> 16) & 0x0000_00FF_0000_00FF) &* 0x0000_2710_0000_0001)) &>> 32
        return value & 0xFFFF_FFFF
    }
}
