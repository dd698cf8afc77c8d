#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SecondOrderSections {
    /// The complex frequency response `H(e^{iω})` at `frequency` Hz for sample rate `sampleRate` Hz,
    /// `ω = 2π·frequency/sampleRate`, as `(re, im)`. O(count).
    public func frequencyResponse(at frequency: Double, sampleRate: Double) -> (re: Double, im: Double) {
        let omega = 2 * Double.pi * frequency / sampleRate
        // z⁻¹ = e^{−iω}, z⁻² = e^{−2iω}
        let c1 = cos(omega), s1 = -sin(omega)
        let c2 = cos(2 * omega), s2 = -sin(2 * omega)
        var re = 1.0, im = 0.0
        for section in 0..<count {
            let base = 6 * section
            let nr = coefficients[base] + coefficients[base + 1] * c1 + coefficients[base + 2] * c2
            let ni = coefficients[base + 1] * s1 + coefficients[base + 2] * s2
            let dr = coefficients[base + 3] + coefficients[base + 4] * c1 + coefficients[base + 5] * c2
            let di = coefficients[base + 4] * s1 + coefficients[base + 5] * s2
            let hr = ButterworthComplex(nr, ni) / ButterworthComplex(dr, di)
            (re, im) = (re * hr.re - im * hr.im, re * hr.im + im * hr.re)
        }
        return (re, im)
    }

    /// `|H(e^{iω})|` at `frequency` Hz (see ``frequencyResponse(at:sampleRate:)``).
    public func magnitudeResponse(at frequency: Double, sampleRate: Double) -> Double {
        let h = frequencyResponse(at: frequency, sampleRate: sampleRate)
        return hypot(h.re, h.im)
    }

    /// The poles of every section (roots of `1 + a1·z⁻¹ + a2·z⁻²`, i.e. of `z² + a1·z + a2`), two
    /// per section as `(re, im)`; a first-order section (`a2 = 0`) contributes a pole at 0.
    /// The filter is stable when every pole lies strictly inside the unit circle.
    public var poles: [(re: Double, im: Double)] {
        (0..<count).flatMap { section -> [(re: Double, im: Double)] in
            let a1 = coefficients[6 * section + 4], a2 = coefficients[6 * section + 5]
            let discriminant = a1 * a1 - 4 * a2
            if discriminant >= 0 {
                let root = sqrt(discriminant)
                // Stable quadratic roots: the larger-magnitude root first, the other from the product.
                let large = -0.5 * (a1 + (a1 >= 0 ? root : -root))
                let small = large == 0 ? 0 : a2 / large
                return [(large, 0), (small, 0)]
            }
            let imaginary = 0.5 * sqrt(-discriminant)
            return [(-0.5 * a1, imaginary), (-0.5 * a1, -imaginary)]
        }
    }
}
