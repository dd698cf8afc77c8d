/// A seeded pseudo-random generator that gives the same sequence on every machine: xoshiro256**
/// (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021,
/// doi:10.1145/3460772), seeded through SplitMix64.
///
/// Unlike `SystemRandomNumberGenerator` and the standard library's `Double.random(in:using:)`, every
/// value here comes from integer arithmetic and correctly rounded IEEE operations only, so the
/// simulator's output is bit-identical across platforms and toolchains.
///
/// Independent streams (`stream: 0, 1, 2, …`) of one seed drive independent parts of the
/// simulation, so that, for example, changing the noise level does not move the dropped frames.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    /// The second normal deviate of the last polar-method pair, returned by the next call.
    private var spareGaussian: Double?

    /// Creates the generator for `seed` and sub-stream `stream`.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(state: SplitMix64.mix(seed) &+ stream &* 0xD1B5_4A32_D192_ED03)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is a fixed point
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform deviate in `[0, 1)` with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform deviate in `[lower, upper)`.
    public mutating func nextUniform(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
    }

    /// A standard normal deviate (mean 0, standard deviation 1) by Marsaglia's polar method, which
    /// needs only a square root and a logarithm; the logarithm is ``DeterministicMath/log(_:)`` so
    /// the result does not depend on the platform's libm.
    public mutating func nextGaussian() -> Double {
        if let spare = spareGaussian {
            spareGaussian = nil
            return spare
        }
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            guard s > 0, s < 1 else { continue }
            let factor = (-2 * DeterministicMath.log(s) / s).squareRoot()
            spareGaussian = v * factor
            return u * factor
        }
    }

    private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64 (Steele, Lea & Flood, OOPSLA 2014), used only to expand a seed into generator state.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 output function: a bijective 64-bit mixer.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
