/// LDLJ, the log dimensionless jerk: `−ln|DJ|` of the dimensionless squared jerk of a discrete
/// movement, with the authors' peak-amplitude scaling. Negative; closer to 0 is smoother.
///
/// | function | input | scaling | reference |
/// |---|---|---|---|
/// | ``velocity(_:sampleRate:)`` (LDLJ-V) | velocity vectors, one array per axis | `T³ / max‖v‖²` | 2021 `ldlj(vel, fs, 'vel')` |
/// | ``speed(_:sampleRate:)`` | a speed profile ‖v‖ | `T³ / max v²` | 2015 `log_dimensionless_jerk(speed, fs)` |
/// | ``acceleration(_:sampleRate:removeMean:)`` (LDLJ-A) | acceleration vectors | `T / max‖a − ā‖²` | 2021 `ldlj(acc, fs, 'accl', rem_mean=True)` |
///
/// The discrete derivatives, the rectangle-rule integral and the duration `T = N/fs` are exactly
/// those of the reference code (see ``Factors``). Doctest: the speed `exp(−5t²)`,
/// `t = −1, −0.99, … 0.99` at 100 Hz gives LDLJ −5.816357414756398 (published −5.81636) and DJ
/// −335.7468370326857 (published −335.74684). A minimum-jerk reach tends to LDLJ-V = −ln 204.8 =
/// −5.3220 and LDLJ-A = −ln 21.6 = −3.0727; at 30 Hz the reference gives −5.2509 and −3.1046.
///
/// Pitfalls: the input must be one discrete, segmented movement (LDLJ grows with duration and with
/// every submovement); LDLJ is very sensitive to noise, so velocities derived from landmark
/// positions must be low-pass filtered first (``SmoothnessAnalyzer`` does); LDLJ-V and SPARC are
/// valid on velocity, LDLJ-A on acceleration (Melendez-Calderon et al. 2021). Values are comparable
/// only at equal sample rates.
///
/// Edge cases: NaN when ``Factors/isDefined`` is false (too few samples, a non-finite sample, a
/// still or perfectly linear signal). Complexity O(N · dimensions).
///
/// Citations: Balasubramanian S, Melendez-Calderon A, Roby-Brami A, Burdet E. "On the analysis of
/// movement smoothness." J NeuroEng Rehabil 12:112, 2015, doi:10.1186/s12984-015-0090-9.
/// Melendez-Calderon A, Shirota C, Balasubramanian S. "Estimating movement smoothness from inertial
/// measurement units." Front Bioeng Biotechnol 8:558771, 2021, doi:10.3389/fbioe.2020.558771.
/// Hogan N, Sternad D. J Mot Behav 41(6):529–534, 2009, doi:10.3200/35-09-004-RC.
public enum LDLJ {
    /// LDLJ-V of velocity vectors given as one array per axis (units cancel).
    public static func velocity(_ components: [[Double]], sampleRate: Double) -> Double {
        value(of: .velocity(components, sampleRate: sampleRate))
    }

    /// LDLJ of a 1-D speed profile (the 2015 reference's `log_dimensionless_jerk`).
    public static func speed(_ speed: [Double], sampleRate: Double) -> Double {
        value(of: .speed(speed, sampleRate: sampleRate))
    }

    /// LDLJ-A of acceleration vectors given as one array per axis; `removeMean` (default true, as
    /// the 2021 paper) subtracts each axis's mean before the amplitude is taken.
    public static func acceleration(_ components: [[Double]], sampleRate: Double, removeMean: Bool = true) -> Double {
        value(of: .acceleration(components, sampleRate: sampleRate, removeMean: removeMean))
    }

    private static func value(of factors: Factors) -> Double {
        factors.isDefined ? factors.logDimensionlessJerk : .nan
    }
}
