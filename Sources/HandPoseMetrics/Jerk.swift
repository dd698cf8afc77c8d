/// Jerk-based smoothness scores other than LDLJ: the dimensionless jerk itself and the normalized
/// jerk used in Parkinson's handwriting and reaching work.
///
/// | function | formula | sign | minimum-jerk reach |
/// |---|---|---|---|
/// | ``dimensionless(velocity:sampleRate:)`` | `DJ = −T³/max‖v‖² · ∫‖d²v/dt²‖² dt` | ≤ 0, closer to 0 smoother | −204.8 |
/// | ``dimensionless(speed:sampleRate:)`` | same on a 1-D speed | ≤ 0 | −204.8 (doctest −335.74684) |
/// | ``dimensionless(acceleration:sampleRate:removeMean:)`` | `−T/max‖a‖² · ∫‖da/dt‖² dt` | ≤ 0 | −21.6 |
/// | ``normalized(velocity:sampleRate:)`` | `NJ = √(½ · ∫‖d²v/dt²‖² dt · T⁵ / L²)` | ≥ 0, smaller smoother | √360 = 18.974 |
///
/// **Normalisation.** The dimensionless jerk uses the authors' peak-speed scaling `T³/v_peak²`
/// (Balasubramanian et al. 2015), not Hogan & Sternad's amplitude scaling `T⁵/D²` (720 for the
/// minimum-jerk reach); both are dimensionless and differ by a movement-dependent factor. The
/// normalized jerk follows Teulings et al. 1997: half the integrated squared jerk times `T⁵/L²`,
/// `L` the path length, square-rooted. All use the reference's discretisation: jerk by the
/// second difference of the velocity over `dt²`, rectangle-rule integrals, `T = N·dt`; the path
/// length is `L = Σ_k ‖v_k‖ · dt` on the same rule. The Teulings formula was not checked against the
/// primary text (ALGORITHMS.md §8); treat its constant ½ as the widely used form.
///
/// Edge cases: NaN for fewer than 3 samples, a non-finite sample, a still hand (zero peak speed or
/// path length) or zero jerk. Complexity O(N · dimensions).
///
/// Citations: Hogan N, Sternad D. "Sensitivity of smoothness measures to movement duration,
/// amplitude, and arrests." J Mot Behav 41(6):529–534, 2009, doi:10.3200/35-09-004-RC.
/// Balasubramanian S, Melendez-Calderon A, Roby-Brami A, Burdet E. J NeuroEng Rehabil 12:112, 2015,
/// doi:10.1186/s12984-015-0090-9. Teulings HL, Contreras-Vidal JL, Stelmach GE, Adler CH.
/// "Parkinsonism reduces coordination of fingers, wrist, and arm in fine motor control." Exp Neurol
/// 146(1):159–170, 1997 (DOI and formula not verified against the primary text).
public enum Jerk {
    /// The dimensionless jerk (negative) of velocity vectors given as one array per axis.
    public static func dimensionless(velocity components: [[Double]], sampleRate: Double) -> Double {
        value(of: .velocity(components, sampleRate: sampleRate))
    }

    /// The dimensionless jerk (negative) of a 1-D speed profile, the 2015 reference's
    /// `dimensionless_jerk(speed, fs)`.
    public static func dimensionless(speed: [Double], sampleRate: Double) -> Double {
        value(of: .speed(speed, sampleRate: sampleRate))
    }

    /// The acceleration-form dimensionless jerk (negative) of acceleration vectors.
    public static func dimensionless(acceleration components: [[Double]], sampleRate: Double, removeMean: Bool = true) -> Double {
        value(of: .acceleration(components, sampleRate: sampleRate, removeMean: removeMean))
    }

    /// The normalized jerk of Teulings et al. (positive; smaller is smoother) of velocity vectors
    /// given as one array per axis: `√(½ · J · T⁵ / L²)` with `J` the integrated squared jerk,
    /// `T = N·dt` and `L = Σ‖v_k‖·dt`.
    public static func normalized(velocity components: [[Double]], sampleRate: Double) -> Double {
        let factors = LDLJ.Factors.velocity(components, sampleRate: sampleRate)
        guard factors.jerkIntegral.isFinite, factors.jerkIntegral > 0 else { return .nan }
        let count = components[0].count
        let dt = 1 / sampleRate
        var pathLength = 0.0
        for k in 0..<count {
            var squaredNorm = 0.0
            for axis in components { squaredNorm += axis[k] * axis[k] }
            pathLength += squaredNorm.squareRoot()
        }
        pathLength *= dt
        guard pathLength > 0 else { return .nan }
        let duration = Double(count) * dt
        let duration5 = duration * duration * duration * duration * duration
        return (0.5 * factors.jerkIntegral * duration5 / (pathLength * pathLength)).squareRoot()
    }

    private static func value(of factors: LDLJ.Factors) -> Double {
        factors.isDefined ? factors.dimensionlessJerk : .nan
    }
}
