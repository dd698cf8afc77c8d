/// The unscented Kalman filter recursion on fixed-size states (filterpy 2.0.0 `UnscentedKalmanFilter`
/// with `MerweScaledSigmaPoints`), linear motion `f(x) = F x`, scalar measurement `h`.
/// Kernel: no throwing; allocation only for the 2n + 1 sigma points per call.
///
/// Per measurement z (UT = unscented transform with weights Wm, Wc):
///
///     predict:  χ = σ(x, P);  χf = F χ;  x = Σ Wmᵢ χfᵢ;  P = Σ Wcᵢ (χfᵢ − x)(χfᵢ − x)ᵀ + Q
///               χf = σ(x, P)                       (regenerated from the prior, as filterpy 2.0.0)
///     update:   hᵢ = h(χfᵢ);  ẑ = Σ Wmᵢ hᵢ;  S = Σ Wcᵢ (hᵢ − ẑ)² + R
///               Pxz = Σ Wcᵢ (χfᵢ − x)(hᵢ − ẑ);  K = Pxz / S;  x += K (z − ẑ);  P −= K S Kᵀ
///
/// σ(x, P) are the scaled sigma points (``MerweScaledSigmaPoints``) from the lower Cholesky factor
/// of (n + λ)P. Should round-off make P indefinite, the factor clamps the failing pivot to zero
/// (a semi-definite square root) instead of stopping. O(n) samples × O(d³).
enum UnscentedKalmanRecursion {
    struct Weights {
        var mean0: Double
        var covariance0: Double
        var other: Double
        var scale: Double  // n + λ

        init(_ points: MerweScaledSigmaPoints) {
            let mean = points.meanWeights, covariance = points.covarianceWeights
            mean0 = mean[0]
            covariance0 = covariance[0]
            other = mean[1]
            scale = Double(points.dimension) + points.lambda
        }
    }

    static func filter<M: KalmanSquareMatrix>(
        _ z: UnsafeBufferPointer<Double>, transition f: M, processCovariance q: M, measurementNoise r: Double,
        weights w: Weights, measurement h: UnscentedKalmanMeasurement,
        initialState: M.Vector, initialCovariance: M,
        positions: UnsafeMutablePointer<Double>?, states: UnsafeMutablePointer<M.Vector>?,
        covariances: UnsafeMutablePointer<M>?
    ) {
        let n = M.dimension, count = 2 * n + 1
        let sigmas = UnsafeMutablePointer<M.Vector>.allocate(capacity: count)
        let measured = UnsafeMutablePointer<Double>.allocate(capacity: count)
        defer {
            sigmas.deallocate()
            measured.deallocate()
        }
        var x = initialState
        var p = initialCovariance
        for k in 0..<z.count {
            // Predict through the transition, then regenerate the points from the prior.
            generate(sigmas, x, p, w.scale)
            for i in 0..<count { sigmas[i] = f * sigmas[i] }
            x = mean(sigmas, count, w)
            p = spread(sigmas, count, x, w) + q
            generate(sigmas, x, p, w.scale)

            // Update.
            for i in 0..<count { measured[i] = h.evaluate(sigmas[i], dimension: n) }
            var zHat = w.mean0 * measured[0]
            for i in 1..<count { zHat += w.other * measured[i] }
            var dz = measured[0] - zHat
            var s = w.covariance0 * dz * dz
            var pxz = (sigmas[0] - x) * (w.covariance0 * dz)
            for i in 1..<count {
                dz = measured[i] - zHat
                s += w.other * dz * dz
                pxz += (sigmas[i] - x) * (w.other * dz)
            }
            s += r
            let gain = pxz * (1 / s)
            x += gain * (z[k] - zHat)
            p = p - M.outer(gain, gain * s)
            positions?[k] = x[0]
            states?[k] = x
            covariances?[k] = p
        }
    }

    /// χ₀ = x, χ₁…ₙ = x + columns of L, χₙ₊₁…₂ₙ = x − columns of L, L = chol((n + λ)P).
    @inline(__always) private static func generate<M: KalmanSquareMatrix>(_ sigmas: UnsafeMutablePointer<M.Vector>, _ x: M.Vector, _ p: M, _ scale: Double) {
        let n = M.dimension
        let factor = p.scaled(scale).choleskyLower
        sigmas[0] = x
        for i in 0..<n {
            let column = factor.column(i)
            sigmas[1 + i] = x + column
            sigmas[1 + n + i] = x - column
        }
    }

    @inline(__always) private static func mean<V: SIMD>(_ sigmas: UnsafeMutablePointer<V>, _ count: Int, _ w: Weights) -> V where V.Scalar == Double {
        var result = sigmas[0] * w.mean0
        for i in 1..<count { result += sigmas[i] * w.other }
        return result
    }

    @inline(__always) private static func spread<M: KalmanSquareMatrix>(_ sigmas: UnsafeMutablePointer<M.Vector>, _ count: Int, _ x: M.Vector, _ w: Weights) -> M {
        var d = sigmas[0] - x
        var result = M.outer(d * w.covariance0, d)
        for i in 1..<count {
            d = sigmas[i] - x
            result = result + M.outer(d * w.other, d)
        }
        return result
    }
}
