/// FNV-1a, 64-bit: a small, stable, non-cryptographic hash used for migration checksums.
///
/// hash₀ = 0xcbf29ce484222325; for each byte b: hash = (hash XOR b) × 0x100000001b3 (mod 2⁶⁴).
/// Enough to detect an edited migration (accidental change), not to resist a deliberate collision;
/// chosen so the store needs no crypto dependency. Reference: Fowler, Noll, Vo,
/// http://www.isthe.com/chongo/tech/comp/fnv/ (test vectors: "" → cbf29ce484222325,
/// "a" → af63dc4c8601ec8c).
enum FNV1a64 {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes`, continuing from `seed`.
    static func hash<S: Sequence<UInt8>>(_ bytes: S, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// `value` as 16 lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
