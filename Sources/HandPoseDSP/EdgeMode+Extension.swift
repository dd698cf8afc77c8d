/// Index arithmetic for virtual samples outside `0 ..< count`, shared by the window filters.
///
/// Each function maps any integer position `j` to the index of the real sample it stands for,
/// following `scipy.ndimage` (extensions longer than the signal continue periodically). O(1).
enum EdgeExtension {
    /// `mirror` (no edge repeat, period `2(count − 1)`): `d c b | a b c d | c b a`.
    @inline(__always)
    static func mirror(_ j: Int, count: Int) -> Int {
        if j >= 0 && j < count { return j }
        if count == 1 { return 0 }
        let period = 2 * (count - 1)
        var m = j % period
        if m < 0 { m += period }
        return m < count ? m : period - m
    }

    /// `reflect` (half-sample symmetric, edge repeated, period `2·count`): `d c b a | a b c d | d c b a`.
    @inline(__always)
    static func reflect(_ j: Int, count: Int) -> Int {
        if j >= 0 && j < count { return j }
        let period = 2 * count
        var m = j % period
        if m < 0 { m += period }
        return m < count ? m : period - 1 - m
    }

    /// `nearest`: clamp to the end samples.
    @inline(__always)
    static func nearest(_ j: Int, count: Int) -> Int {
        min(max(j, 0), count - 1)
    }

    /// `wrap`: periodic with period `count`.
    @inline(__always)
    static func wrap(_ j: Int, count: Int) -> Int {
        var m = j % count
        if m < 0 { m += count }
        return m
    }

    /// The value of the virtual sample `j` of `x` under `mode` (`.interpolate` is not an extension
    /// and must not reach here).
    @inline(__always)
    static func value(_ x: UnsafePointer<Double>, count: Int, at j: Int, mode: EdgeMode) -> Double {
        if j >= 0 && j < count { return x[j] }
        switch mode {
        case .mirror: return x[mirror(j, count: count)]
        case .nearest: return x[nearest(j, count: count)]
        case .wrap: return x[wrap(j, count: count)]
        case .constant(let value): return value
        case .interpolate: preconditionFailure("the interp edge mode fits polynomials, it does not extend the signal")
        }
    }
}
