import HandPoseDSP
import HandPoseNumerics

/// Welch's estimate of the (real part of the) cross-spectral density matrix of two or three
/// coordinates of one landmark, gathered stretch by stretch, with the in-band power matrix of every
/// segment.
///
/// For coordinates `x₁ … x_d` on a uniform grid at `fs` Hz, segments of `L` samples every
/// `H = L − V` samples (trailing samples dropped, as scipy), each linearly detrended (least-squares
/// line) and multiplied by the periodic Hann window `w` scaled by `1/√(fs·Σw²)`, zero-padded to
/// `M` and transformed (`Xᵢ,ₖ[m]`, `m = 0 … ⌊M/2⌋`):
///
///     S_ij[m] = c_m · (1/K) Σₖ Re(Xᵢ,ₖ[m] · conj(Xⱼ,ₖ[m])),   c_m = 2 except DC and (M even) Nyquist
///
/// `S_ii` is exactly scipy's `welch(xᵢ, fs, nperseg=L, noverlap=V, nfft=M, detrend='linear')`, and
/// for any real unit vector `u` the Welch density of the projection `uᵀx` is `uᵀ S u` (the
/// transform and the detrend are linear, and the imaginary parts of a Hermitian matrix cancel in a
/// real quadratic form). So one pass over the coordinates gives:
/// - the **band-limited covariance** `C = Σ_{band} S[m]·Δf`, the covariance of the coordinates
///   after an ideal band-pass to the tremor band (Parseval), whose principal axis is the tremor
///   direction free of the voluntary movement below the band;
/// - the **projection's PSD** `P[m] = uᵀ S[m] u`, without transforming the projection again;
/// - each segment's **in-band power** `uᵀ C_k u` (`C_k` = the segment's band-limited covariance).
///
/// One FFT plan and one set of buffers serve every landmark of a hand (call ``reset()`` between
/// landmarks): no allocation per segment. O(d · K · M log M) per landmark.
final class TremorCrossSpectrum {
    let dimensions: Int
    let segmentLength: Int
    let hop: Int
    let fftLength: Int
    let sampleRate: Double
    let binWidth: Double
    let frequencies: [Double]
    /// The bins inside the tremor band.
    let bandBins: Range<Int>
    /// The `(i, j)`, `i ≤ j`, of each stored matrix element: diagonal first.
    let pairs: [(Int, Int)]

    private let fft: RealFFT
    private let window: [Double]
    private let fold: [Double]
    /// `t − (L−1)/2`, `t = 0 ..< L`: the centred abscissae of the detrend.
    private let ramp: [Double]
    private var segment: [Double]
    private var real: [Double]
    private var imaginary: [Double]
    /// `Σₖ Re(Xᵢ conj Xⱼ)` per pair, `pairs.count × bins`, pair-major.
    private var sums: [Double]
    /// Band-limited covariance of each segment, `pairs.count` values per segment.
    private(set) var segmentBandPower: [Double] = []
    private(set) var segments = 0

    var binCount: Int { frequencies.count }

    init(dimensions: Int, sampleRate: Double, segmentLength: Int, overlap: Int, fftLength: Int, band: ClosedRange<Double>) {
        precondition((1...3).contains(dimensions), "2 or 3 coordinates, got \(dimensions)")
        precondition(segmentLength >= 2 && overlap >= 0 && overlap < segmentLength && fftLength >= segmentLength,
                     "segment \(segmentLength), overlap \(overlap), FFT length \(fftLength)")
        self.dimensions = dimensions
        self.segmentLength = segmentLength
        self.hop = segmentLength - overlap
        self.fftLength = fftLength
        self.sampleRate = sampleRate
        fft = RealFFT(count: fftLength)
        let bins = fft.spectrumCount
        binWidth = 1.0 / (Double(fftLength) * (1.0 / sampleRate))  // as Welch / scipy
        frequencies = (0..<bins).map { Double($0) * (1.0 / (Double(fftLength) * (1.0 / sampleRate))) }
        bandBins = frequencies.withUnsafeBufferPointer { TremorSpectrum.bandBins($0, band: band) }
        pairs = (0..<dimensions).map { ($0, $0) } + (0..<dimensions).flatMap { i in ((i + 1)..<dimensions).map { (i, $0) } }
        var w = Welch.Window.hannPeriodic.samples(length: segmentLength)
        let factor = 1 / (w.reduce(0) { $0 + $1 * $1 } * sampleRate).squareRoot()
        for n in w.indices { w[n] *= factor }
        window = w
        let lastDoubled = fftLength % 2 == 0 ? bins - 1 : bins
        fold = (0..<bins).map { ($0 == 0 || $0 >= lastDoubled) ? 1 : 2 }
        segment = [Double](repeating: 0, count: fftLength)
        ramp = (0..<segmentLength).map { Double($0) - Double(segmentLength - 1) / 2 }
        real = [Double](repeating: 0, count: dimensions * bins)
        imaginary = [Double](repeating: 0, count: dimensions * bins)
        sums = [Double](repeating: 0, count: pairs.count * bins)
    }

