/// Elementary functions built only from correctly rounded IEEE operations (+, −, ×, ÷, √), so that
/// they return bit-identical results on every platform, unlike the system libm.
///
/// Accuracy is a few units in the last place over the ranges the simulator uses (angles below
/// 2π after reduction, logarithms of values in `(0, 1)`); that is far below any tolerance of
/// interest and the point is reproducibility, not the last bit.
public enum DeterministicMath {
    /// π/2 split for Cody-Waite argument reduction (fdlibm's `pio2_1`, `pio2_2`, `pio2_3`).
    private static let halfPiHigh = 1.570_796_326_734_125_614_17
    private static let halfPiMiddle = 6.077_100_506_303_965_976_60e-11
    private static let halfPiLow = 2.022_266_248_711_166_455_80e-21
    private static let ln2 = 0.693_147_180_559_945_309_417
    /// π to double precision.
    public static let pi = 3.141_592_653_589_793_116

    /// Sine of `x` radians. `|x|` should stay below about 10⁶ for full accuracy.
    public static func sin(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let (r, quadrant) = reduce(x)
        switch quadrant {
        case 0: return sinKernel(r)
        case 1: return cosKernel(r)
        case 2: return -sinKernel(r)
        default: return -cosKernel(r)
        }
    }

    /// Cosine of `x` radians. `|x|` should stay below about 10⁶ for full accuracy.
    public static func cos(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let (r, quadrant) = reduce(x)
        switch quadrant {
        case 0: return cosKernel(r)
        case 1: return -sinKernel(r)
        case 2: return -cosKernel(r)
        default: return sinKernel(r)
        }
    }

    /// Natural logarithm; NaN for negative or NaN input, −∞ for 0.
    ///
    /// x = m·2ᵉ with m ∈ [√½, √2), then ln m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …), s = (m−1)/(m+1).
    public static func log(_ x: Double) -> Double {
        if x.isNormal, x > 0 { return logOfPositiveNormal(x) }
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return .infinity }
        return logKernel(significand: x.significand, exponent: x.exponent)  // subnormal
    }

    /// ``log(_:)`` of a positive normal `x`, with `m` and `e` read from the bits: the same values
    /// as `x.significand` and `x.exponent` (opaque library calls) for normal numbers, and no
    /// branches or calls, so a loop over many values can run several at once.
    @inline(__always)
    static func logOfPositiveNormal(_ x: Double) -> Double {
        let bits = x.bitPattern
        let significand = Double(bitPattern: bits & 0x000F_FFFF_FFFF_FFFF | 0x3FF0_0000_0000_0000)
        return logKernel(significand: significand, exponent: Int(bits >> 52) - 1023)
    }

    /// ``log(_:)`` of eight positive normal numbers at once: lane for lane the arithmetic of
    /// ``logOfPositiveNormal(_:)`` (IEEE vector operations round like scalar ones, so the results
    /// are bit-identical), with the `m > √2` choice as a lane select instead of a branch the
    /// processor mispredicts half the time.
    @inline(__always)
    static func logOfPositiveNormal(_ x: SIMD8<Double>) -> SIMD8<Double> {
        let bits = unsafeBitCast(x, to: SIMD8<UInt64>.self)
        var m = unsafeBitCast(bits & 0x000F_FFFF_FFFF_FFFF | 0x3FF0_0000_0000_0000, to: SIMD8<Double>.self)
        var e = SIMD8<Double>(SIMD8<Int64>(truncatingIfNeeded: bits &>> 52) &- 1023)
        let high = m .> 1.414_213_562_373_095_1
        m.replace(with: m / 2, where: high)
        e.replace(with: e + 1, where: high)
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var sum = SIMD8<Double>(repeating: 0)
        var k = 29.0
        while k >= 1 {
            sum = 1 / k + s2 * sum
            k -= 2
        }
        return e * ln2 + 2 * s * sum
    }

    /// `e·ln 2 + ln m` for `m ∈ [1, 2)` by the atanh series (see ``log(_:)``).
    @inline(__always)
    private static func logKernel(significand: Double, exponent: Int) -> Double {
        var m = significand
        var e = Double(exponent)
        if m > 1.414_213_562_373_095_1 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var sum = 0.0
        var k = 29.0
        while k >= 1 {
            sum = 1 / k + s2 * sum
            k -= 2
        }
        return e * ln2 + 2 * s * sum
    }

    /// Arc tangent in radians, in `(−π/2, π/2)`.
    public static func atan(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 { return -atan(-x) }
        if x > 1 { return pi / 2 - atan(1 / x) }
        // tan(π/12) = 2 − √3; above it use atan(x) = π/6 + atan((√3·x − 1)/(√3 + x)).
        let sqrt3 = 1.732_050_807_568_877_2
        if x > 0.267_949_192_431_122_7 {
            return pi / 6 + atanKernel((sqrt3 * x - 1) / (sqrt3 + x))
        }
        return atanKernel(x)
    }

    /// Arc cosine in radians, in `[0, π]`; the argument is clamped to `[−1, 1]`, NaN stays NaN.
    ///
    /// acos x = 2·atan(√((1 − x)/(1 + x))).
    public static func acos(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let c = min(1, max(-1, x))
        if c == -1 { return pi }
        return 2 * atan(((1 - c) / (1 + c)).squareRoot())
    }

    /// Reduces `x` to `r ∈ [−π/4, π/4]` and the quadrant `k mod 4` with x = r + k·π/2.
    private static func reduce(_ x: Double) -> (Double, Int) {
        let k = (x * (2 / pi)).rounded()
        let r = ((x - k * halfPiHigh) - k * halfPiMiddle) - k * halfPiLow
        let quadrant = Int(k.truncatingRemainder(dividingBy: 4))
        return (r, (quadrant + 4) % 4)
    }

    /// Taylor series of sin on `[−π/4, π/4]` through r¹⁹ (truncation below 10⁻¹⁹).
    private static func sinKernel(_ r: Double) -> Double {
        let r2 = r * r
        var sum = 0.0
        var n = 19.0
        while n >= 3 {
            sum = (1 - r2 * sum) / (n * (n - 1))
            n -= 2
        }
        // sum now holds 1/3! − r²/5! + …; sin r = r − r³·sum.
        return r - r * r2 * sum
    }

    /// Taylor series of cos on `[−π/4, π/4]` through r²⁰.
    private static func cosKernel(_ r: Double) -> Double {
        let r2 = r * r
        var sum = 0.0
        var n = 20.0
        while n >= 2 {
            sum = (1 - r2 * sum) / (n * (n - 1))
            n -= 2
        }
        return 1 - r2 * sum
    }

    /// Taylor series of atan on `|y| ≤ 2 − √3` through y³³.
    private static func atanKernel(_ y: Double) -> Double {
        let y2 = y * y
        var sum = 0.0
        var k = 33.0
        var sign = 1.0  // sign of the y^k term: + for k ≡ 1 (mod 4), and 33 ≡ 1
        while k >= 1 {
            sum = sign / k + y2 * sum
            sign = -sign
            k -= 2
        }
        return y * sum
    }
}
