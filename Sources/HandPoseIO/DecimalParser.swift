/// Decimal text → `Double`, correctly rounded, without allocating.
///
/// The fast path is Clinger's: up to 19 significant digits are accumulated into a `UInt64`
/// mantissa `m` with decimal exponent `e`; when `m ≤ 2⁵³` and `|e| ≤ 22`, both `m` and `10^|e|`
/// are exact doubles, so the single multiplication or division `m · 10^e` is correctly rounded.
/// Anything else (more digits, larger exponents) falls back to the standard library's
/// correctly-rounded, locale-independent conversion on the same bytes, so the result always
/// equals `Double(String)` bit for bit.
///
/// Grammar: `[+-]? digits [. digits] [(e|E) [+-]? digits]`, at least one mantissa digit; with
/// `decimalComma` a `,` is accepted as the decimal separator as well as `.`.
enum DecimalParser {
    /// 10⁰ … 10²², every one exactly representable as a `Double`.
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Reads the longest number starting at `start` and returns the pointer just past it, or `nil`
    /// when no number starts there. Leading spaces are not skipped.
    @inline(__always)
    static func scan(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, decimalComma: Bool,
        into value: inout Double
    ) -> UnsafePointer<UInt8>? {
        var p = start
        var negative = false
        if p < end, p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+") {
            negative = p.pointee == UInt8(ascii: "-")
            p += 1
        }
        var mantissa: UInt64 = 0
        // An upper bound on the digits held in `mantissa` (leading zeros may be counted).
        var significantDigits = 0
        var exponentAdjustment = 0
        var inexact = false

        var digitCount: Int
        if end - p >= 2, p[0] &- UInt8(ascii: "0") <= 9, p[1] &- UInt8(ascii: "0") > 9 {
            // A one-digit integer part (`0.512`, `7,`) is the most common case.
            mantissa = UInt64(p[0] &- UInt8(ascii: "0"))
            significantDigits = mantissa == 0 ? 0 : 1
            digitCount = 1
            p += 1
        } else {
            digitCount = accumulateDigits(
                &p, end, &mantissa, &significantDigits, &exponentAdjustment, &inexact, isFraction: false)
        }
        if p < end, p.pointee == UInt8(ascii: ".") || (decimalComma && p.pointee == UInt8(ascii: ",")) {
            p += 1
            digitCount += accumulateDigits(
                &p, end, &mantissa, &significantDigits, &exponentAdjustment, &inexact, isFraction: true)
        }
        let sawDigit = digitCount > 0
        guard sawDigit else { return nil }

        var exponent = 0
        if p < end, p.pointee | 0x20 == UInt8(ascii: "e") {
            var q = p + 1
            var exponentNegative = false
            if q < end, q.pointee == UInt8(ascii: "-") || q.pointee == UInt8(ascii: "+") {
                exponentNegative = q.pointee == UInt8(ascii: "-")
                q += 1
            }
            if q < end, q.pointee &- UInt8(ascii: "0") <= 9 {
                while q < end {
                    let digit = q.pointee &- UInt8(ascii: "0")
                    if digit > 9 { break }
                    if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                    q += 1
                }
                if exponentNegative { exponent = -exponent }
                p = q
            }
        }

