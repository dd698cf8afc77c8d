#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A complex number for pole-zero design, with arithmetic that rounds like NumPy's `complex128`
/// (so that scipy's pole ordering and pairing decisions are reproduced bit for bit in ordinary
/// cases).
///
/// - Multiplication: `(a·c − b·d) + i(a·d + b·c)`, no fused multiply-add.
/// - Division: Smith's algorithm exactly as NumPy's `complex128` divide loop (scale by the
///   reciprocal of the larger-magnitude denominator component).
/// - Square root: the principal branch, computed as in C99 `csqrt` (Kahan's scaling-free form),
///   correct to a few ulps.
///
/// Internal: the public API exposes poles and zeros as `(re, im)` tuples only where tests need them.
struct ButterworthComplex: Hashable, Sendable {
    var re: Double
    var im: Double

    init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    /// `true` when the imaginary part is exactly zero (NumPy `isreal`).
    var isReal: Bool { im == 0 }

    var conjugate: ButterworthComplex { ButterworthComplex(re, -im) }

    /// `|z|`, computed as NumPy's vectorised `complex128` absolute value:
    /// `L · √(1 + (S/L)²)` with `L = max(|re|, |im|)`, `S = min(|re|, |im|)` and the square inside
    /// the root fused (`fma`). This can differ from `hypot` in the last bit, and scipy's pairing
    /// compares such magnitudes, so the exact rounding decides ties between mirror-image poles.
    var magnitude: Double {
        let a = abs(re), b = abs(im)
        let larger = max(a, b), smaller = min(a, b)
        if larger == 0 { return 0 }
        let ratio = smaller / larger
        return larger * (1.0).addingProduct(ratio, ratio).squareRoot()
    }

    static func + (lhs: ButterworthComplex, rhs: ButterworthComplex) -> ButterworthComplex {
        ButterworthComplex(lhs.re + rhs.re, lhs.im + rhs.im)
    }

    static func - (lhs: ButterworthComplex, rhs: ButterworthComplex) -> ButterworthComplex {
        ButterworthComplex(lhs.re - rhs.re, lhs.im - rhs.im)
    }

    static prefix func - (value: ButterworthComplex) -> ButterworthComplex {
        ButterworthComplex(-value.re, -value.im)
    }

    static func * (lhs: ButterworthComplex, rhs: ButterworthComplex) -> ButterworthComplex {
        let re = lhs.re * rhs.re - lhs.im * rhs.im
        let im = lhs.re * rhs.im + lhs.im * rhs.re
        return ButterworthComplex(re, im)
    }

    /// NumPy's `complex128` division (Smith 1962, reciprocal-scaled variant).
    static func / (lhs: ButterworthComplex, rhs: ButterworthComplex) -> ButterworthComplex {
        let absRe = abs(rhs.re), absIm = abs(rhs.im)
        if absRe >= absIm {
            if absRe == 0 && absIm == 0 {
                return ButterworthComplex(lhs.re / absRe, lhs.im / absRe)
            }
            let ratio = rhs.im / rhs.re
            let scale = 1.0 / (rhs.re + rhs.im * ratio)
            return ButterworthComplex((lhs.re + lhs.im * ratio) * scale, (lhs.im - lhs.re * ratio) * scale)
        } else {
            let ratio = rhs.re / rhs.im
            let scale = 1.0 / (rhs.im + rhs.re * ratio)
            return ButterworthComplex((lhs.re * ratio + lhs.im) * scale, (lhs.im * ratio - lhs.re) * scale)
        }
    }

    /// The principal square root (branch cut along the negative real axis, `Re ≥ 0`).
    var squareRoot: ButterworthComplex {
        if re == 0 && im == 0 { return ButterworthComplex(0, im) }
        let t = (sqrt(0.5 * (abs(re) + hypot(re, im))))
        if re >= 0 {
            return ButterworthComplex(t, im / (2 * t))
        } else {
            return ButterworthComplex(abs(im) / (2 * t), im.sign == .minus ? -t : t)
        }
    }
}
