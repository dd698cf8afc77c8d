#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The discrete cosine transform of fixed length `n` (DCT-II forward, DCT-III inverse), in
/// FFTW's `REDFT10` / `REDFT01` convention, computed with one real FFT of length `n`.
///
/// Forward (unnormalised):
///
///     C[k] = 2 · Σ_{j=0}^{n-1} x[j] · cos(π·k·(j + ½)/n),   k = 0 … n−1
///
/// Inverse (normalised, so `inverse(forward(x)) == x` to round-off):
///
///     x[j] = (1/2n) · ( C[0] + 2 · Σ_{k=1}^{n-1} C[k] · cos(π·k·(j + ½)/n) )
///
/// Why it exists: the DCT-II of `x` is the DFT of the even extension `x̃ = x, reverse(x)`
/// (length 2n, `X̃[k] = e^{iπk/2n} · C[k]`), so filtering the even extension with a real,
/// symmetric mask is a DCT, mask and inverse DCT at half the length and without complex bins.
/// Bin `k` lies at frequency `k · fs / 2n` Hz.
///
/// Algorithm (Makhoul, *IEEE Trans ASSP* 28(1):27–34, 1980, doi:10.1109/TASSP.1980.1163351):
/// with `v[m] = x[2m]` for `2m < n`, else `x[2n − 2m − 1]` (even samples ascending, odd ones
/// descending), `V = DFT(v)` and `θₖ = πk/2n`,
///
///     C[k] = 2·Re(e^{−iθₖ} V[k]),   C[n−k] = −2·Im(e^{−iθₖ} V[k])
///     V[k] = ½·e^{iθₖ} (C[k] − i·C[n−k])   (inverse; C[n] = 0)
///
/// so bins `k` and `n − k` come from one half-spectrum bin. Why not FFTW's own `REDFT10`: its
/// real-to-real kinds have no SIMD kernels; at n = 36 000 it took 840 µs against 82 µs for the
/// real FFT (and 275 µs for the real FFT of the 2n-sample even extension).
///
/// **Plan once, run many**, as ``RealFFT``: each instance owns a ``RealFFT`` of length `n` (whose
/// plans are shared process-wide) and its twiddle factors, so instances on different threads run
/// concurrently. An instance is not `Sendable`.
///
/// Complexity: O(n log n) per transform for any n ≥ 1; no allocation per call.
public final class RealCosineTransform {
    /// Transform length `n` (≥ 1).
    public let count: Int

    /// The real FFT of `v`; its ``RealFFT/samples`` buffer holds `v`.
    private let fft: RealFFT
    /// `cos θₖ, sin θₖ` interleaved, `k = 0 … ⌊n/2⌋`.
    private let twiddles: UnsafeMutablePointer<Double>

    /// Creates (or fetches from the cache) the plans for length `count` and allocates buffers.
    ///
    /// - Precondition: `count ≥ 1`.
    public init(count: Int) {
        precondition(count >= 1, "DCT length \(count) must be at least 1")
        precondition(count <= Int(Int32.max), "DCT length \(count) exceeds FFTW's 32-bit limit")
        self.count = count
        self.fft = RealFFT(count: count)
        let bins = count / 2 + 1
        twiddles = .allocate(capacity: 2 * bins)
        for k in 0..<bins {
            let theta = Double.pi * Double(k) / Double(2 * count)
            twiddles[2 * k] = cos(theta)
            twiddles[2 * k + 1] = sin(theta)
        }
    }

    deinit {
        twiddles.deallocate()
    }

    /// DCT-II of `input` into `output` (both of length `n`; they may be the same buffer).
    public func forward(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = count
        precondition(input.count == n && output.count == n, "DCT buffers have \(input.count) and \(output.count) elements, plan length is \(n)")
        let x = input.baseAddress!, v = fft.samples
        let evens = (n + 1) / 2
        for m in 0..<evens { v[m] = x[2 * m] }
        for m in evens..<n { v[m] = x[2 * n - 2 * m - 1] }
        fft.transformSamples(into: CosineCoefficients(coefficients: output.baseAddress!, twiddles: twiddles, count: n))
    }

    /// Inverse (normalised DCT-III) of `coefficients` into `output`, each multiplied by
    /// `weights[k]` first (all of length `n`; `output` may be `coefficients`):
    ///
    ///     x[j] = (1/2n) · ( w₀C₀ + 2 · Σ_{k≥1} w_k C_k · cos(π·k·(j + ½)/n) )
    ///
    /// Folding a real mask into the pass that builds the half spectrum saves a pass over the data.
    public func inverse(
        _ coefficients: UnsafeBufferPointer<Double>, weightedBy weights: UnsafeBufferPointer<Double>,
        into output: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(weights.count == count, "DCT weights have \(weights.count) elements, plan length is \(count)")
        inverse(coefficients, weights: weights.baseAddress!, into: output)
    }

