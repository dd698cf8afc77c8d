/// A cascade of second-order (biquad) sections, the numerically robust form of an IIR filter:
///
///     H(z) = Π_s (b0ₛ + b1ₛ·z⁻¹ + b2ₛ·z⁻²) / (1 + a1ₛ·z⁻¹ + a2ₛ·z⁻²)
///
/// Stored contiguously, six coefficients per section in scipy's `sos` row order
/// `[b0, b1, b2, a0, a1, a2]` with `a0 = 1` (rows are normalised by `a0` on construction).
/// Design (``Butterworth``) makes these; ``SOSFilter`` applies them.
public struct SecondOrderSections: Sendable, Hashable, CustomStringConvertible {
    /// Row-major coefficients, `6 · count` values.
    public let coefficients: [Double]

    /// Number of sections.
    public var count: Int { coefficients.count / 6 }

    /// Creates sections from rows `[b0, b1, b2, a0, a1, a2]`, dividing each row by its `a0`.
    ///
    /// - Throws: ``FilterConfigurationError`` (parameter `sos`) when there are no rows, a row
    ///   does not have six values, a coefficient is not finite, or `a0` is zero.
    public init(rows: [[Double]]) throws {
        guard !rows.isEmpty else { throw FilterConfigurationError(parameter: "sos", "second-order sections need at least one section, got none") }
        var flat: [Double] = []
        flat.reserveCapacity(6 * rows.count)
        for (index, row) in rows.enumerated() {
            guard row.count == 6 else {
                throw FilterConfigurationError(parameter: "sos", "section \(index) has \(row.count) coefficients, a second-order section has 6 [b0, b1, b2, a0, a1, a2]")
            }
            guard row.allSatisfy(\.isFinite) else {
                throw FilterConfigurationError(parameter: "sos", "section \(index) has a non-finite coefficient \(row)")
            }
            guard row[3] != 0 else {
                throw FilterConfigurationError(parameter: "sos", "section \(index) has a0 = 0; the leading denominator coefficient must be non-zero")
            }
            let a0 = row[3]
            flat.append(contentsOf: a0 == 1 ? row : row.map { $0 / a0 })
        }
        coefficients = flat
    }

    /// Wraps already-normalised, validated coefficients (design code only).
    init(normalizedCoefficients: [Double]) {
        precondition(normalizedCoefficients.count % 6 == 0 && !normalizedCoefficients.isEmpty, "need 6·k coefficients, got \(normalizedCoefficients.count)")
        coefficients = normalizedCoefficients
    }

    /// The sections as rows `[b0, b1, b2, a0, a1, a2]` (scipy's `sos` array).
    public var rows: [[Double]] {
        (0..<count).map { Array(coefficients[(6 * $0)..<(6 * $0 + 6)]) }
    }

    /// The impulse-response length scipy's `sosfiltfilt` assumes when choosing its default padding:
    /// `2·count + 1 − min(#{b2 = 0}, #{a2 = 0})` (trailing zero taps of first-order sections are
    /// not counted).
    public var tapCount: Int {
        var zeroB2 = 0, zeroA2 = 0
        for section in 0..<count {
            if coefficients[6 * section + 2] == 0 { zeroB2 += 1 }
            if coefficients[6 * section + 5] == 0 { zeroA2 += 1 }
        }
        return 2 * count + 1 - min(zeroB2, zeroA2)
    }

    /// scipy's default `sosfiltfilt` padding length, `3 · tapCount`.
    public var defaultPadLength: Int { 3 * tapCount }

    /// Steady-state initial conditions for a unit step (scipy `sosfilt_zi`), `2 · count` values,
    /// two per section: multiply by the first input sample to start ``SOSFilter`` without a
    /// transient on a constant signal.
    ///
    /// For section `s` with DC input `u` (the product of the DC gains of sections `0 ..< s`) and
    /// DC gain `g = Σb / Σa`, the transposed direct-form II state in equilibrium is
    ///
    ///     z₁ = u · (b2 − a2·g),   z₀ = u · (b1 − a1·g) + z₁
    ///
    /// (the closed form of scipy's `lfilter_zi` linear solve). O(count).
    public var steadyStateInitialConditions: [Double] {
        var state = [Double](repeating: 0, count: 2 * count)
        var scale = 1.0
        for section in 0..<count {
            let base = 6 * section
            let b0 = coefficients[base], b1 = coefficients[base + 1], b2 = coefficients[base + 2]
            let a1 = coefficients[base + 4], a2 = coefficients[base + 5]
            let gain = (b0 + b1 + b2) / (1 + a1 + a2)
            let z1 = b2 - a2 * gain
            let z0 = b1 - a1 * gain + z1
            state[2 * section] = scale * z0
            state[2 * section + 1] = scale * z1
            scale *= gain
        }
        return state
    }

    public var description: String {
        "SecondOrderSections(" + rows.map { "[" + $0.map { "\($0)" }.joined(separator: ", ") + "]" }.joined(separator: ", ") + ")"
    }
}
