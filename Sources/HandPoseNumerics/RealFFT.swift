internal import CFFTW

/// A real discrete Fourier transform of fixed length `n`, backed by FFTW.
///
/// Forward (real → half-complex spectrum):
///
///     X[k] = Σ_{j=0}^{n-1} x[j] · e^{-2πi·jk/n},   k = 0 … ⌊n/2⌋
///
/// The remaining bins follow from Hermitian symmetry, `X[n-k] = conj(X[k])`. The transform is
/// unnormalised; ``inverse(real:imaginary:into:)`` divides by `n`, so `inverse(forward(x)) == x`.
///
/// **Plan once, run many.** Create one `RealFFT` per length and task and reuse it for every
/// channel and segment. The FFTW plans themselves are shared process-wide (a cache per length,
/// planned under a lock because FFTW's planner is not thread-safe); each instance owns its own
/// `fftw_alloc`'d, SIMD-aligned input and output buffers and executes the shared plans with FFTW's
/// new-array functions, so any number of instances on any number of threads may run concurrently.
/// An instance itself is not `Sendable`: its buffers are scratch space for one task at a time.
///
/// Complexity: O(n log n) per transform for any n (FFTW handles primes with Rader/Bluestein);
/// no allocation per call.
public final class RealFFT {
    /// Transform length `n` (≥ 1).
    public let count: Int
    /// Number of non-redundant spectrum bins, `⌊n/2⌋ + 1`.
    public let spectrumCount: Int

    private let forwardPlan: FFTWPlan
    /// Planned at the first inverse transform (see ``FFTWPlanCache``).
    private lazy var inversePlan = FFTWPlanCache.shared.plan(.inverse, count: count)
    private let realBuffer: UnsafeMutablePointer<Double>
    private let complexBuffer: UnsafeMutablePointer<fftw_complex>
    /// `complexBuffer` seen as interleaved `re, im` doubles.
    private let interleaved: UnsafeMutablePointer<Double>

    /// Creates (or fetches from the cache) the plans for length `count` and allocates buffers.
    ///
    /// - Precondition: `count ≥ 1`.
    public init(count: Int) {
        precondition(count >= 1, "FFT length \(count) must be at least 1")
        precondition(count <= Int(Int32.max), "FFT length \(count) exceeds FFTW's 32-bit limit")
        self.count = count
        self.spectrumCount = count / 2 + 1
        self.forwardPlan = FFTWPlanCache.shared.plan(.forward, count: count)
        self.realBuffer = fftw_alloc_real(count)!
        self.complexBuffer = fftw_alloc_complex(count / 2 + 1)!
        self.interleaved = UnsafeMutableRawPointer(complexBuffer).assumingMemoryBound(to: Double.self)
    }

    deinit {
        fftw_free(realBuffer)
        fftw_free(complexBuffer)
    }

    /// Forward transform of `input` (length `n`) into split real and imaginary parts
    /// (each of length `⌊n/2⌋ + 1`).
    public func forward(
        _ input: UnsafeBufferPointer<Double>,
        real: UnsafeMutableBufferPointer<Double>, imaginary: UnsafeMutableBufferPointer<Double>
    ) {
        executeForward(input)
        precondition(
            real.count == spectrumCount && imaginary.count == spectrumCount,
            "spectrum buffers have \(real.count) and \(imaginary.count) elements, need \(spectrumCount)")
        for k in 0..<spectrumCount {
            real[k] = interleaved[2 * k]
            imaginary[k] = interleaved[2 * k + 1]
        }
    }

    /// Forward transform of an array; returns the `⌊n/2⌋ + 1` non-redundant bins.
    public func forward(_ input: [Double]) -> (real: [Double], imaginary: [Double]) {
        var real = [Double](repeating: 0, count: spectrumCount)
        var imaginary = [Double](repeating: 0, count: spectrumCount)
        input.withUnsafeBufferPointer { source in
            real.withUnsafeMutableBufferPointer { re in
                imaginary.withUnsafeMutableBufferPointer { im in
                    forward(source, real: re, imaginary: im)
                }
            }
        }
        return (real, imaginary)
    }

