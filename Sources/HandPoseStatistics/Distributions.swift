#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution N(0, 1).
public enum StandardNormal {
    /// `Φ(z) = ½·erfc(−z/√2)`: P(Z ≤ z). Accurate in relative terms far into the lower tail.
    public static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// `1 − Φ(z) = ½·erfc(z/√2)`: P(Z > z), accurate in relative terms far into the upper tail.
    public static func survival(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }
}

/// Student's t distribution with `ν > 0` (not necessarily integer) degrees of freedom.
///
/// `P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½)` (the regularized incomplete beta function,
/// ``SpecialFunctions/regularizedIncompleteBeta(_:_:_:)``), with `ν/(ν+t²)` and its complement
/// `t²/(ν+t²)` formed separately so that neither tail loses digits.
public enum StudentT {
    /// The two-sided tail probability `P(|T| ≥ |t|)` in `[0, 1]`. NaN for NaN input or `ν ≤ 0`.
    public static func twoSidedTail(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard !t.isNaN, nu > 0 else { return .nan }
        guard t.isFinite else { return 0 }
        let square = t * t
        guard square.isFinite else { return 0 }
        let total = nu + square
        return SpecialFunctions.incompleteBeta(nu / 2, 0.5, x: nu / total, complement: square / total).value
    }

    /// `P(T > t)`.
    public static func survival(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let tail = 0.5 * twoSidedTail(t, degreesOfFreedom: nu)
        return t >= 0 ? tail : 1 - tail
    }

    /// `P(T ≤ t)`.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        survival(-t, degreesOfFreedom: nu)
    }
}
