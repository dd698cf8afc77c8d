/// Standard normal deviates by the ziggurat method: Marsaglia & Tsang, "The Ziggurat Method for
/// Generating Random Variables", *J Stat Softw* 5(8), 2000 (doi:10.18637/jss.v005.i08), in
/// Doornik's form ("An Improved Ziggurat Method to Generate Normal Random Samples", 2005), which
/// takes the block index and the uniform from separate bits so the two are independent.
///
/// The density `f(x) = exp(−x²/2)` is covered by 256 blocks of equal area `V`: a base block (the
/// rectangle `[0, x₁] × [0, f(R)]` plus the tail beyond `R = x₁`) and 127 rectangles
/// `[0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)]`. One 64-bit draw gives the block `i` (low 8 bits) and
/// `u ∈ [−1, 1)` (top 53 bits):
///
///     |u| < xᵢ₊₁/xᵢ          →  u·xᵢ                        (inside the block: 98.5 % of draws)
///     i = 0                  →  the tail beyond R (Marsaglia's method: x = −ln U₁/R,
///                                y = −ln U₂ until 2y > x²; R + x with u's sign)
///     otherwise x = u·xᵢ     →  accept x if f(xᵢ) + U·(f(xᵢ₊₁) − f(xᵢ)) < f(x), else draw again
///
/// About 1.02 64-bit draws and no logarithm per deviate, against 2.5 draws, a logarithm, a square
/// root and a division per pair for the polar method (``SeededGenerator/nextGaussian()``), which
/// is what makes it worth having for the particle filter's millions of draws. Tables and the rare
/// exponentials and logarithms use ``DeterministicMath``, so the deviates are bit-identical on
/// every platform.
public enum ZigguratNormal {
    /// `R`, the start of the tail, and `V = R·f(R) + ∫_R^∞ f`, the area of each block, for 256
    /// blocks (256 rather than Doornik's 128: half as many draws take the slow path, 1.5 % against
    /// 2.8 %, for a 4 KiB table).
    static let tailStart = 3.654_152_885_361_008_8
    static let blockArea = 4.928_673_233_974_658e-3

    /// `f(xᵢ)`, i = 0 … 256, for the wedge test (one exponential per test instead of two).
    static let density: [Double] = table.map { DeterministicMath.exp(-0.5 * $0.x * $0.x) }

    /// `xᵢ`, i = 0 … 256 (`x₀ = V/f(R)`, the base block's equivalent width; `x₂₅₆ = 0`), and the
    /// ratios `xᵢ₊₁/xᵢ`, interleaved as `(x, ratio)` pairs so one block's pair shares a cache line.
    static let table: [SIMD2<Double>] = {
        var x = [Double](repeating: 0, count: 257)
        var f = DeterministicMath.exp(-0.5 * tailStart * tailStart)
        x[0] = blockArea / f
        x[1] = tailStart
        for i in 2..<256 {
            x[i] = (-2 * DeterministicMath.log(blockArea / x[i - 1] + f)).squareRoot()
            f = DeterministicMath.exp(-0.5 * x[i] * x[i])
        }
        return (0..<257).map { i in SIMD2(x[i], i < 256 ? x[i + 1] / x[i] : 0) }
    }()

    /// The next standard normal deviate from `generator`'s 64-bit outputs.
    @inline(__always)
    public static func next(using generator: inout SeededGenerator) -> Double {
        table.withUnsafeBufferPointer { next(using: &generator, table: $0.baseAddress!) }
    }

    /// Fills `buffer` with standard normal deviates: the values of `buffer.count` calls of
    /// ``next(using:)``, in order.
    public static func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout SeededGenerator) {
        table.withUnsafeBufferPointer { blocks in
            let table = blocks.baseAddress!
            for i in buffer.indices { buffer[i] = next(using: &generator, table: table) }
        }
    }

    @inline(__always)
    private static func next(using generator: inout SeededGenerator, table: UnsafePointer<SIMD2<Double>>) -> Double {
        while true {
            let bits = generator.next()
            let u = Double(bits >> 11) * 0x1p-52 - 1
            let block = Int(bits & 0xFF)
            let entry = table[block]
            if abs(u) < entry.y { return u * entry.x }
            if let deviate = slowPath(u: u, block: block, using: &generator, table: table) { return deviate }
        }
    }

    /// The tail and wedge cases (1.5 % of draws), out of line to keep the fast path small.
    @inline(never)
    private static func slowPath(
        u: Double, block: Int, using generator: inout SeededGenerator, table: UnsafePointer<SIMD2<Double>>
    ) -> Double? {
        if block == 0 {
            while true {
                let x = -DeterministicMath.log(1 - generator.nextUniform()) / tailStart
                let y = -DeterministicMath.log(1 - generator.nextUniform())
                if 2 * y >= x * x { return u < 0 ? -(tailStart + x) : tailStart + x }
            }
        }
        let x = u * table[block].x
        let fOuter = density[block], fInner = density[block + 1]
        return fOuter + generator.nextUniform() * (fInner - fOuter) < DeterministicMath.exp(-0.5 * x * x) ? x : nil
    }
}