    /// Inverse (normalised DCT-III) of `coefficients` into `output` (both of length `n`; they may
    /// be the same buffer).
    public func inverse(_ coefficients: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        inverse(coefficients, weights: nil, into: output)
    }

    /// The inverse of `weights[k] · C[k]` (`C[k]` when `weights` is nil).
    private func inverse(
        _ coefficients: UnsafeBufferPointer<Double>, weights: UnsafePointer<Double>?, into output: UnsafeMutableBufferPointer<Double>
    ) {
        let n = count
        precondition(coefficients.count == n && output.count == n, "DCT buffers have \(coefficients.count) and \(output.count) elements, plan length is \(n)")
        let v = fft.inverseSamples(
            from: CosineHalfSpectrum(coefficients: coefficients.baseAddress!, weights: weights, twiddles: twiddles, count: n))
        let x = output.baseAddress!
        let scale = 1 / Double(2 * n)
        let evens = (n + 1) / 2
        for m in 0..<evens { x[2 * m] = v[m] * scale }
        for m in evens..<n { x[2 * n - 2 * m - 1] = v[m] * scale }
    }

    /// DCT-II of an array (see ``forward(_:into:)``).
    public func forward(_ input: [Double]) -> [Double] {
        var output = [Double](repeating: 0, count: count)
        input.withUnsafeBufferPointer { source in output.withUnsafeMutableBufferPointer { forward(source, into: $0) } }
        return output
    }

    /// Inverse of an array (see ``inverse(_:into:)``).
    public func inverse(_ coefficients: [Double]) -> [Double] {
        var output = [Double](repeating: 0, count: count)
        coefficients.withUnsafeBufferPointer { source in output.withUnsafeMutableBufferPointer { inverse(source, into: $0) } }
        return output
    }

    /// The frequency in Hz of bin `k` for sample rate `sampleRate` Hz: `k · fs / 2n`.
    public func frequency(ofBin k: Int, sampleRate: Double) -> Double {
        Double(k) * sampleRate / Double(2 * count)
    }
}

@available(*, unavailable, message: "a RealCosineTransform owns scratch buffers; create one per task (plans are shared)")
extension RealCosineTransform: Sendable {}

/// `C[k]` and `C[n−k]` from bin `k` of the half spectrum `V` (``RealCosineTransform/forward(_:into:)``):
/// `C[k] = 2·Re(e^{−iθₖ} V[k])`, `C[n−k] = −2·Im(e^{−iθₖ} V[k])`.
private struct CosineCoefficients: HalfSpectrumSink {
    let coefficients: UnsafeMutablePointer<Double>
    /// `cos θₖ, sin θₖ` interleaved.
    let twiddles: UnsafeMutablePointer<Double>
    let count: Int

    @inline(__always) func bin(_ k: Int, _ re: Double, _ im: Double) {
        if k == 0 {
            coefficients[0] = 2 * re
        } else {
            let cosine = twiddles[2 * k], sine = twiddles[2 * k + 1]
            coefficients[k] = 2 * (re * cosine + im * sine)
            coefficients[count - k] = 2 * (re * sine - im * cosine)
        }
    }

    @inline(__always) func bins(_ k: Int, _ re: BinPair, _ im: BinPair) {
        bin(k, re.x, im.x)
        bin(k + 1, re.y, im.y)
    }
}

/// Bin `k` of the half spectrum whose inverse FFT gives `v` (``RealCosineTransform/inverse(_:into:)``),
/// from the weighted coefficients `a = w_k·C[k]`, `b = w_{n−k}·C[n−k]`:
/// `V[k] = ½·e^{iθₖ}(a − i·b)`; the ½ joins the 1/n of the inverse FFT.
private struct CosineHalfSpectrum: HalfSpectrumSource {
    let coefficients: UnsafePointer<Double>
    let weights: UnsafePointer<Double>?
    /// `cos θₖ, sin θₖ` interleaved.
    let twiddles: UnsafeMutablePointer<Double>
    let count: Int

    @inline(__always) func coefficient(_ k: Int) -> Double {
        guard let weights else { return coefficients[k] }
        return coefficients[k] * weights[k]
    }

    @inline(__always) func bin(_ k: Int) -> (real: Double, imaginary: Double) {
        if k == 0 { return (coefficient(0), 0) }
        let a = coefficient(k), b = coefficient(count - k), cosine = twiddles[2 * k], sine = twiddles[2 * k + 1]
        return (a * cosine + b * sine, a * sine - b * cosine)
    }

    @inline(__always) func bins(_ k: Int) -> (real: BinPair, imaginary: BinPair) {
        let (r0, i0) = bin(k), (r1, i1) = bin(k + 1)
        return (BinPair(r0, r1), BinPair(i0, i1))
    }
}
