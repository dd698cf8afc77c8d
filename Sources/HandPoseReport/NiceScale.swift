#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Axis ranges and ticks at "nice" steps (1, 2 or 5 × 10ⁿ), the classic graph-labelling
/// heuristic (P. S. Heckbert, "Nice numbers for graph labels", *Graphics Gems*, 1990).
struct NiceScale {
    /// The axis range, a whole number of steps.
    let domain: ClosedRange<Double>
    /// The distance between ticks.
    let step: Double

    /// A scale covering `lower...upper` with about `ticks` intervals. A zero-width range is widened
    /// to ±1 (or ±10 % of the value); non-finite bounds give 0…1.
    init(_ lower: Double, _ upper: Double, ticks: Int = 5) {
        var low = lower, high = upper
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if high < low { swap(&low, &high) }
        if high - low < 1e-12 {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        let step = Self.nice((high - low) / Double(max(1, ticks)), round: true)
        self.step = step
        domain = (low / step).rounded(.down) * step...(high / step).rounded(.up) * step
    }

    /// A scale over exactly `domain` (not widened to whole steps), with ticks at the multiples of
    /// a nice step that fall inside it: for an axis that must end at a bound (Nyquist).
    init(exact domain: ClosedRange<Double>, ticks: Int = 5) {
        self.domain = domain.upperBound > domain.lowerBound ? domain : (domain.lowerBound - 1)...(domain.upperBound + 1)
        step = Self.nice((self.domain.upperBound - self.domain.lowerBound) / Double(max(1, ticks)), round: true)
    }

    /// The multiples of the step inside the domain, ascending.
    var ticks: [Double] {
        let tolerance = step * 1e-9
        let first = ((domain.lowerBound - tolerance) / step).rounded(.up)
        let last = ((domain.upperBound + tolerance) / step).rounded(.down)
        guard last >= first else { return [] }
        return (0...Int(last - first)).map { (first + Double($0)) * step }
    }

    /// The nice number nearest `value` (rounded) or above it.
    static func nice(_ value: Double, round: Bool) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let exponent = (log10(value)).rounded(.down)
        let fraction = value / pow(10, exponent)
        let niceFraction: Double
        if round {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * pow(10, exponent)
    }
}
