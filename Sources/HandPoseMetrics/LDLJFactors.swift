#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LDLJ {
    /// The three factors of the dimensionless squared jerk of a sampled movement, as the authors'
    /// reference code computes them, and the dimensionless jerk and its logarithm (LDLJ) from them.
    ///
    /// With `dt = 1/fs`, `N` samples and the duration taken as **`T = N·dt`** (not `(N−1)·dt`):
    ///
    /// | form | input `s` | jerk `j_k` | duration factor | amplitude factor |
    /// |---|---|---|---|---|
    /// | velocity (LDLJ-V) | velocity vectors v (or a 1-D speed) | `‖Δ²v_k‖ / dt²` | `T³` | `max_k ‖v_k‖²` |
    /// | acceleration (LDLJ-A) | acceleration vectors a, mean removed per axis by default | `‖Δa_k‖ / dt` | `T¹` | `max_k ‖a_k‖²` |
    ///
    ///     J    = Σ_k j_k² · dt                 (rectangle rule over the N−2 or N−1 differences)
    ///     DJ   = −(duration / amplitude) · J    (negative: the reference's sign)
    ///     LDLJ = −ln(duration) + ln(amplitude) − ln(J) = −ln|DJ|
    ///
    /// This is `monalysa/quality/smoothness.py::dimensionless_jerk_factors` (= `siva82kb/smoothness_from_imu
    /// scripts/smoothness.py`) with `data_type='vel'` or `'accl'`; for a 1-D speed it is the older
    /// `siva82kb/SPARC scripts/smoothness.py::dimensionless_jerk`. The vector form differentiates the
    /// velocity vector and then takes the norm; for a 3-D movement `d²‖v‖/dt² ≠ ‖d²v/dt²‖`, and the
    /// two agree only for straight-line movements (they do on the golden minimum-jerk reach).
    ///
    /// Sign: DJ and LDLJ are **negative**, and values closer to 0 are smoother — the same direction as
    /// SPARC. Hogan & Sternad report the positive cost `+J·T³/v²` instead. A minimum-jerk reach gives
    /// LDLJ-V → −ln 204.8 = −5.3220 and LDLJ-A → −ln 21.6 = −3.0727 as fs → ∞ (−5.2509 and −3.1046 at
    /// 30 Hz: compare values only at equal sample rates).
    ///
    /// Edge cases: fewer than 3 samples (velocity) or 2 samples (acceleration), or a non-finite
    /// sample, give NaN amplitude and jerk factors; a zero amplitude (a still hand) or a zero jerk (a
    /// constant or linear signal, whose logarithm is infinite) are returned as computed. In every such
    /// case ``isDefined`` is false; callers report the movement as not computable rather than print
    /// ±∞ or NaN.
    ///
    /// Complexity: O(N · dimensions); two scratch arrays of N doubles.
    ///
    /// Citations: Hogan N, Sternad D. "Sensitivity of smoothness measures to movement duration,
    /// amplitude, and arrests." J Mot Behav 41(6):529–534, 2009, doi:10.3200/35-09-004-RC (the
    /// dimensionless squared jerk). Balasubramanian S, Melendez-Calderon A, Roby-Brami A, Burdet E.
    /// "On the analysis of movement smoothness." J NeuroEng Rehabil 12:112, 2015,
    /// doi:10.1186/s12984-015-0090-9 (LDLJ with the peak-speed scaling). Melendez-Calderon A, Shirota
    /// C, Balasubramanian S. "Estimating movement smoothness from inertial measurement units." Front
    /// Bioeng Biotechnol 8:558771, 2021, doi:10.3389/fbioe.2020.558771 (LDLJ-V and LDLJ-A).
    public struct Factors: Sendable, Hashable, Codable {
        /// Which derivative the input is, which fixes the jerk's difference order and the powers.
        public enum Form: String, Sendable, Hashable, Codable {
            /// Velocity vectors or a speed profile: second difference, `T³`.
            case velocity
            /// Acceleration vectors: first difference, `T¹`.
            case acceleration
        }

        /// The form the factors were computed in.
        public var form: Form
        /// `T³` (velocity) or `T` (acceleration), with `T = N·dt` in seconds.
        public var durationFactor: Double
        /// `max_k ‖s_k‖²` of the (mean-removed, for acceleration) input.
        public var amplitudeFactor: Double
        /// `J = Σ_k ‖jerk_k‖² · dt`.
        public var jerkIntegral: Double

        public init(form: Form, durationFactor: Double, amplitudeFactor: Double, jerkIntegral: Double) {
            self.form = form
            self.durationFactor = durationFactor
            self.amplitudeFactor = amplitudeFactor
            self.jerkIntegral = jerkIntegral
        }

        private enum CodingKeys: String, CodingKey {
            case form, durationFactor, amplitudeFactor, jerkIntegral
        }

        /// The dimensionless jerk `−(duration / amplitude) · J` (negative).
        public var dimensionlessJerk: Double { -(durationFactor / amplitudeFactor) * jerkIntegral }

        /// The log dimensionless jerk `−ln(duration) + ln(amplitude) − ln(J)` (= `−ln|DJ|`),
        /// computed term by term as the reference does.
        public var logDimensionlessJerk: Double { -log(durationFactor) + log(amplitudeFactor) - log(jerkIntegral) }

        /// Whether every factor is finite and positive, so that both values are finite.
        public var isDefined: Bool {
            [durationFactor, amplitudeFactor, jerkIntegral].allSatisfy { $0.isFinite && $0 > 0 }
        }

        /// The factors for velocity vectors given as one array per axis (LDLJ-V); a single axis
        /// holding a speed profile gives the 1-D form of the 2015 reference.
        ///
        /// - Precondition: at least one axis, all axes of equal length, `sampleRate` > 0.
        public static func velocity(_ components: [[Double]], sampleRate: Double) -> Factors {
            compute(components, sampleRate: sampleRate, form: .velocity, removeMean: false)
        }

        /// The factors for a 1-D speed profile (the 2015 reference's `dimensionless_jerk(speed, fs)`).
        public static func speed(_ speed: [Double], sampleRate: Double) -> Factors {
            compute([speed], sampleRate: sampleRate, form: .velocity, removeMean: false)
        }

        /// The factors for acceleration vectors given as one array per axis (LDLJ-A). `removeMean`
        /// (default true, as the 2021 paper's notebook calls it) subtracts each axis's mean first,
        /// which removes gravity or a constant bias and changes only the amplitude factor.
        public static func acceleration(_ components: [[Double]], sampleRate: Double, removeMean: Bool = true) -> Factors {
            compute(components, sampleRate: sampleRate, form: .acceleration, removeMean: removeMean)
        }

        private static func compute(_ components: [[Double]], sampleRate: Double, form: Form, removeMean: Bool) -> Factors {
            precondition(!components.isEmpty, "dimensionless jerk needs at least one axis")
            precondition(sampleRate.isFinite && sampleRate > 0, "dimensionless jerk needs a positive sample rate, got \(sampleRate) Hz")
            let count = components[0].count
            for axis in components {
                precondition(axis.count == count, "axes have \(axis.count) and \(count) samples")
            }
            let dt = 1 / sampleRate
            let order = form == .velocity ? 2 : 1
            let duration = pow(Double(count) * dt, form == .velocity ? 3 : 1)
            let undefined = Factors(form: form, durationFactor: duration, amplitudeFactor: .nan, jerkIntegral: .nan)
            guard count > order, components.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { return undefined }

            // Σ over axes of (Δⁿ s)², and of the (mean-removed) squared sample, per sample.
            var squaredDifference = [Double](repeating: 0, count: count - order)
            var squaredNorm = [Double](repeating: 0, count: count)
            for axis in components {
                let mean = removeMean ? axis.reduce(0, +) / Double(count) : 0
                axis.withUnsafeBufferPointer { x in
                    for k in 0..<(count - order) {
                        let difference = order == 2 ? (x[k + 2] - x[k + 1]) - (x[k + 1] - x[k]) : x[k + 1] - x[k]
                        squaredDifference[k] += difference * difference
                    }
                    for k in 0..<count {
                        let value = x[k] - mean
                        squaredNorm[k] += value * value
                    }
                }
            }
            // j_k = ‖Δⁿ s_k‖ / dtⁿ, J = Σ j_k² · dt, in the reference's order of operations.
            let step = pow(dt, Double(order))
            var integral = 0.0
            for value in squaredDifference {
                let jerk = value.squareRoot() / step
                integral += jerk * jerk
            }
            return Factors(
                form: form, durationFactor: duration, amplitudeFactor: squaredNorm.max() ?? .nan, jerkIntegral: integral * dt)
        }
    }
}
