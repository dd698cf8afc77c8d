/// The inner loops of the discrete wavelet transform, on raw pointers, without bounds checks or
/// allocation. Callers guarantee every index they imply is readable or writable.
enum WaveletKernel {
    /// Writes the boundary extension of `mode` around the `count` samples at `core`: the
    /// `padding` samples before `core[0]` and after the last sample. Returns the extended length of
    /// the core itself: `count`, or `count + 1` for an odd signal under `periodization`, whose
    /// last sample is then repeated at `core[count]` (and the padding follows that sample).
    ///
    /// Symmetric: index k maps to r = k mod 2n, sample r if r < n else 2n − 1 − r. Periodization:
    /// k mod n′ with n′ the even length. Zero: 0. Constant: the nearest end sample.
    /// O(padding) work.
    @inline(__always)
    static func extend(_ core: UnsafeMutablePointer<Double>, count n: Int, padding: Int, mode: WaveletMode) -> Int {
        switch mode {
        case .symmetric:
            let period = 2 * n
            for k in -padding..<0 { core[k] = core[reflect(k, count: n, period: period)] }
            for k in n..<(n + padding) { core[k] = core[reflect(k, count: n, period: period)] }
            return n
        case .periodization:
            let even = n + (n & 1)
            if even != n { core[n] = core[n - 1] }
            wrap(core, count: even, padding: padding)
            return even
        case .zero:
            (core - padding).update(repeating: 0, count: padding)
            (core + n).update(repeating: 0, count: padding)
            return n
        case .constant:
            (core - padding).update(repeating: core[0], count: padding)
            (core + n).update(repeating: core[n - 1], count: padding)
            return n
        }
    }

    /// Writes the periodic continuation (period `count`) of the `count` samples at `core` into the
    /// `padding` samples on either side.
    @inline(__always)
    static func wrap(_ core: UnsafeMutablePointer<Double>, count n: Int, padding: Int) {
        for k in -padding..<0 { core[k] = core[modulo(k, n)] }
        for k in n..<(n + padding) { core[k] = core[modulo(k, n)] }
    }

    @inline(__always)
    private static func reflect(_ k: Int, count n: Int, period: Int) -> Int {
        let r = modulo(k, period)
        return r < n ? r : period - 1 - r
    }

    @inline(__always)
    private static func modulo(_ k: Int, _ n: Int) -> Int {
        let r = k % n
        return r < 0 ? r + n : r
    }

    /// One analysis step: for o in 0..<count,
    /// a[o] = Σⱼ low[j]·w[2o + j], d[o] = Σⱼ high[j]·w[2o + j], j = 0 … taps − 1,
    /// where `low`/`high` are the reversed analysis filters (`rec_lo`, `rec_hi`), so this is
    /// PyWavelets' downsampling convolution Σⱼ dec[j]·x[i − j]. O(count · taps).
    ///
    /// Four outputs are computed together so that eight independent sums hide the latency of
    /// the multiply-adds (each sum still runs over j in order).
    @inline(__always)
    static func analyze(
        _ window: UnsafePointer<Double>, low: UnsafePointer<Double>, high: UnsafePointer<Double>, taps: Int,
        count: Int, approximation: UnsafeMutablePointer<Double>, detail: UnsafeMutablePointer<Double>
    ) {
        var o = 0
        while o + 4 <= count {
            let w = window + 2 * o
            var lo0 = 0.0, lo1 = 0.0, lo2 = 0.0, lo3 = 0.0
            var hi0 = 0.0, hi1 = 0.0, hi2 = 0.0, hi3 = 0.0
            for j in 0..<taps {
                let l = low[j], h = high[j]
                let v0 = w[j], v1 = w[j + 2], v2 = w[j + 4], v3 = w[j + 6]
                lo0 += l * v0
                lo1 += l * v1
                lo2 += l * v2
                lo3 += l * v3
                hi0 += h * v0
                hi1 += h * v1
                hi2 += h * v2
                hi3 += h * v3
            }
            approximation[o] = lo0
            approximation[o + 1] = lo1
            approximation[o + 2] = lo2
            approximation[o + 3] = lo3
            detail[o] = hi0
            detail[o + 1] = hi1
            detail[o + 2] = hi2
            detail[o + 3] = hi3
            o += 4
        }
        while o < count {
            let w = window + 2 * o
            var lo = 0.0, hi = 0.0
            for j in 0..<taps {
                let v = w[j]
                lo += low[j] * v
                hi += high[j] * v
            }
            approximation[o] = lo
            detail[o] = hi
            o += 1
        }
    }

