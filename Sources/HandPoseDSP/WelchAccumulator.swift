import HandPoseNumerics

/// Welch's one-sided density estimate summed over the segments of many signals, with one FFT plan
/// and one set of buffers for all of them.
///
/// Every segment is treated as by ``Welch/powerSpectralDensity(_:sampleRate:segmentLength:overlap:fftLength:detrend:window:scaling:)``
/// with `fftLength = segmentLength` and `scaling: .density` (same scaled window, same detrend, whose
/// sums are only accumulated in another order, so the two agree to rounding); the accumulator
/// keeps the sum of the periodograms across calls to ``add(_:)``.
/// ``density(bin:)`` is then the average over every segment added, which for several signals
/// equals their Welch densities averaged with weights equal to their segment counts.
///
/// Use: ``reset()``, ``add(_:)`` each uniformly sampled stretch, read ``density(bin:)``.
/// Complexity: O(K · L log L) for K segments of L samples; no allocation after `init`.
/// An instance is scratch space for one task at a time (it owns a ``RealFFT``).
public final class WelchAccumulator {
    /// Samples per segment `L`.
    public let segmentLength: Int
    /// Samples shared by consecutive segments `V` (`0 ≤ V < L`).
    public let overlap: Int
    /// Sample rate in Hz.
    public let sampleRate: Double
    /// Trend removed from each segment.
    public let detrend: Welch.Detrend
    /// Segments added since `init` or the last ``reset()``.
    public private(set) var segmentCount = 0

    private let fft: RealFFT
    /// The window scaled by `1/√(fs·Σw²)`, as ``Welch`` scales it for a density.
    private let window: [Double]
    private var segment: [Double]
    private var sum: [Double]

    /// - Throws: ``FilterConfigurationError`` for a non-positive or non-finite sample rate, a segment
    ///   length below 1 or an overlap outside `0 ..< segmentLength`.
    public init(
        segmentLength: Int, overlap: Int, sampleRate: Double, detrend: Welch.Detrend = .constant,
        window: Welch.Window = .hannPeriodic
    ) throws {
        guard sampleRate.isFinite && sampleRate > 0 else {
            throw FilterConfigurationError(parameter: "sampleRate", "sample rate \(sampleRate) Hz must be positive and finite")
        }
        guard segmentLength >= 1 else {
            throw FilterConfigurationError(parameter: "segmentLength", "segment length \(segmentLength) must be at least 1 sample")
        }
        guard overlap >= 0 && overlap < segmentLength else {
            throw FilterConfigurationError(
                parameter: "overlap", "overlap \(overlap) must be between 0 and \(segmentLength - 1) samples for segments of \(segmentLength)")
        }
        self.segmentLength = segmentLength
        self.overlap = overlap
        self.sampleRate = sampleRate
        self.detrend = detrend
        var scaled = window.samples(length: segmentLength)
        let factor = 1 / (scaled.reduce(0) { $0 + $1 * $1 } / (1 / sampleRate)).squareRoot()
        for index in scaled.indices { scaled[index] *= factor }
        self.window = scaled
        fft = RealFFT(count: segmentLength)
        segment = [Double](repeating: 0, count: segmentLength)
        sum = [Double](repeating: 0, count: fft.spectrumCount)
    }

    /// Number of frequency bins, `⌊L/2⌋ + 1`.
    public var binCount: Int { fft.spectrumCount }

    /// The frequency in Hz of bin `m`, `m · fs / L` (computed as ``Welch`` does).
    public func frequency(ofBin m: Int) -> Double {
        Double(m) * (1.0 / (Double(segmentLength) * (1.0 / sampleRate)))
    }

    /// Forgets every segment added.
    public func reset() {
        segmentCount = 0
        sum.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Adds the segments of `signal` (uniformly sampled, finite): `⌊(N − V)/H⌋` of them with hop
    /// `H = L − V`, trailing samples dropped; none when `N < L`. Returns the number added.
    @discardableResult
    public func add(_ signal: UnsafeBufferPointer<Double>) -> Int {
        let length = segmentLength, hop = segmentLength - overlap
        guard signal.count >= length else { return 0 }
        let count = (signal.count - overlap) / hop
        window.withUnsafeBufferPointer { w in
            segment.withUnsafeMutableBufferPointer { buffer in
                sum.withUnsafeMutableBufferPointer { total in
                    for k in 0..<count {
                        let x = UnsafeBufferPointer(rebasing: signal[(k * hop)..<(k * hop + length)])
                        prepare(x, window: w, into: buffer)
                        fft.addPowerSpectrum(of: UnsafeBufferPointer(buffer), to: total)
                    }
                }
            }
        }
        segmentCount += count
        return count
    }

    /// The one-sided density in units²/Hz of bin `m` averaged over the segments added: the mean
    /// periodogram, doubled except at DC and (even `L`) Nyquist. NaN before any segment.
    public func density(bin m: Int) -> Double {
        let mean = sum[m] / Double(segmentCount)
        let lastDoubled = segmentLength % 2 == 0 ? binCount - 1 : binCount
        return (m == 0 || m >= lastDoubled) ? mean : 2 * mean
    }

    /// Detrends one segment and applies the window, `(x − trend)·w`, with the trend of
    /// ``Welch/removeTrend(_:from:)`` (``Welch/trend(of:detrend:)``).
    @inline(__always)
    private func prepare(
        _ x: UnsafeBufferPointer<Double>, window w: UnsafeBufferPointer<Double>, into buffer: UnsafeMutableBufferPointer<Double>
    ) {
        let (mean, slope) = Welch.trend(of: x, detrend: detrend)
        let centre = Double(x.count - 1) / 2
        for n in 0..<x.count { buffer[n] = (x[n] - (mean + slope * (Double(n) - centre))) * w[n] }
    }
}
