#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The special functions behind the tests' p-values: log-gamma, log-beta and the regularized
/// incomplete beta function, written here so that every p-value traces to formulas in this file.
///
/// Accuracy (checked against scipy.special in `Fixtures/golden/statistics.json`): log-gamma to
/// 2·10⁻¹⁵, the incomplete beta to about 10⁻¹³ relative; the Student t tail to 10⁻¹⁴ relative up to
/// ν = 10⁴ and 10⁻¹² at ν = 10⁵, where the continued fraction needs thousands of terms.
public enum SpecialFunctions {
    /// `½·ln(2π)`.
    static let halfLogTwoPi = 0.918_938_533_204_672_741_78

    /// `ln Γ(x)` for `x > 0`.
    ///
    /// For `x ≥ 10`, Stirling's series `(x − ½)ln x − x + ½ln 2π + δ(x)` with the correction
    /// ``stirlingCorrection(_:)``; below 10 the recurrence `ln Γ(x) = ln Γ(x + k) − ln(x(x+1)…(x+k−1))`
    /// first shifts `x` to at least 10. NaN for `x ≤ 0` or NaN, `+∞` for `+∞`. O(1).
    public static func logGamma(_ x: Double) -> Double {
        guard x > 0 else { return .nan }
        guard x.isFinite else { return x }
        if x >= 10 { return (x - 0.5) * log(x) - x + halfLogTwoPi + stirlingCorrection(x) }
        var shifted = x, product = 1.0
        while shifted < 10 {
            product *= shifted
            shifted += 1
        }
        return logGamma(shifted) - log(product)
    }

    /// `δ(x) = ln Γ(x) − ((x − ½)ln x − x + ½ln 2π)` for `x ≥ 10`: the Stirling series
    /// `Σ B₂ₖ / (2k(2k−1)·x^(2k−1))` to k = 7 (truncation error below 10⁻¹⁷ at x = 10).
    static func stirlingCorrection(_ x: Double) -> Double {
        let r = 1 / x, r2 = r * r
        // 1/12, −1/360, 1/1260, −1/1680, 1/1188, −691/360360, 1/156
        var sum = 1.0 / 156.0
        sum = -691.0 / 360_360.0 + r2 * sum
        sum = 1.0 / 1188.0 + r2 * sum
        sum = -1.0 / 1680.0 + r2 * sum
        sum = 1.0 / 1260.0 + r2 * sum
        sum = -1.0 / 360.0 + r2 * sum
        sum = 1.0 / 12.0 + r2 * sum
        return sum * r
    }

    /// `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)` for `a, b > 0`.
    ///
    /// When the larger argument `q` is at least 10, `ln Γ(q) − ln Γ(q + p)` is taken from the
    /// difference of the Stirling series, `−p·ln q − (q + p − ½)·ln(1 + p/q) + p + δ(q) − δ(q + p)`,
    /// rather than by subtracting two large logarithms (the idea of `algdiv` in DiDonato & Morris,
    /// TOMS 708, 1992, doi:10.1145/131766.131776): the Student t with large degrees of freedom
    /// needs `ln B(ν/2, ½)` to full relative accuracy. NaN for a non-positive argument. O(1).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        let p = min(a, b), q = max(a, b)
        guard q >= 10 else { return logGamma(p) + logGamma(q) - logGamma(p + q) }
        let difference = -p * log(q) - (q + p - 0.5) * log1p(p / q) + p
            + stirlingCorrection(q) - stirlingCorrection(q + p)
        return logGamma(p) + difference
    }

    /// The regularized incomplete beta function `I_x(a, b) = B(x; a, b) / B(a, b)` for `a, b > 0`,
    /// `0 ≤ x ≤ 1`.
    ///
    /// `I_x(a, b) = x^a (1−x)^b / (a·B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …)))` with
    /// `d₂ₘ₊₁ = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1))`, `d₂ₘ = m(b−m)x / ((a+2m−1)(a+2m))`, evaluated by
    /// the modified Lentz method (Lentz 1976; Thompson & Barnett 1986,
    /// doi:10.1016/0021-9991(86)90046-X; Numerical Recipes §6.4) to a relative change below 10⁻¹⁵.
    /// The fraction converges fast for `x < (a+1)/(a+b+2)`; above, `I_x(a, b) = 1 − I_{1−x}(b, a)`.
    /// NaN for an argument out of range or NaN. O(√max(a, b)) iterations near the switch point.
    public static func regularizedIncompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        guard a > 0, b > 0, x >= 0, x <= 1 else { return .nan }
        return incompleteBeta(a, b, x: x, complement: 1 - x).value
    }

    /// `(I_x(a, b), 1 − I_x(a, b))`, given `x` and its complement `y = 1 − x` separately so that a
    /// caller who knows `y` more accurately (the Student t's `t²/(ν + t²)`) keeps that accuracy;
    /// whichever of the pair is computed by the continued fraction is accurate in relative terms.
    static func incompleteBeta(_ a: Double, _ b: Double, x: Double, complement y: Double) -> (value: Double, complement: Double) {
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        if x > (a + 1) / (a + b + 2) {
            let swapped = incompleteBeta(b, a, x: y, complement: x)
            return (swapped.complement, swapped.value)
        }
        let logX = x < 0.5 ? log(x) : log1p(-y)
        let logY = y < 0.5 ? log(y) : log1p(-x)
        let front = exp(a * logX + b * logY - logBeta(a, b)) / a
        let value = min(1, max(0, front * continuedFraction(a, b, x)))
        return (value, 1 - value)
    }

    /// The continued fraction of ``regularizedIncompleteBeta(_:_:_:)`` by the modified Lentz method.
    static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        let maximumIterations = 1000 + Int(20 * max(a, b).squareRoot())
        let sum = a + b, plus = a + 1, minus = a - 1
        var c = 1.0
        var d = 1 - sum * x / plus
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maximumIterations {
            let m = Double(m), m2 = 2 * m
            var term = m * (b - m) * x / ((minus + m2) * (a + m2))
            d = 1 + term * d
            if abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            term = -(a + m) * (sum + m) * x / ((a + m2) * (plus + m2))
            d = 1 + term * d
            if abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) <= epsilon { break }
        }
        return h
    }
}
