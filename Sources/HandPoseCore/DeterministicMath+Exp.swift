extension DeterministicMath {
    /// ln 2 split for Cody-Waite reduction (fdlibm's `ln2HI`, `ln2LO`): `k·ln2High` is exact for |k| < 2¹¹.
    @inlinable static var ln2High: Double { 6.931_471_803_691_238_164_90e-01 }
    @inlinable static var ln2Low: Double { 1.908_214_929_270_587_700_02e-10 }
    @inlinable static var inverseLn2: Double { 1.442_695_040_888_963_387_00 }
    /// Adding and subtracting 1.5·2⁵² rounds a double below 2⁵¹ in magnitude to the nearest integer
    /// (ties to even) with plain additions, the same in scalar and vector code (no `roundsd` before
    /// SSE4.1); the integer is then also the low bits of the sum's bit pattern.
    @inlinable static var roundingShift: Double { 0x1.8p52 }

    /// The exponential eˣ: 0 below −745.2, +∞ above 709.8, NaN for NaN.
    ///
    /// x = k·ln 2 + r with k = round(x / ln 2) and |r| ≤ ½ ln 2 (Cody-Waite), eʳ by its Taylor
    /// series through r¹³ (truncation below 4·10⁻¹⁸), then eˣ = eʳ · 2^⌊k/2⌋ · 2^(k − ⌊k/2⌋): two
    /// exact powers of two, so results that underflow into the subnormals round once.
    /// Lane for lane the arithmetic of ``exp(_:)-(SIMD8<Double>)``.
    public static func exp(_ x: Double) -> Double {
        let clamped = x < -746 ? -746 : x > 710 ? 710 : x
        let shifted = clamped * inverseLn2 + roundingShift
        let k = shifted - roundingShift
        let r = (clamped - k * ln2High) - k * ln2Low
        let kInteger = Int64(bitPattern: shifted.bitPattern &- roundingShift.bitPattern)
        let half = kInteger >> 1
        let scaled = expKernel(r) * powerOfTwo(half) * powerOfTwo(kInteger - half)
        return x.isNaN ? x : scaled
    }

    /// ``exp(_:)-(Double)`` of eight values at once, bit-identical to the scalar version lane for
    /// lane and without branches or calls (for the particle filter's likelihoods).
    @inlinable @inline(__always)
    public static func exp(_ x: SIMD8<Double>) -> SIMD8<Double> {
        var clamped = x
        clamped.replace(with: -746, where: x .< -746)
        clamped.replace(with: 710, where: x .> 710)
        let shifted = clamped * inverseLn2 + roundingShift
        let k = shifted - roundingShift
        let r = (clamped - k * ln2High) - k * ln2Low
        let kInteger = unsafeBitCast(shifted, to: SIMD8<Int64>.self) &- Int64(bitPattern: roundingShift.bitPattern)
        let half = kInteger &>> 1
        var scaled = expKernel(r) * powerOfTwo(half) * powerOfTwo(kInteger &- half)
        scaled.replace(with: x, where: x .!= x)
        return scaled
    }

    /// eʳ for |r| ≤ ½ ln 2: the Taylor polynomial through r¹³ (coefficients 1/k!) by Horner's rule.
    @inlinable @inline(__always)
    static func expKernel<V: SIMD>(_ r: V) -> V where V.Scalar == Double {
        var p = V(repeating: 1.0 / 6_227_020_800)
        p = p * r + 1.0 / 479_001_600
        p = p * r + 1.0 / 39_916_800
        p = p * r + 1.0 / 3_628_800
        p = p * r + 1.0 / 362_880
        p = p * r + 1.0 / 40_320
        p = p * r + 1.0 / 5_040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        return p * r + 1
    }

    /// The same polynomial for one value, through a two-lane vector (so scalar and vector results
    /// agree bit for bit by construction; the scalar form serves only rare slow paths).
    @inline(__always)
    private static func expKernel(_ r: Double) -> Double {
        expKernel(SIMD2(repeating: r))[0]
    }

    /// 2ᵏ for −1022 ≤ k ≤ 1023, from the bits.
    @inline(__always)
    private static func powerOfTwo(_ k: Int64) -> Double {
        Double(bitPattern: UInt64(bitPattern: (k &+ 1023) << 52))
    }

    @inlinable @inline(__always)
    static func powerOfTwo(_ k: SIMD8<Int64>) -> SIMD8<Double> {
        unsafeBitCast((k &+ 1023) &<< 52, to: SIMD8<Double>.self)
    }
}