    /// Forgets every segment gathered so far.
    func reset() {
        for index in sums.indices { sums[index] = 0 }
        segmentBandPower.removeAll(keepingCapacity: true)
        segments = 0
    }

    /// Adds every segment of one stretch (`coordinates[i]`, all of the same count).
    func add(_ coordinates: [[Double]]) {
        precondition(coordinates.count == dimensions, "\(coordinates.count) coordinates for \(dimensions)")
        let n = coordinates[0].count
        for coordinate in coordinates { precondition(coordinate.count == n, "coordinates of \(coordinate.count) and \(n) samples") }
        guard n >= segmentLength else { return }
        let count = (n - (segmentLength - hop)) / hop
        let bins = binCount, length = segmentLength, band = bandBins
        segmentBandPower.reserveCapacity(segmentBandPower.count + count * pairs.count)
        window.withUnsafeBufferPointer { w in
            ramp.withUnsafeBufferPointer { r in
                segment.withUnsafeMutableBufferPointer { buffer in
                    real.withUnsafeMutableBufferPointer { re in
                        imaginary.withUnsafeMutableBufferPointer { im in
                            sums.withUnsafeMutableBufferPointer { total in
                                fold.withUnsafeBufferPointer { c in
                                    for k in 0..<count {
                                        let start = k * hop
                                        for i in 0..<dimensions {
                                            coordinates[i].withUnsafeBufferPointer { all in
                                                let x = all.baseAddress! + start
                                                // The least-squares line mean + slope·r[t], r[t] = t − (L−1)/2, removed; then windowed.
                                                let (mean, slope) = Welch.trend(of: UnsafeBufferPointer(start: x, count: length), detrend: .linear)
                                                for t in 0..<length { buffer[t] = (x[t] - mean - slope * r[t]) * w[t] }
                                            }
                                            fft.forward(
                                                UnsafeBufferPointer(buffer),
                                                real: UnsafeMutableBufferPointer(rebasing: re[(i * bins)..<((i + 1) * bins)]),
                                                imaginary: UnsafeMutableBufferPointer(rebasing: im[(i * bins)..<((i + 1) * bins)]))
                                        }
                                        for p in 0..<pairs.count {
                                            let (i, j) = pairs[p]
                                            let a = re.baseAddress! + i * bins, b = re.baseAddress! + j * bins
                                            let ai = im.baseAddress! + i * bins, bi = im.baseAddress! + j * bins
                                            let s = total.baseAddress! + p * bins
                                            for m in 0..<bins { s[m] += a[m] * b[m] + ai[m] * bi[m] }
                                            var inBand = 0.0
                                            for m in band { inBand += c[m] * (a[m] * b[m] + ai[m] * bi[m]) }
                                            segmentBandPower.append(inBand * binWidth)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        segments += count
    }

    /// `S_ij[m]` averaged over the segments gathered, for pair index `p` (see ``pairs``).
    func density(pair p: Int, bin m: Int) -> Double {
        fold[m] * sums[p * binCount + m] / Double(max(1, segments))
    }

    /// The band-limited covariance `Σ_{band} S[m]·Δf` (`d × d`); `nil` before any segment.
    func bandCovariance() -> Matrix? {
        guard segments > 0 else { return nil }
        var elements = [Double](repeating: 0, count: dimensions * dimensions)
        for (p, (i, j)) in pairs.enumerated() {
            var sum = 0.0
            for m in bandBins { sum += density(pair: p, bin: m) }
            elements[i * dimensions + j] = sum * binWidth
            elements[j * dimensions + i] = sum * binWidth
        }
        return Matrix(rows: dimensions, columns: dimensions, elements: elements)
    }

    /// The weight of pair `p` in a quadratic form `uᵀAu`: `uᵢ²` on the diagonal, `2uᵢuⱼ` off it.
    private func weights(_ u: [Double]) -> [Double] {
        pairs.map { i, j in i == j ? u[i] * u[i] : 2 * u[i] * u[j] }
    }

    /// The density of the projection `uᵀx`: `P[m] = uᵀ S[m] u`, every bin.
    func projectedDensity(_ u: [Double]) -> [Double] {
        let weight = weights(u)
        var power = [Double](repeating: 0, count: binCount)
        for p in pairs.indices {
            for m in 0..<binCount { power[m] += weight[p] * density(pair: p, bin: m) }
        }
        return power
    }

    /// Each segment's in-band power of the projection `uᵀx`, `uᵀ C_k u` (unit²).
    func projectedSegmentBandPower(_ u: [Double]) -> [Double] {
        let weight = weights(u)
        let stride = pairs.count
        return (0..<segments).map { k in
            var power = 0.0
            for p in 0..<stride { power += weight[p] * segmentBandPower[k * stride + p] }
            return max(0, power)
        }
    }
}
