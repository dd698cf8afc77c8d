/// The linear Kalman filter and Rauch-Tung-Striebel smoother recursions on fixed-size states, with
/// the measurement `H = [1, 0(, 0)]` (position only). Kernels: no throwing, no allocation.
///
/// Forward step `k` (filterpy `KalmanFilter.predict()` then `update(z)`):
///
///     x⁻ = F x,  P⁻ = F P Fᵀ + Q
///     y = z − H x⁻,  S = H P⁻ Hᵀ + R,  K = P⁻ Hᵀ S⁻¹,  x = x⁻ + K y
///     P = (I − K H) P⁻ (I − K H)ᵀ + K R Kᵀ          (Joseph form)
///
/// Backward step (filterpy `KalmanFilter.rts_smoother`, Rauch, Tung & Striebel, *AIAA J* 3(8):
/// 1445–1450, 1965, doi:10.2514/3.3166), for k = n−2 … 0 over the filtered (x, P):
///
///     P⁻ = F Pₖ Fᵀ + Q,  C = Pₖ Fᵀ (P⁻)⁻¹
///     xₖ += C (xₖ₊₁ − F xₖ),  Pₖ += C (Pₖ₊₁ − P⁻) Cᵀ
///
/// Both are O(n) in the number of samples with O(d³) work per sample for d = 2 or 3 states.
enum KalmanRecursion {
    /// Runs the forward filter over `z`, writing the filtered positions to `positions` (when not nil),
    /// and the filtered states and covariances to `states`/`covariances` (when not nil).
    static func filter<M: KalmanSquareMatrix>(
        _ z: UnsafeBufferPointer<Double>, transition f: M, processCovariance q: M, measurementNoise r: Double,
        initialState: M.Vector, initialCovariance: M,
        positions: UnsafeMutablePointer<Double>?, states: UnsafeMutablePointer<M.Vector>?,
        covariances: UnsafeMutablePointer<M>?
    ) {
        let identity = M.identity
        var e0 = M.Vector()
        e0[0] = 1
        var x = initialState
        var p = initialCovariance
        for k in 0..<z.count {
            x = f * x
            p = f.congruence(p) + q
            let pht = p.column(0)
            let s = pht[0] + r
            let gain = pht * (1 / s)
            x += gain * (z[k] - x[0])
            let a = identity.replacingFirstColumn(e0 - gain)  // I − K H
            p = a.congruence(p) + M.outer(gain * r, gain)
            positions?[k] = x[0]
            states?[k] = x
            covariances?[k] = p
        }
    }

    /// Smooths filtered states and covariances in place (RTS), writing the smoothed positions to
    /// `positions` when not nil.
    static func smooth<M: KalmanSquareMatrix>(
        count: Int, transition f: M, processCovariance q: M,
        states: UnsafeMutablePointer<M.Vector>, covariances: UnsafeMutablePointer<M>,
        positions: UnsafeMutablePointer<Double>?
    ) {
        guard count > 0 else { return }
        let ft = f.transposed
        var nextX = states[count - 1]
        var nextP = covariances[count - 1]
        positions?[count - 1] = nextX[0]
        var k = count - 2
        while k >= 0 {
            var x = states[k]
            var p = covariances[k]
            let pft = p * ft
            let predicted = f * pft + q
            let gain = pft * predicted.symmetricInverse
            x += gain * (nextX - f * x)
            p = p + gain.congruence(nextP - predicted)
            states[k] = x
            covariances[k] = p
            positions?[k] = x[0]
            nextX = x
            nextP = p
            k -= 1
        }
    }
}
