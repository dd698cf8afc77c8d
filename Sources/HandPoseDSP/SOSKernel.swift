/// The inner loop of ``SOSFilter``: second-order sections in transposed direct form II, in place.
///
/// For each sample `x` and section `(b0, b1, b2, 1, a1, a2)` with state `(z0, z1)`:
///
///     y  = b0·x + z0
///     z0 = (b1·x − a1·y) + z1
///     z1 = b2·x − a2·y
///
/// evaluated in exactly scipy's `_sosfilt` order (no fused multiply-add), so results agree with
/// scipy to rounding. Sections run in groups of two with coefficients and state in locals: the two
/// recurrences overlap in the pipeline, and a cascade of `S` sections costs `⌈S/2⌉` passes over the
/// data. A section's output sequence depends only on its input sequence, so this section-major
/// order gives bit-identical results to scipy's sample-major loop. No allocation.
enum SOSKernel {
    /// Runs sections `[first, first + size)` (`size` 1 or 2) over `count` samples at `data`,
    /// `data + stride`, … (stride ±1), reading and updating their state.
    @inline(__always)
    static func pass(
        coefficients: UnsafePointer<Double>, state: UnsafeMutablePointer<Double>, first: Int, size: Int,
        data: UnsafeMutablePointer<Double>, count: Int, stride: Int
    ) {
        let c = coefficients + 6 * first
        let z = state + 2 * first
        if size == 2 {
            passTwo(c, z, data, count, stride)
        } else {
            passOne(c, z, data, count, stride)
        }
    }

    /// Runs every section (all groups) over one segment.
    static func cascade(
        coefficients: UnsafePointer<Double>, state: UnsafeMutablePointer<Double>, sectionCount: Int,
        data: UnsafeMutablePointer<Double>, count: Int, stride: Int
    ) {
        var first = 0
        while first < sectionCount {
            let size = min(2, sectionCount - first)
            pass(coefficients: coefficients, state: state, first: first, size: size, data: data, count: count, stride: stride)
            first += size
        }
    }

    private static func passOne(
        _ c: UnsafePointer<Double>, _ z: UnsafeMutablePointer<Double>,
        _ data: UnsafeMutablePointer<Double>, _ count: Int, _ stride: Int
    ) {
        let b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[4], a2 = c[5]
        var z0 = z[0], z1 = z[1]
        var p = data
        for _ in 0..<count {
            let x = p.pointee
            let y = b0 * x + z0
            z0 = (b1 * x - a1 * y) + z1
            z1 = b2 * x - a2 * y
            p.pointee = y
            p += stride
        }
        z[0] = z0
        z[1] = z1
    }

    private static func passTwo(
        _ c: UnsafePointer<Double>, _ z: UnsafeMutablePointer<Double>,
        _ data: UnsafeMutablePointer<Double>, _ count: Int, _ stride: Int
    ) {
        let b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[4], a2 = c[5]
        let d0 = c[6], d1 = c[7], d2 = c[8], e1 = c[10], e2 = c[11]
        var z0 = z[0], z1 = z[1], w0 = z[2], w1 = z[3]
        var p = data
        for _ in 0..<count {
            let x = p.pointee
            let y = b0 * x + z0
            z0 = (b1 * x - a1 * y) + z1
            z1 = b2 * x - a2 * y
            let v = d0 * y + w0
            w0 = (d1 * y - e1 * v) + w1
            w1 = d2 * y - e2 * v
            p.pointee = v
            p += stride
        }
        z[0] = z0
        z[1] = z1
        z[2] = w0
        z[3] = w1
    }
}
