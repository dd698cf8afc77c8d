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
/// **Even n up to 4096: one complex FFT of half the length.** FFTW's real-data planner costs
/// 0.5-2.5 ms per length even with `FFTW_ESTIMATE`, its complex planner 0.02-0.15 ms (see
/// ``FFTWPlanCache``), so for even `n = 2m` the transform is the classic half-length real FFT
/// (Numerical Recipes, 3rd ed., §12.3.2; the FFTW manual's "real-data DFTs"). Pack pairs of samples
/// into `m` complex values and transform them:
///
///     z[j] = x[2j] + i·x[2j+1],   Z = DFT_m(z)
///
/// The even and odd samples have real, hence Hermitian, spectra `E` and `O` (`E[m-k] = conj E[k]`),
/// and `Z = E + i·O`, so with `Z[m] ≡ Z[0]`
///
///     E[k] = (Z[k] + conj Z[m-k]) / 2,   O[k] = (Z[k] − conj Z[m-k]) / 2i
///     X[k] = E[k] + W^k·O[k],   W = e^{−2πi/n}          (k = 0 … m)
///
/// because splitting the sum over `j` by parity gives `X[k] = E[k mod m] + W^k·O[k mod m]`. As
/// `W^m = −1`, bin `m − k` comes from the same `E[k]`, `O[k]`: `X[m-k] = conj(E[k] − W^k·O[k])`, so
/// one pass over `k < m/2` fills both halves (two `k` at a time, as two-lane vectors);
/// `X[0] = Re Z[0] + Im Z[0]`, `X[m] = Re Z[0] − Im Z[0]` and, for even `m`, `X[m/2] = conj Z[m/2]`
/// (`W^{m/2} = −i`). The inverse runs the same algebra backwards: `Z[k] = E[k] + i·O[k]` with
/// `E[k] = X[k] + conj X[m-k]` and `O[k] = W^{−k}·(X[k] − conj X[m-k])` (each twice the true
/// value), an inverse complex FFT of length `m`, and `x[2j] = Re z[j]`, `x[2j+1] = Im z[j]` after
/// dividing by `2m = n`. The twiddle factors `W^k`, `k < m/2`, are computed once per length and
/// cached with the plan. Round-off matches FFTW's `r2c`: the two agree to 4e-16 of the largest bin.
/// Odd `n`, and `n` above 4096 (where FFTW's estimated complex plans often run slower than its
/// `r2c`; see ``RealFFTAlgorithm/longestHalfLength``), use FFTW's `r2c`/`c2r` plans.
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
    /// How the transform is computed (``RealFFTAlgorithm/preferred(count:)``).
    let algorithm: RealFFTAlgorithm

    private let forwardPlan: FFTWPlan
    /// Planned at the first inverse transform (see ``FFTWPlanCache``).
    private lazy var inversePlan = FFTWPlanCache.shared.plan(.inverse, count: count, algorithm: algorithm)
    /// `n` samples: the forward input, which the half-length algorithm reads as `n/2` complex values
    /// `z[j]` (``RealCosineTransform`` writes its reordered input here); the result of `c2r`, or the
    /// inverse input `Z` of the half-length algorithm.
    let samples: UnsafeMutablePointer<Double>
    /// `⌊n/2⌋ + 1` interleaved `re, im` pairs: the `r2c` output and `c2r` input, or `Z` (forward)
    /// and `z` (inverse) of the half-length algorithm in its first `n/2` pairs.
    private let spectrum: UnsafeMutablePointer<Double>

    /// Creates (or fetches from the cache) the forward plan for length `count` and allocates buffers.
    ///
    /// - Precondition: `count ≥ 1`.
    public convenience init(count: Int) {
        self.init(count: count, algorithm: .preferred(count: count))
    }

    /// The transform computed by `algorithm` (tests compare the two; `.halfLengthComplex` needs an
    /// even `count`).
    init(count: Int, algorithm: RealFFTAlgorithm) {
        precondition(count >= 1, "FFT length \(count) must be at least 1")
        precondition(count <= Int(Int32.max), "FFT length \(count) exceeds FFTW's 32-bit limit")
        self.count = count
        self.spectrumCount = count / 2 + 1
        self.algorithm = algorithm
        self.forwardPlan = FFTWPlanCache.shared.plan(.forward, count: count, algorithm: algorithm)
        self.samples = fftw_alloc_real(count)!
        self.spectrum = fftw_alloc_real(2 * (count / 2 + 1))!
    }

    deinit {
        fftw_free(samples)
        fftw_free(spectrum)
    }

    /// Forward transform of `input` (length `n`) into split real and imaginary parts
    /// (each of length `⌊n/2⌋ + 1`).
    public func forward(
        _ input: UnsafeBufferPointer<Double>,
        real: UnsafeMutableBufferPointer<Double>, imaginary: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(
            real.count == spectrumCount && imaginary.count == spectrumCount,
            "spectrum buffers have \(real.count) and \(imaginary.count) elements, need \(spectrumCount)")
        load(input)
        transformSamples(into: SplitSpectrum(real: real.baseAddress!, imaginary: imaginary.baseAddress!))
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
        precondition(output.count == spectrumCount, "power spectrum buffer has \(output.count) elements, need \(spectrumCount)")
        load(input)
        transformSamples(into: PowerSpectrum(power: output.baseAddress!))
    }

    /// Adds the squared magnitudes `|X[k]|²` of the forward transform of `input` to `sum[k]`,
    /// `k = 0 … ⌊n/2⌋`: ``powerSpectrum(of:into:)`` summed in place, for averaging periodograms
    /// without a buffer per segment.
    public func addPowerSpectrum(of input: UnsafeBufferPointer<Double>, to sum: UnsafeMutableBufferPointer<Double>) {
        precondition(sum.count == spectrumCount, "power spectrum sum has \(sum.count) elements, need \(spectrumCount)")
        load(input)
        transformSamples(into: PowerSum(sum: sum.baseAddress!))
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
        let result = inverseSamples(from: SplitSpectrumSource(real: real.baseAddress!, imaginary: imaginary.baseAddress!))
        let x = output.baseAddress!
        let scale = 1.0 / Double(count)
        for j in 0..<count { x[j] = result[j] * scale }
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

    /// Copies `input` into ``samples``.
    @inline(__always)
    private func load(_ input: UnsafeBufferPointer<Double>) {
        precondition(input.count == count, "FFT input has \(input.count) samples, plan length is \(count)")
        samples.update(from: input.baseAddress!, count: count)
    }

    /// The forward transform of the `n` values in ``samples``, every bin `k = 0 … ⌊n/2⌋` handed to
    /// `sink` once, singly or with its neighbour, in no particular order. Overwrites the scratch
    /// buffers.
    @inline(__always)
    func transformSamples<Sink: HalfSpectrumSink>(into sink: Sink) {
        let s = spectrum
        switch algorithm {
        case .realToComplex:
            fftw_execute_dft_r2c(forwardPlan.pointer, samples, complexPointer(s))
            for k in 0..<spectrumCount { sink.bin(k, s[2 * k], s[2 * k + 1]) }
        case .halfLengthComplex:
            fftw_execute_dft(forwardPlan.pointer, complexPointer(samples), complexPointer(s))
            let m = count / 2, h = (m + 1) / 2, cosines = forwardPlan.twiddles!, sines = cosines + h
            sink.bin(0, s[0] + s[1], 0)
            sink.bin(m, s[0] - s[1], 0)
            // Bins k, k + 1 and m − k − 1, m − k per step, k + 1 < h, as two-lane vectors.
            var k = 1
            while k + 1 < h {
                let low0 = pair(s + 2 * k), low1 = pair(s + 2 * k + 2)
                let high1 = pair(s + 2 * (m - k - 1)), high0 = pair(s + 2 * (m - k))
                let ar = BinPair(low0.x, low1.x), ai = BinPair(low0.y, low1.y)
                let br = BinPair(high0.x, high1.x), bi = BinPair(high0.y, high1.y)
                let (xr, xi, yr, yi) = Self.split(ar, ai, br, bi, cosine: pair(cosines + k), sine: pair(sines + k))
                sink.bins(k, xr, xi)
                sink.bins(m - k - 1, BinPair(yr.y, yr.x), BinPair(yi.y, yi.x))
                k += 2
            }
            if k < h {
                let (xr, xi, yr, yi) = Self.split(
                    s[2 * k], s[2 * k + 1], s[2 * (m - k)], s[2 * (m - k) + 1], cosine: cosines[k], sine: sines[k])
                sink.bin(k, xr, xi)
                sink.bin(m - k, yr, yi)
            }
            if m.isMultiple(of: 2) { sink.bin(m / 2, s[m], -s[m + 1]) }
        }
    }

    /// The split of the half-length algorithm for `Z[k] = a` and `Z[m−k] = b` with
    /// `W^k = cosine − i·sine`: `(X[k], X[m−k])` as real and imaginary parts. `Value` is `Double`, or
    /// ``BinPair`` for two `k` at once.
    @inline(__always)
    private static func split<Value: BinArithmetic>(
        _ ar: Value, _ ai: Value, _ br: Value, _ bi: Value, cosine c: Value, sine s: Value
    ) -> (Value, Value, Value, Value) {
        // E = (a + conj b)/2, O = (a − conj b)/2i, T = W^k·O; X[k] = E + T, X[m−k] = conj(E − T).
        let er = 0.5 * (ar + br), ei = 0.5 * (ai - bi)
        let or = 0.5 * (ai + bi), oi = 0.5 * (br - ar)
        let tr = c * or + s * oi, ti = c * oi - s * or
        return (er + tr, ei + ti, er - tr, ti - ei)
    }

    /// The inverse transform, unnormalised (`n · x[j]`), of the half spectrum read from `source`
    /// (every bin `k = 0 … ⌊n/2⌋` read once, singly or with its neighbour, in no particular order);
    /// the imaginary parts of bins 0 and (even `n`) `n/2` are ignored. Returns the `n` samples,
    /// valid until the next transform.
    @inline(__always)
    func inverseSamples<Source: HalfSpectrumSource>(from source: Source) -> UnsafePointer<Double> {
        let plan = inversePlan
        switch algorithm {
        case .realToComplex:
            let s = spectrum
            for k in 0..<spectrumCount {
                let (re, im) = source.bin(k)
                s[2 * k] = re
                s[2 * k + 1] = im
            }
            fftw_execute_dft_c2r(plan.pointer, complexPointer(s), samples)
            return UnsafePointer(samples)
        case .halfLengthComplex:
            let z = samples, m = count / 2, h = (m + 1) / 2, cosines = plan.twiddles!, sines = cosines + h
            let first = source.bin(0).real, last = source.bin(m).real
            z[0] = first + last
            z[1] = first - last
            var k = 1
            while k + 1 < h {
                let (ar, ai) = source.bins(k), (high1r, high1i) = source.bins(m - k - 1)
                let br = BinPair(high1r.y, high1r.x), bi = BinPair(high1i.y, high1i.x)
                let (zr, zi, wr, wi) = Self.merge(ar, ai, br, bi, cosine: pair(cosines + k), sine: pair(sines + k))
                store(BinPair(zr.x, zi.x), z + 2 * k)
                store(BinPair(zr.y, zi.y), z + 2 * k + 2)
                store(BinPair(wr.x, wi.x), z + 2 * (m - k))
                store(BinPair(wr.y, wi.y), z + 2 * (m - k - 1))
                k += 2
            }
            if k < h {
                let (ar, ai) = source.bin(k), (br, bi) = source.bin(m - k)
                let (zr, zi, wr, wi) = Self.merge(ar, ai, br, bi, cosine: cosines[k], sine: sines[k])
                z[2 * k] = zr
                z[2 * k + 1] = zi
                z[2 * (m - k)] = wr
                z[2 * (m - k) + 1] = wi
            }
            if m.isMultiple(of: 2) {
                let (re, im) = source.bin(m / 2)
                z[m] = 2 * re
                z[m + 1] = -2 * im
            }
            fftw_execute_dft(plan.pointer, complexPointer(z), complexPointer(spectrum))
            return UnsafePointer(spectrum)
        }
    }

    /// The merge of the half-length inverse for `X[k] = a` and `X[m−k] = b` with
    /// `W^{−k} = cosine + i·sine`: `(Z[k], Z[m−k])`, twice their true values, as real and imaginary
    /// parts.
    @inline(__always)
    private static func merge<Value: BinArithmetic>(
        _ ar: Value, _ ai: Value, _ br: Value, _ bi: Value, cosine c: Value, sine s: Value
    ) -> (Value, Value, Value, Value) {
        // E = a + conj b, O = W^{−k}·(a − conj b); Z[k] = E + i·O, Z[m−k] = conj E + i·conj O.
        let er = ar + br, ei = ai - bi
        let dr = ar - br, di = ai + bi
        let or = c * dr - s * di, oi = s * dr + c * di
        return (er - oi, ei + or, er + oi, or - ei)
    }

    /// `doubles` seen as interleaved `re, im` pairs.
    @inline(__always)
    private func complexPointer(_ doubles: UnsafeMutablePointer<Double>) -> UnsafeMutablePointer<fftw_complex> {
        UnsafeMutableRawPointer(doubles).assumingMemoryBound(to: fftw_complex.self)
    }
}

