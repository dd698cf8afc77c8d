/// The minimum-jerk position profile (Flash & Hogan, J Neurosci 5(7):1688-1703, 1985,
/// doi:10.1523/JNEUROSCI.05-07-01688.1985): s(τ) = 10τ³ − 15τ⁴ + 6τ⁵ for τ ∈ [0, 1], with zero
/// velocity and acceleration at both ends. τ is clamped to [0, 1].
enum MinimumJerk {
    static func profile(_ tau: Double) -> Double {
        let t = min(1, max(0, tau))
        return t * t * t * (10 + t * (-15 + 6 * t))
    }
}
