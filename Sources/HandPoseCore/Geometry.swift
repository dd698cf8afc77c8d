/// Small vector helpers on `SIMD3<Double>` shared by the metrics, the quality gate and the simulator.
public extension SIMD3 where Scalar == Double {
    /// Euclidean length.
    var length: Double { (self * self).sum().squareRoot() }

    /// Dot product.
    func dot(_ other: SIMD3<Double>) -> Double { (self * other).sum() }

    /// Right-handed cross product.
    func cross(_ other: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x)
    }

    /// Unit vector in the same direction (NaN components for the zero vector).
    var normalized: SIMD3<Double> { self / length }

    /// `true` when every component is finite.
    var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }
}