/// Two neighbouring values: bins `k` and `k + 1`, or a complex number's real and imaginary part.
typealias BinPair = SIMD2<Double>

/// The two doubles at `p`, `p + 1`.
@inline(__always)
private func pair(_ p: UnsafePointer<Double>) -> BinPair {
    UnsafeRawPointer(p).loadUnaligned(as: BinPair.self)
}

@inline(__always)
private func pair(_ p: UnsafeMutablePointer<Double>) -> BinPair {
    UnsafeRawPointer(p).loadUnaligned(as: BinPair.self)
}

/// Stores `value` at `p`, `p + 1`.
@inline(__always)
private func store(_ value: BinPair, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: value, as: BinPair.self)
}

/// `Double` or ``BinPair``: the arithmetic of the half-length split and merge, for one bin or two.
protocol BinArithmetic {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func * (a: Double, b: Self) -> Self
}

extension Double: BinArithmetic {}
extension BinPair: BinArithmetic {}

/// Receives the forward transform's bins from ``RealFFT/transformSamples(into:)``: bin `k`
/// alone, or bins `k` and `k + 1` at once (lane 0 is `k`).
protocol HalfSpectrumSink {
    func bin(_ k: Int, _ real: Double, _ imaginary: Double)
    func bins(_ k: Int, _ real: BinPair, _ imaginary: BinPair)
}