    /// The polyphase synthesis filters of one wavelet (see ``WaveletFilterBank``), half = F/2 taps.
    struct Synthesis {
        var lowEven: UnsafePointer<Double>
        var lowOdd: UnsafePointer<Double>
        var highEven: UnsafePointer<Double>
        var highOdd: UnsafePointer<Double>
        var half: Int
    }

    /// One synthesis step: writes y[t] for t = first … first + count − 1 into `output`, where
    /// y[t] = Σₖ a[k]·rec_lo[t − 2k] + d[k]·rec_hi[t − 2k] (the upsampled convolution). With
    /// p = ⌊t/2⌋ the sum runs over k = p − half + 1 … p, read from `a` and `d` at those indices
    /// (which may be negative when the caller padded the coefficients). O(count · F).
    @inline(__always)
    static func synthesize(
        approximation a: UnsafePointer<Double>, detail d: UnsafePointer<Double>, filters: Synthesis,
        first: Int, count: Int, output: UnsafeMutablePointer<Double>
    ) {
        let half = filters.half
        var t = first
        let end = first + count
        var out = output
        if t < end && t & 1 == 1 {
            out.pointee = phase(a, d, p: t >> 1, filters.lowOdd, filters.highOdd, half)
            out += 1
            t += 1
        }
        // Two output pairs per block, approximation and detail terms in separate sums: eight
        // independent multiply-add chains.
        while t + 3 < end {
            let base = (t >> 1) - half + 1
            let aw = a + base, dw = d + base
            var evenA0 = 0.0, evenD0 = 0.0, oddA0 = 0.0, oddD0 = 0.0
            var evenA1 = 0.0, evenD1 = 0.0, oddA1 = 0.0, oddD1 = 0.0
            for i in 0..<half {
                let le = filters.lowEven[i], lo = filters.lowOdd[i]
                let he = filters.highEven[i], ho = filters.highOdd[i]
                let a0 = aw[i], a1 = aw[i + 1], d0 = dw[i], d1 = dw[i + 1]
                evenA0 += a0 * le
                evenD0 += d0 * he
                oddA0 += a0 * lo
                oddD0 += d0 * ho
                evenA1 += a1 * le
                evenD1 += d1 * he
                oddA1 += a1 * lo
                oddD1 += d1 * ho
            }
            out[0] = evenA0 + evenD0
            out[1] = oddA0 + oddD0
            out[2] = evenA1 + evenD1
            out[3] = oddA1 + oddD1
            out += 4
            t += 4
        }
        while t + 1 < end {
            let base = (t >> 1) - half + 1
            let aw = a + base, dw = d + base
            var even = 0.0, odd = 0.0
            for i in 0..<half {
                let av = aw[i], dv = dw[i]
                even += av * filters.lowEven[i] + dv * filters.highEven[i]
                odd += av * filters.lowOdd[i] + dv * filters.highOdd[i]
            }
            out[0] = even
            out[1] = odd
            out += 2
            t += 2
        }
        if t < end {
            out.pointee = phase(a, d, p: t >> 1, filters.lowEven, filters.highEven, half)
        }
    }

    @inline(__always)
    private static func phase(
        _ a: UnsafePointer<Double>, _ d: UnsafePointer<Double>, p: Int,
        _ low: UnsafePointer<Double>, _ high: UnsafePointer<Double>, _ half: Int
    ) -> Double {
        let base = p - half + 1
        var sum = 0.0
        for i in 0..<half { sum += a[base + i] * low[i] + d[base + i] * high[i] }
        return sum
    }
}