        if mantissa == 0 && !inexact {
            value = negative ? -0.0 : 0.0
            return p
        }
        let decimalExponent = exponent + exponentAdjustment
        if !inexact && mantissa <= 1 << 53 && decimalExponent >= -22 && decimalExponent <= 22 {
            let m = Double(mantissa)
            let result = decimalExponent >= 0
                ? m * exactPowersOfTen[decimalExponent]
                : m / exactPowersOfTen[-decimalExponent]
            value = negative ? -result : result
            return p
        }
        value = slowPath(start, p, decimalComma: decimalComma)
        return p
    }

    /// 10⁰ … 10⁸ as integers.
    static let integerPowersOfTen: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    /// Appends the run of digits at `p` to `mantissa`, returning how many digits were read.
    ///
    /// Up to 19 digits are kept; later integer digits raise the decimal exponent instead, and any
    /// dropped non-zero digit marks the number `inexact` (for the slow path). Fraction digits lower
    /// the exponent. Eight bytes at a time are classified and converted with SWAR arithmetic while the
    /// mantissa has room for eight more digits; the rest goes byte by byte.
    @inline(__always)
    static func accumulateDigits(
        _ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ mantissa: inout UInt64,
        _ significantDigits: inout Int, _ exponentAdjustment: inout Int, _ inexact: inout Bool, isFraction: Bool
    ) -> Int {
        var consumed = 0
        while end - p >= 8 && significantDigits <= 11 {
            // Digits become bytes 0-9; any other byte gets its high bit set by the addition (a carry
            // out of a non-digit byte only affects later bytes, which are not used).
            let bytes = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) ^ 0x3030_3030_3030_3030
            let nonDigits = ((bytes &+ 0x7676_7676_7676_7676) | bytes) & 0x8080_8080_8080_8080
            let count = nonDigits == 0 ? 8 : nonDigits.trailingZeroBitCount / 8
            if count == 0 { return consumed }
            // Move the digits to the top bytes (the first digit most significant) and convert.
            var value = bytes << UInt64(64 - 8 * count)
            value = value &* 10 &+ (value >> 8)
            value = (((value & 0x0000_00FF_0000_00FF) &* 0x000F_4240_0000_0064)
                &+ (((value >> 16) & 0x0000_00FF_0000_00FF) &* 0x0000_2710_0000_0001)) >> 32
            mantissa = mantissa &* integerPowersOfTen[count] &+ (value & 0xFFFF_FFFF)
            if mantissa != 0 { significantDigits += count }
            if isFraction { exponentAdjustment -= count }
            p += count
            consumed += count
            if count < 8 { return consumed }
        }
        while p < end {
            let digit = p.pointee &- UInt8(ascii: "0")
            if digit > 9 { break }
            if significantDigits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if mantissa != 0 { significantDigits += 1 }
                if isFraction { exponentAdjustment -= 1 }
            } else {
                if !isFraction { exponentAdjustment += 1 }
                if digit != 0 { inexact = true }
            }
            p += 1
            consumed += 1
        }
        return consumed
    }

    /// Correctly rounded conversion of bytes that already matched the grammar.
    @inline(never)
    static func slowPath(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, decimalComma: Bool) -> Double {
        let count = end - start
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { copy in
            for index in 0..<count {
                let byte = start[index]
                copy[index] = decimalComma && byte == UInt8(ascii: ",") ? UInt8(ascii: ".") : byte
            }
            // The bytes match the decimal grammar, so the standard library cannot refuse them.
            return Double(String(decoding: UnsafeBufferPointer(rebasing: copy[0..<count]), as: UTF8.self)) ?? .nan
        }
    }

    /// Parses a whole field (already unquoted): surrounding spaces are ignored; an empty field and
    /// `NaN`/`nan`/`NA`/`N/A`/`null`/`None` give NaN (missing); `inf`/`infinity` with a sign give ±∞.
    /// Returns `nil` when the field is not a number.
    static func parseField(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, decimalComma: Bool) -> Double? {
        var first = start
        var last = end
        while first < last, first.pointee == UInt8(ascii: " ") || first.pointee == UInt8(ascii: "\t") { first += 1 }
        while last > first, (last - 1).pointee == UInt8(ascii: " ") || (last - 1).pointee == UInt8(ascii: "\t") { last -= 1 }
        if first == last { return .nan }
        var value = 0.0
        if let stop = scan(first, last, decimalComma: decimalComma, into: &value), stop == last {
            return value
        }
        return specialValue(first, last)
    }

    /// The missing-value and infinity spellings, compared without regard to case.
    private static func specialValue(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Double? {
        var p = start
        var sign = 1.0
        if p < end, p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+") {
            if p.pointee == UInt8(ascii: "-") { sign = -1 }
            p += 1
        }
        let word = UnsafeBufferPointer(start: p, count: end - p)
        if equalsIgnoringCase(word, "nan") { return .nan }
        if equalsIgnoringCase(word, "inf") || equalsIgnoringCase(word, "infinity") { return sign * .infinity }
        guard p == start else { return nil }
        let missingSpellings: [StaticString] = ["na", "n/a", "null", "none"]
        for spelling in missingSpellings where equalsIgnoringCase(word, spelling) { return .nan }
        return nil
    }

    /// Whether `bytes` spell `lowercaseWord` in any letter case (ASCII only).
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercaseWord: StaticString) -> Bool {
        guard bytes.count == lowercaseWord.utf8CodeUnitCount else { return false }
        let word = lowercaseWord.utf8Start
        for index in 0..<bytes.count where asciiLowercase(bytes[index]) != word[index] { return false }
        return true
    }

    /// ASCII lowercase of one byte; other bytes unchanged.
    @inline(__always)
    static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
