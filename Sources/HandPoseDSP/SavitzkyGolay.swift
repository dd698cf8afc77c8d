import HandPoseNumerics

/// Savitzky-Golay filter design: the weights that evaluate a local least-squares polynomial.
///
/// Fitting a polynomial `q(t) = Σ_{k=0}^{p} c_k t^k` of degree `p` (the *polyorder*) by least squares
/// to the `W` samples `x[i − h] … x[i + h]` of an odd window (`h = W/2`, `t = −h … h` in samples) and
/// taking `q⁽ᵈ⁾(0) / Δᵈ` is a linear function of the samples: `y[i] = Σ_{k=0}^{W−1} w[k] · x[i − h + k]`.
/// With `A` the `(p+1) × W` Vandermonde matrix `A[k][j] = t_jᵏ` and `v = (d! / Δᵈ) · e_d`, the weights
/// are the minimum-norm solution of `A · w = v` (`w = Aᵀ(AAᵀ)⁻¹v`), solved here with LAPACK `dgelsd`
/// exactly as `scipy.signal.savgol_coeffs` does (the abscissa is scaled to `[−1, 1]` first, which
/// improves the conditioning and changes nothing else). Evaluating at another abscissa `t₀` instead
/// of 0 gives the weights of the `'interp'` edge fit.
///
/// Example: `W = 5, p = 2, d = 0` gives `[−3, 12, 17, 12, −3] / 35`.
///
/// Citation: Savitzky A, Golay MJE. Smoothing and differentiation of data by simplified least
/// squares procedures. *Anal Chem* 36(8):1627–1639, 1964. doi:10.1021/ac60214a047.
public enum SavitzkyGolay {
    /// The `window` weights of the Savitzky-Golay filter, in **correlation ("dot") order**:
    /// `y[i] = Σ_k w[k] · x[i − window/2 + k]`. scipy's default `use='conv'` order is this array
    /// reversed (the two agree for even `derivative`, differ in sign and order for odd ones).
    ///
    /// - Parameters:
    ///   - window: odd number of samples `W ≥ 1`.
    ///   - polyorder: degree `p` of the fitted polynomial, `0 ≤ p < W`.
    ///   - derivative: order `d` of the derivative to estimate, `0 ≤ d ≤ p` (`0` smooths).
    ///   - delta: sample spacing `Δ` (seconds per sample, `1/fs`), > 0; the weights scale by `1/Δᵈ`
    ///     so a derivative comes out in units per second^d.
    /// - Throws: ``FilterConfigurationError`` naming the parameter when a limit above is broken.
    /// - Complexity: O(W · p²), one LAPACK call.
    public static func coefficients(window: Int, polyorder: Int, derivative: Int = 0, delta: Double = 1) throws(FilterConfigurationError) -> [Double] {
        try validate(window: window, polyorder: polyorder, derivative: derivative, delta: delta)
        return try fitWeights(window: window, polyorder: polyorder, derivative: derivative, delta: delta, at: [0])[0]
    }

    /// Checks the limits documented on ``coefficients(window:polyorder:derivative:delta:)``.
    static func validate(window: Int, polyorder: Int, derivative: Int, delta: Double) throws(FilterConfigurationError) {
        guard window >= 1, window % 2 == 1 else {
            throw FilterConfigurationError(
                parameter: "window",
                "window \(window) must be an odd number of samples ≥ 1 (an even window is centred half a sample off)")
        }
        guard polyorder >= 0 else {
            throw FilterConfigurationError(parameter: "polyorder", "polyorder \(polyorder) must be at least 0")
        }
        guard polyorder < window else {
            throw FilterConfigurationError(
                parameter: "polyorder", "polyorder \(polyorder) must be less than the window \(window)")
        }
        guard derivative >= 0, derivative <= polyorder else {
            throw FilterConfigurationError(
                parameter: "derivative",
                "derivative \(derivative) must be between 0 and the polyorder \(polyorder) (a degree-\(polyorder) fit has no derivative of order \(derivative))")
        }
        guard delta.isFinite, delta > 0 else {
            throw FilterConfigurationError(
                parameter: "delta", "delta \(delta) must be a positive, finite sample spacing in seconds")
        }
    }

    /// Weights for each abscissa in `positions` (samples relative to the window centre, e.g. `−h`
    /// for the first sample of the window): `result[r][j]` multiplies the window's `j`-th sample
    /// to give `q⁽ᵈ⁾(positions[r]) / Δᵈ`. Parameters must already be valid.
    ///
    /// One `dgelsd` call for all positions: `A · W = V` with `A[k][j] = u_jᵏ`, `u = t / s`,
    /// `s = max(h, 1)`, and `V[k][r] = k!/(k−d)! · u_rᵏ⁻ᵈ / (s·Δ)ᵈ` for `k ≥ d`, 0 below.
    static func fitWeights(
        window: Int, polyorder: Int, derivative: Int, delta: Double, at positions: [Double]
    ) throws(FilterConfigurationError) -> [[Double]] {
        let half = window / 2
        let scale = Double(max(half, 1))
        let terms = polyorder + 1
        var a = Matrix(rows: terms, columns: window)
        for j in 0..<window {
            let u = Double(j - half) / scale
            var power = 1.0
            for k in 0..<terms {
                a[k, j] = power
                power *= u
            }
        }
        let derivativeScale = integerPower(scale * delta, derivative)
        var v = Matrix(rows: terms, columns: positions.count)
        for (r, t) in positions.enumerated() {
            let u = t / scale
            for k in derivative..<terms {
                // k! / (k − d)! · u^(k − d)
                var falling = 1.0
                for m in 0..<derivative { falling *= Double(k - m) }
                v[k, r] = falling * integerPower(u, k - derivative) / derivativeScale
            }
        }
        let solution: Matrix
        do {
            solution = try LinearAlgebra.leastSquares(a: a, b: v)
        } catch {
            throw FilterConfigurationError(
                parameter: "window", "the least-squares design for window \(window), polyorder \(polyorder) failed: \(error)")
        }
        return positions.indices.map { r in solution.column(r) }
    }

    /// `base^exponent` for `exponent ≥ 0` by repeated multiplication (exact for the small integer
    /// exponents used here, and free of Foundation).
    static func integerPower(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}