    /// Squared magnitudes `|X[k]|² = Re² + Im²` of the forward transform, `k = 0 … ⌊n/2⌋`.
    ///
    /// Unscaled: for a density, multiply by `1 / (fs · Σw²)` and double every bin except DC and
    /// (for even `n`) Nyquist. Parseval: `Σ_j x[j]² = (1/n) · (P[0] + 2·Σ_{0<k<n/2} P[k] + P[n/2])`.
    public func powerSpectrum(of input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        executeForward(input)
        precondition(output.count == spectrumCount, "power spectrum buffer has \(output.count) elements, need \(spectrumCount)")
        for k in 0..<spectrumCount {
            let re = interleaved[2 * k], im = interleaved[2 * k + 1]
            output[k] = re * re + im * im
        }
    }

    /// Adds the squared magnitudes `|X[k]|²` of the forward transform of `input` to `sum[k]`,
    /// `k = 0 … ⌊n/2⌋`: ``powerSpectrum(of:into:)`` summed in place, for averaging periodograms
    /// without a buffer per segment.
    public func addPowerSpectrum(of input: UnsafeBufferPointer<Double>, to sum: UnsafeMutableBufferPointer<Double>) {
        executeForward(input)
        precondition(sum.count == spectrumCount, "power spectrum sum has \(sum.count) elements, need \(spectrumCount)")
        for k in 0..<spectrumCount {
            let re = interleaved[2 * k], im = interleaved[2 * k + 1]
            sum[k] += re * re + im * im
        }
    }

    /// Squared magnitudes of the forward transform of an array (see ``powerSpectrum(of:into:)``).
    public func powerSpectrum(of input: [Double]) -> [Double] {
        var output = [Double](repeating: 0, count: spectrumCount)
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { powerSpectrum(of: source, into: $0) }
        }
        return output
    }

    /// Inverse transform of a Hermitian half spectrum back to `n` real samples, normalised:
    ///
    ///     x[j] = (1/n) · Σ_{k=0}^{n-1} X[k] · e^{+2πi·jk/n}
    ///
    /// The imaginary parts of the DC bin and (for even `n`) the Nyquist bin are ignored, as the
    /// spectrum of a real signal has none.
    public func inverse(
        real: UnsafeBufferPointer<Double>, imaginary: UnsafeBufferPointer<Double>,
        into output: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(
            real.count == spectrumCount && imaginary.count == spectrumCount,
            "spectrum has \(real.count) and \(imaginary.count) elements, need \(spectrumCount)")
        precondition(output.count == count, "output has \(output.count) elements, need \(count)")
        for k in 0..<spectrumCount {
            interleaved[2 * k] = real[k]
            interleaved[2 * k + 1] = imaginary[k]
        }
        fftw_execute_dft_c2r(inversePlan.pointer, complexBuffer, realBuffer)
        let scale = 1.0 / Double(count)
        for j in 0..<count { output[j] = realBuffer[j] * scale }
    }

    /// Inverse transform of arrays (see ``inverse(real:imaginary:into:)``).
    public func inverse(real: [Double], imaginary: [Double]) -> [Double] {
        var output = [Double](repeating: 0, count: count)
        real.withUnsafeBufferPointer { re in
            imaginary.withUnsafeBufferPointer { im in
                output.withUnsafeMutableBufferPointer { inverse(real: re, imaginary: im, into: $0) }
            }
        }
        return output
    }

    /// The frequency in Hz of bin `k` for sample rate `sampleRate` Hz: `k · fs / n`.
    public func frequency(ofBin k: Int, sampleRate: Double) -> Double {
        Double(k) * sampleRate / Double(count)
    }

    private func executeForward(_ input: UnsafeBufferPointer<Double>) {
        precondition(input.count == count, "FFT input has \(input.count) samples, plan length is \(count)")
        for j in 0..<count { realBuffer[j] = input[j] }
        fftw_execute_dft_r2c(forwardPlan.pointer, realBuffer, complexBuffer)
    }
}

@available(*, unavailable, message: "a RealFFT owns scratch buffers; create one per task (plans are shared)")
extension RealFFT: Sendable {}
