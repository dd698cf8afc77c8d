import HandPoseNumerics

/// Van der Merwe's scaled sigma points and their weights (filterpy `MerweScaledSigmaPoints`).
///
/// For a state of dimension `n` and parameters α, β, κ, with λ = α²(n + κ) − n:
///
///     χ₀ = x,  χᵢ = x + √((n+λ)P)ᵢ,  χₙ₊ᵢ = x − √((n+λ)P)ᵢ     (i = 1 … n)
///     Wm₀ = λ/(n+λ),  Wc₀ = Wm₀ + 1 − α² + β,  Wmᵢ = Wcᵢ = 1/(2(n+λ))
///
/// where `√(A)ᵢ` is row i of the upper Cholesky factor `U` (`A = UᵀU`, scipy's default), i.e.
/// column i of the lower factor `L = Uᵀ`. Wm₀ is strongly negative for small α (−65.67 for
/// α = 0.1, κ = 1, n = 2), which amplifies round-off; expect agreement to ~1e-8, not 1e-15.
///
/// Parameters: α ∈ (0, 1] spreads the points (small α keeps them near the mean), β = 2 is optimal
/// for Gaussian priors, κ ≥ 0 is usual (`3 − n` or 0); `n + κ` must be positive. filterpy has no
/// defaults; ``UnscentedKalmanSmoother`` uses α = 0.1, β = 2, κ = 3 − n.
///
/// van der Merwe R, *Sigma-Point Kalman Filters for Probabilistic Inference in Dynamic State-Space
/// Models*, PhD thesis, OGI/OHSU 2004; Julier SJ, "The scaled unscented transformation", *Proc.
/// American Control Conference* 2002, doi:10.1109/ACC.2002.1025369.
public struct MerweScaledSigmaPoints: Hashable, Sendable {
    /// The state dimension `n`.
    public let dimension: Int
    public let alpha: Double
    public let beta: Double
    public let kappa: Double

    /// - Throws: ``FilterConfigurationError`` unless `dimension ≥ 1`, α ∈ (0, 1], β finite and ≥ 0,
    ///   κ finite with `n + κ > 0`.
    public init(dimension: Int, alpha: Double, beta: Double, kappa: Double) throws(FilterConfigurationError) {
        guard dimension >= 1 else {
            throw FilterConfigurationError(parameter: "dimension", "sigma-point dimension \(dimension) must be at least 1")
        }
        guard alpha > 0, alpha <= 1 else {
            throw FilterConfigurationError(parameter: "alpha", "alpha \(alpha) must be in (0, 1]")
        }
        guard beta.isFinite, beta >= 0 else {
            throw FilterConfigurationError(parameter: "beta", "beta \(beta) must be finite and non-negative (2 is optimal for Gaussians)")
        }
        guard kappa.isFinite, Double(dimension) + kappa > 0 else {
            throw FilterConfigurationError(parameter: "kappa", "kappa \(kappa) must be finite with n + kappa > 0 for n = \(dimension)")
        }
        self.dimension = dimension
        self.alpha = alpha
        self.beta = beta
        self.kappa = kappa
    }

    /// λ = α²(n + κ) − n.
    public var lambda: Double { alpha * alpha * (Double(dimension) + kappa) - Double(dimension) }

    /// The number of sigma points, `2n + 1`.
    public var count: Int { 2 * dimension + 1 }

    /// The mean weights `Wm` (2n + 1 values, summing to 1).
    public var meanWeights: [Double] {
        let n = Double(dimension)
        return [lambda / (n + lambda)] + Array(repeating: 0.5 / (n + lambda), count: 2 * dimension)
    }

    /// The covariance weights `Wc` (2n + 1 values).
    public var covarianceWeights: [Double] {
        var weights = meanWeights
        weights[0] += 1 - alpha * alpha + beta
        return weights
    }

    /// The 2n + 1 sigma points of the Gaussian (mean, covariance), ordered χ₀, χ₁…ₙ (plus), χₙ₊₁…₂ₙ
    /// (minus), as filterpy orders them. Uses LAPACK's Cholesky (any `n`). O(n³).
    ///
    /// - Throws: ``LinearAlgebraError`` when `covariance` is not positive definite.
    public func sigmaPoints(mean: [Double], covariance: Matrix) throws(LinearAlgebraError) -> [[Double]] {
        precondition(mean.count == dimension, "mean has \(mean.count) values, the sigma points \(dimension)")
        precondition(covariance.rows == dimension && covariance.columns == dimension, "covariance is \(covariance.rows)x\(covariance.columns), expected \(dimension)x\(dimension)")
        let scale = Double(dimension) + lambda
        let factor = try LinearAlgebra.cholesky(Matrix(rows: dimension, columns: dimension, elements: covariance.elements.map { $0 * scale }))
        var points = [mean]
        for sign in [1.0, -1.0] {
            for i in 0..<dimension { points.append((0..<dimension).map { mean[$0] + sign * factor[$0, i] }) }
        }
        return points
    }
}
