/// An unevaluated sum `hi + lo` of two Doubles with `|lo| ≤ ½ulp(hi)`: about 32 significant digits,
/// for the sums in which the exact Mann–Whitney distribution cancels large terms.
///
/// Addition is the accurate IEEE-style double-double sum and multiplication by a Double uses a
/// fused multiply-add for the exact product error (Dekker 1971, doi:10.1007/BF01397083; Hida, Li &
/// Bailey, "Algorithms for quad-double precision floating point arithmetic", ARITH-15, 2001,
/// doi:10.1109/ARITH.2001.930115).
struct DoubleDouble: Sendable {
    var hi: Double
    var lo: Double

    static let zero = DoubleDouble(0)

    init(_ value: Double) {
        hi = value
        lo = 0
    }

    private init(hi: Double, lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    /// The nearest Double.
    var value: Double { hi + lo }

    /// `s + e = a + b` exactly.
    @inline(__always)
    private static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        let v = s - a
        return (s, (a - (s - v)) + (b - v))
    }

    /// `s + e = a + b` exactly, given `|a| ≥ |b|`.
    @inline(__always)
    private static func quickTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        return (s, b - (s - a))
    }

    static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        var (s, e) = twoSum(x.hi, y.hi)
        let (t, f) = twoSum(x.lo, y.lo)
        e += t
        (s, e) = quickTwoSum(s, e)
        e += f
        (s, e) = quickTwoSum(s, e)
        return DoubleDouble(hi: s, lo: e)
    }

    static prefix func - (x: DoubleDouble) -> DoubleDouble { DoubleDouble(hi: -x.hi, lo: -x.lo) }

    static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble { x + -y }

    static func * (x: DoubleDouble, d: Double) -> DoubleDouble {
        let p = x.hi * d
        var e = (-p).addingProduct(x.hi, d)
        e = e.addingProduct(x.lo, d)
        let (s, f) = quickTwoSum(p, e)
        return DoubleDouble(hi: s, lo: f)
    }
}