/// Supplies the half spectrum to ``RealFFT/inverseSamples(from:)``: bin `k` alone, or bins `k` and
/// `k + 1` at once (lane 0 is `k`).
protocol HalfSpectrumSource {
    func bin(_ k: Int) -> (real: Double, imaginary: Double)
    func bins(_ k: Int) -> (real: BinPair, imaginary: BinPair)
}

/// Bins in split arrays, `real[k]`, `imaginary[k]`.
private struct SplitSpectrum: HalfSpectrumSink {
    let real: UnsafeMutablePointer<Double>
    let imaginary: UnsafeMutablePointer<Double>

    @inline(__always) func bin(_ k: Int, _ re: Double, _ im: Double) {
        real[k] = re
        imaginary[k] = im
    }

    @inline(__always) func bins(_ k: Int, _ re: BinPair, _ im: BinPair) {
        store(re, real + k)
        store(im, imaginary + k)
    }
}

/// A half spectrum in split arrays, `real[k]`, `imaginary[k]`.
private struct SplitSpectrumSource: HalfSpectrumSource {
    let real: UnsafePointer<Double>
    let imaginary: UnsafePointer<Double>

    @inline(__always) func bin(_ k: Int) -> (real: Double, imaginary: Double) { (real[k], imaginary[k]) }

    @inline(__always) func bins(_ k: Int) -> (real: BinPair, imaginary: BinPair) { (pair(real + k), pair(imaginary + k)) }
}

/// `power[k] = Re² + Im²`.
private struct PowerSpectrum: HalfSpectrumSink {
    let power: UnsafeMutablePointer<Double>

    @inline(__always) func bin(_ k: Int, _ re: Double, _ im: Double) { power[k] = re * re + im * im }

    @inline(__always) func bins(_ k: Int, _ re: BinPair, _ im: BinPair) { store(re * re + im * im, power + k) }
}

/// `sum[k] += Re² + Im²`.
private struct PowerSum: HalfSpectrumSink {
    let sum: UnsafeMutablePointer<Double>

    @inline(__always) func bin(_ k: Int, _ re: Double, _ im: Double) { sum[k] += re * re + im * im }

    @inline(__always) func bins(_ k: Int, _ re: BinPair, _ im: BinPair) { store(pair(sum + k) + (re * re + im * im), sum + k) }
}

@available(*, unavailable, message: "a RealFFT owns scratch buffers; create one per task (plans are shared)")
extension RealFFT: Sendable {}
