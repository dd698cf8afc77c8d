#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A spectral peak located on a discrete spectrum and refined between bins.
///
/// The coarse peak is the largest value on the bins of a frequency band; the refinement fits the
/// parabola through the peak bin `k` and its neighbours (`y₋ = y[k−1]`, `y₀ = y[k]`, `y₊ = y[k+1]`):
///
///     δ = ½ (y₋ − y₊) / (y₋ − 2y₀ + y₊),     f̂ = f_k + δ·Δf,     ŷ = y₀ − ¼ (y₋ − y₊) δ
///
/// (`δ = 0` when the denominator is 0, e.g. a flat top), as `golden.py::parabolic_peak`. Applied to
/// the power itself (``Interpolation/parabolic``) or to its logarithm (``Interpolation/logParabolic``,
/// exact for a Gaussian-shaped peak, which the main lobe of a Hann window resembles). A peak on the
/// first or last bin of the spectrum has no neighbour on one side, and a bin that is not a local
/// maximum (the largest bin of a band can sit on the band's edge, below a larger neighbour outside
/// it) has no vertex within half a bin: neither is refined (`δ = 0`). For a local maximum golden.py's
/// formula is reproduced exactly.
///
/// Complexity: O(band bins) to locate, O(1) to refine.
public struct SpectralPeak: Sendable, Hashable, Codable {
    /// How the peak frequency is refined between bins.
    public enum Interpolation: String, Sendable, Hashable, Codable, CaseIterable {
        /// The bin's own frequency (no refinement).
        case none
        /// Parabola through the power of the three bins around the peak.
        case parabolic
        /// Parabola through the natural logarithm of the power ("Gaussian" interpolation); falls
        /// back to ``parabolic`` when a neighbour's power is 0.
        case logParabolic
    }

    /// Index of the peak bin in the spectrum.
    public var bin: Int
    /// The peak bin's frequency `f_k`, Hz.
    public var binFrequencyHz: Double
    /// The refined frequency `f̂ = f_k + δ·Δf`, Hz.
    public var frequencyHz: Double
    /// The offset `δ` in bins, within `[−½, ½]`.
    public var offset: Double

    public init(bin: Int, binFrequencyHz: Double, frequencyHz: Double, offset: Double) {
        self.bin = bin
        self.binFrequencyHz = binFrequencyHz
        self.frequencyHz = frequencyHz
        self.offset = offset
    }

    private enum CodingKeys: String, CodingKey {
        case bin, binFrequencyHz, frequencyHz, offset
    }

    /// The vertex of the parabola through `(−1, a)`, `(0, b)`, `(1, c)`: its abscissa `δ` and its
    /// value. `(0, b)` when `a − 2b + c = 0`.
    @inlinable
    public static func parabolicVertex(_ a: Double, _ b: Double, _ c: Double) -> (offset: Double, value: Double) {
        let denominator = a - 2 * b + c
        if denominator == 0 { return (0, b) }
        let offset = 0.5 * (a - c) / denominator
        return (offset, b - 0.25 * (a - c) * offset)
    }

    /// The index of the largest `power` value among `bins` (the first one on ties, as numpy's
    /// `argmax`); `nil` when `bins` is empty or holds no finite value.
    public static func largestBin(in power: UnsafeBufferPointer<Double>, bins: Range<Int>) -> Int? {
        var best: Int?
        var bestValue = -Double.infinity
        for index in bins where power[index] > bestValue {
            best = index
            bestValue = power[index]
        }
        return best
    }

    /// Refines bin `k` of `power` (frequencies `k·Δf` offset by `frequencies[0]`) with `interpolation`.
    ///
    /// - Precondition: `0 ≤ k < power.count`, `frequencies.count == power.count ≥ 2`.
    public static func refine(
        bin k: Int, power: UnsafeBufferPointer<Double>, frequencies: UnsafeBufferPointer<Double>,
        interpolation: Interpolation
    ) -> SpectralPeak {
        precondition(power.count == frequencies.count && power.count >= 2, "\(power.count) power values for \(frequencies.count) frequencies")
        precondition(k >= 0 && k < power.count, "peak bin \(k) outside 0..<\(power.count)")
        let binWidth = frequencies[1] - frequencies[0]
        var offset = 0.0
        if k > 0 && k < power.count - 1 && power[k] >= power[k - 1] && power[k] >= power[k + 1] {
            let (a, b, c) = (power[k - 1], power[k], power[k + 1])
            switch interpolation {
            case .none:
                offset = 0
            case .parabolic:
                offset = parabolicVertex(a, b, c).offset
            case .logParabolic:
                offset = (a > 0 && b > 0 && c > 0)
                    ? parabolicVertex(log(a), log(b), log(c)).offset : parabolicVertex(a, b, c).offset
            }
        }
        return SpectralPeak(bin: k, binFrequencyHz: frequencies[k], frequencyHz: frequencies[k] + offset * binWidth, offset: offset)
    }
}
