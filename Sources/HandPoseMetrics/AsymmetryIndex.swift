#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Left-right asymmetry indices of ALGORITHMS.md §5 for two non-negative values L and R.
///
/// | function | formula | range | L = 4, R = 5 |
/// |---|---|---|---|
/// | ``bounded(left:right:)`` (handpose's default) | (R − L)/(R + L) | [−1, 1] | 0.1111 |
/// | ``normalisedDifference(left:right:)`` | (L − R)/(L + R) = −bounded | [−1, 1] | −0.1111 |
/// | ``symmetryIndexPercent(left:right:)`` (Robinson 1987) | 100·(R − L)/(½(R + L)) = 200·bounded | [−200, 200] % | 22.22 % |
/// | ``maxNormalised(left:right:)`` | (L − R)/max(L, R) | [−1, 1] | −0.2 |
/// | ``ratio(left:right:)`` | L/R | [0, ∞) | 0.8 |
/// | ``logRatioPercent(left:right:)`` (Plotnik 2007) | 100·\|ln(L/R)\| | [0, ∞) | 22.31 |
/// | ``symmetryAnglePercent(left:right:)`` (Zifchock 2008) | (45° − atan(L/R))/90° · 100 | [−50, 50] % | 7.04 % |
///
/// Positive ``bounded(left:right:)`` means the right value is larger. Inputs outside an index's
/// domain (negative or non-finite values, a zero denominator) give NaN: kernels do not throw, and
/// ``AsymmetryReport`` turns NaN into a `notComputable` reason. O(1) each.
///
/// Citations: Robinson RO, Herzog W, Nigg BM, *J Manipulative Physiol Ther* 10(4):172-176, 1987
/// (symmetry index); Plotnik M, Giladi N, Hausdorff JM, *Exp Brain Res* 181:561-570, 2007,
/// doi:10.1007/s00221-007-0955-7 (100·|ln(L/R)|); Zifchock RA, Davis I, Higginson J, Royer T,
/// *Gait Posture* 27:622-627, 2008, doi:10.1016/j.gaitpost.2007.08.006 (symmetry angle). Tremor
/// context: Farkas Z, Csillik A, Szirmai I, Kamondi A, "Asymmetry of tremor intensity and
/// frequency in Parkinson's disease and essential tremor", *Parkinsonism Relat Disord*
/// 12:49-55, 2006 (intensity asymmetric in PD and ET, frequency only in PD). The Robinson and
/// Plotnik formulas are as widely quoted, not checked against the primary text, and the two DOIs
/// are unverified ([memory] in ALGORITHMS.md §5).
public enum AsymmetryIndex {
    /// Whether L and R are finite, non-negative and not both zero.
    @inlinable
    static func valid(_ left: Double, _ right: Double) -> Bool {
        left.isFinite && right.isFinite && left >= 0 && right >= 0 && left + right > 0
    }

    /// (R − L)/(R + L) ∈ [−1, 1]; 0 = symmetric, +1 = only the right hand.
    @inlinable
    public static func bounded(left: Double, right: Double) -> Double {
        valid(left, right) ? (right - left) / (right + left) : .nan
    }

    /// (L − R)/(L + R) ∈ [−1, 1], the normalised difference used in Parkinson's laterality work.
    @inlinable
    public static func normalisedDifference(left: Double, right: Double) -> Double {
        valid(left, right) ? (left - right) / (left + right) : .nan
    }

    /// Robinson's symmetry index in percent, 100·(R − L)/(½(R + L)).
    @inlinable
    public static func symmetryIndexPercent(left: Double, right: Double) -> Double {
        valid(left, right) ? 100 * (right - left) / (0.5 * (right + left)) : .nan
    }

    /// (L − R)/max(L, R) ∈ [−1, 1]: the larger side is the reference.
    @inlinable
    public static func maxNormalised(left: Double, right: Double) -> Double {
        valid(left, right) ? (left - right) / max(left, right) : .nan
    }

    /// L/R; NaN when R is 0.
    @inlinable
    public static func ratio(left: Double, right: Double) -> Double {
        valid(left, right) && right > 0 ? left / right : .nan
    }

    /// 100·|ln(L/R)|, the gait asymmetry of Plotnik et al.; needs both values positive.
    @inlinable
    public static func logRatioPercent(left: Double, right: Double) -> Double {
        valid(left, right) && left > 0 && right > 0 ? 100 * abs(log(left / right)) : .nan
    }

    /// Zifchock's symmetry angle in percent, (45° − atan(L/R))/90° · 100 ∈ [−50, 50]; positive
    /// when R > L. Evaluated as atan2(L, R), so R = 0 gives −50.
    @inlinable
    public static func symmetryAnglePercent(left: Double, right: Double) -> Double {
        valid(left, right) ? (45 - atan2(left, right) * 180 / Double.pi) / 90 * 100 : .nan
    }
}
