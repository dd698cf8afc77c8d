#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Zeros, poles and gain of a filter, `H(s) = k · Π(s − zᵢ) / Π(s − pᵢ)` (analog) or the same in
/// `z` (digital), with conjugate pairs listed in full.
struct ButterworthZeroPoleGain: Sendable {
    var zeros: [ButterworthComplex]
    var poles: [ButterworthComplex]
    var gain: Double
}

extension ButterworthZeroPoleGain {
    /// The analog Butterworth prototype of order `n` (cutoff 1 rad/s, no zeros, gain 1):
    ///
    ///     pₘ = −exp(iπm / 2n),   m = −n+1, −n+3, …, n−1
    ///
    /// The middle pole (odd `n`) is exactly `−1`. As scipy `buttap`.
    static func analogPrototype(order n: Int) -> ButterworthZeroPoleGain {
        let reciprocal = 1.0 / Double(2 * n)
        var poles: [ButterworthComplex] = []
        poles.reserveCapacity(n)
        var m = -n + 1
        while m < n {
            let theta = (Double.pi * Double(m)) * reciprocal
            poles.append(ButterworthComplex(-cos(theta), -sin(theta)))
            m += 2
        }
        return ButterworthZeroPoleGain(zeros: [], poles: poles, gain: 1)
    }

    /// Number of poles in excess of zeros (the analog prototype's zeros at infinity).
    var relativeDegree: Int { poles.count - zeros.count }

    /// Low-pass to low-pass, `s → s/ω₀`: roots scale by `ω₀`, gain by `ω₀^degree` (scipy `lp2lp_zpk`).
    func lowpassToLowpass(cutoff wo: Double) -> ButterworthZeroPoleGain {
        let w = ButterworthComplex(wo)
        return ButterworthZeroPoleGain(
            zeros: zeros.map { w * $0 }, poles: poles.map { w * $0 },
            gain: gain * pow(wo, Double(relativeDegree)))
    }

    /// Low-pass to high-pass, `s → ω₀/s`: roots invert, the excess zeros land at `s = 0`
    /// (scipy `lp2hp_zpk`).
    func lowpassToHighpass(cutoff wo: Double) -> ButterworthZeroPoleGain {
        let w = ButterworthComplex(wo)
        let newZeros = zeros.map { w / $0 } + Array(repeating: ButterworthComplex(0), count: relativeDegree)
        let ratio = Self.product(zeros.map { -$0 }) / Self.product(poles.map { -$0 })
        return ButterworthZeroPoleGain(zeros: newZeros, poles: poles.map { w / $0 }, gain: gain * ratio.re)
    }

    /// Low-pass to band-pass, `s → (s² + ω₀²)/(s·BW)`: each root `r` becomes
    /// `r·BW/2 ± √((r·BW/2)² − ω₀²)`, the excess zeros land at `s = 0` (scipy `lp2bp_zpk`).
    func lowpassToBandpass(center wo: Double, bandwidth bw: Double) -> ButterworthZeroPoleGain {
        let half = ButterworthComplex(2)
        let width = ButterworthComplex(bw)
        let woSquared = pow(wo, 2)
        func split(_ roots: [ButterworthComplex]) -> [ButterworthComplex] {
            let scaled = roots.map { ($0 * width) / half }
            let roots = scaled.map { ($0 * $0 - ButterworthComplex(woSquared)).squareRoot }
            return zip(scaled, roots).map { $0 + $1 } + zip(scaled, roots).map { $0 - $1 }
        }
        return ButterworthZeroPoleGain(
            zeros: split(zeros) + Array(repeating: ButterworthComplex(0), count: relativeDegree),
            poles: split(poles), gain: gain * pow(bw, Double(relativeDegree)))
    }

    /// Low-pass to band-stop, `s → s·BW/(s² + ω₀²)`: each root `r` becomes
    /// `(BW/2)/r ± √(((BW/2)/r)² − ω₀²)`, the excess zeros land at `±iω₀` (scipy `lp2bs_zpk`).
    func lowpassToBandstop(center wo: Double, bandwidth bw: Double) -> ButterworthZeroPoleGain {
        let halfWidth = ButterworthComplex(bw / 2)
        let woSquared = pow(wo, 2)
        func split(_ roots: [ButterworthComplex]) -> [ButterworthComplex] {
            let inverted = roots.map { halfWidth / $0 }
            let roots = inverted.map { ($0 * $0 - ButterworthComplex(woSquared)).squareRoot }
            return zip(inverted, roots).map { $0 + $1 } + zip(inverted, roots).map { $0 - $1 }
        }
        let degree = relativeDegree
        let newZeros = split(zeros)
            + Array(repeating: ButterworthComplex(0, wo), count: degree)
            + Array(repeating: ButterworthComplex(0, -wo), count: degree)
        let ratio = Self.product(zeros.map { -$0 }) / Self.product(poles.map { -$0 })
        return ButterworthZeroPoleGain(zeros: newZeros, poles: split(poles), gain: gain * ratio.re)
    }

    /// The bilinear (Tustin) transform `s = 2f·(z − 1)/(z + 1)` at sample rate `f`: each root maps
    /// to `(2f + r)/(2f − r)`, zeros at infinity to `z = −1`, and the gain to
    /// `k · Re(Π(2f − zᵢ) / Π(2f − pᵢ))` (scipy `bilinear_zpk`; no pre-warping here).
    func bilinear(sampleRate fs: Double) -> ButterworthZeroPoleGain {
        let twice = ButterworthComplex(2.0 * fs)
        let degree = relativeDegree
        let newZeros = zeros.map { (twice + $0) / (twice - $0) } + Array(repeating: ButterworthComplex(-1), count: degree)
        let newPoles = poles.map { (twice + $0) / (twice - $0) }
        let ratio = Self.product(zeros.map { twice - $0 }) / Self.product(poles.map { twice - $0 })
        return ButterworthZeroPoleGain(zeros: newZeros, poles: newPoles, gain: gain * ratio.re)
    }

    /// `Π vᵢ`, left to right (NumPy `prod`); `1` when empty.
    static func product(_ values: [ButterworthComplex]) -> ButterworthComplex {
        guard var result = values.first else { return ButterworthComplex(1) }
        for value in values.dropFirst() { result = result * value }
        return result
    }

    /// Coefficients (highest power first) of `Π(x − rᵢ)`, built by successive convolution with
    /// `[1, −rᵢ]` (NumPy `poly`); the real part, since the roots come in conjugate pairs.
    static func polynomial(_ roots: [ButterworthComplex]) -> [Double] {
        var coefficients = [ButterworthComplex(1)]
        for root in roots {
            let factor = -root
            var next = coefficients + [ButterworthComplex(0)]
            for index in 1..<next.count {
                next[index] = next[index] + coefficients[index - 1] * factor
            }
            coefficients = next
        }
        return coefficients.map(\.re)
    }
}
