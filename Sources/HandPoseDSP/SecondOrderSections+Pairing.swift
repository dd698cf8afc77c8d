extension SecondOrderSections {
    /// Groups the zeros and poles of a digital filter into second-order sections exactly as scipy's
    /// `zpk2sos(z, p, k, pairing='nearest')`, so that the coefficients themselves match scipy:
    ///
    /// 1. Pad with roots at the origin until there are as many zeros as poles, and to an even count.
    /// 2. Keep one member of each conjugate pair (``conjugatePairs(_:)``).
    /// 3. Fill sections from the last to the first: take the remaining pole closest to the unit
    ///    circle (`argmin |1 − |p||`, first on ties); a complex pole takes its conjugate, a real pole
    ///    the next real pole closest to the circle; pair it with the nearest zero (a complex zero with
    ///    its conjugate, a real zero with the next nearest real zero), with scipy's two special cases
    ///    (a last lone real pole; a complex pole that must take a complex zero so one real pole and
    ///    one real zero remain together).
    /// 4. Multiply the first section's numerator by the gain `k`.
    ///
    /// The sections nearest the unit circle therefore come last, which limits internal gain.
    /// O(n²) in the number of roots.
    init(zeros inputZeros: [ButterworthComplex], poles inputPoles: [ButterworthComplex], gain: Double) {
        if inputZeros.isEmpty && inputPoles.isEmpty {
            self.init(normalizedCoefficients: [gain, 0, 0, 1, 0, 0])
            return
        }
        var zeros = inputZeros, poles = inputPoles
        if zeros.count < poles.count { zeros += Array(repeating: ButterworthComplex(0), count: poles.count - zeros.count) }
        if poles.count < zeros.count { poles += Array(repeating: ButterworthComplex(0), count: zeros.count - poles.count) }
        let sectionCount = (poles.count + 1) / 2
        if poles.count % 2 == 1 {
            poles.append(ButterworthComplex(0))
            zeros.append(ButterworthComplex(0))
        }
        zeros = Self.conjugatePairs(zeros)
        poles = Self.conjugatePairs(poles)

        func worstIndex(_ candidates: [ButterworthComplex], among indices: [Int]) -> Int {
            var best = indices[0], bestDistance = abs(1 - candidates[indices[0]].magnitude)
            for index in indices.dropFirst() {
                let distance = abs(1 - candidates[index].magnitude)
                if distance < bestDistance { best = index; bestDistance = distance }
            }
            return best
        }
        enum Kind { case real, complex, any }
        func nearestIndex(_ candidates: [ButterworthComplex], to target: ButterworthComplex, _ kind: Kind) -> Int {
            var best = -1, bestDistance = Double.infinity
            for (index, candidate) in candidates.enumerated() {
                switch kind {
                case .real where !candidate.isReal, .complex where candidate.isReal: continue
                default: break
                }
                let distance = (candidate - target).magnitude
                if best < 0 || distance < bestDistance { best = index; bestDistance = distance }
            }
            precondition(best >= 0, "zpk2sos pairing found no \(kind) zero")
            return best
        }

        var sections = [Double](repeating: 0, count: 6 * sectionCount)
        func store(_ section: Int, zeros sectionZeros: [ButterworthComplex], poles sectionPoles: [ButterworthComplex]) {
            let b = ButterworthZeroPoleGain.polynomial(sectionZeros)
            let a = ButterworthZeroPoleGain.polynomial(sectionPoles)
            for (offset, value) in b.enumerated() { sections[6 * section + 3 - b.count + offset] = value }
            for (offset, value) in a.enumerated() { sections[6 * section + 6 - a.count + offset] = value }
        }

        for section in stride(from: sectionCount - 1, through: 0, by: -1) {
            let p1 = poles.remove(at: worstIndex(poles, among: Array(poles.indices)))
            let realPolesLeft = poles.count(where: \.isReal)
            if p1.isReal && realPolesLeft == 0 {
                // Special case 1: the last remaining real pole.
                let z1 = zeros.remove(at: nearestIndex(zeros, to: p1, .real))
                store(section, zeros: [z1, ButterworthComplex(0)], poles: [p1, ButterworthComplex(0)])
            } else if poles.count + 1 == zeros.count && !p1.isReal && realPolesLeft == 1 && zeros.count(where: \.isReal) == 1 {
                // Special case 2: one real pole and one real zero must end up together.
                let z1 = zeros.remove(at: nearestIndex(zeros, to: p1, .complex))
                store(section, zeros: [z1, z1.conjugate], poles: [p1, p1.conjugate])
            } else {
                let p2: ButterworthComplex
                if p1.isReal {
                    let realIndices = poles.indices.filter { poles[$0].isReal }
                    p2 = poles.remove(at: worstIndex(poles, among: realIndices))
                } else {
                    p2 = p1.conjugate
                }
                if zeros.isEmpty {
                    store(section, zeros: [], poles: [p1, p2])
                } else {
                    let z1 = zeros.remove(at: nearestIndex(zeros, to: p1, .any))
                    if !z1.isReal {
                        store(section, zeros: [z1, z1.conjugate], poles: [p1, p2])
                    } else if !zeros.isEmpty {
                        let z2 = zeros.remove(at: nearestIndex(zeros, to: p1, .real))
                        store(section, zeros: [z1, z2], poles: [p1, p2])
                    } else {
                        store(section, zeros: [z1], poles: [p1, p2])
                    }
                }
            }
        }
        precondition(poles.isEmpty && zeros.isEmpty, "zpk2sos left \(poles.count) poles and \(zeros.count) zeros unpaired")
        for index in 0..<3 { sections[index] *= gain }
        self.init(normalizedCoefficients: sections)
    }

    /// Conjugate pairs collapsed to their member with positive imaginary part, followed by the real
    /// roots (scipy `_cplxreal` with tolerance `100·ε`):
    ///
    /// - sort by real part, then by |imaginary part| (stable);
    /// - a root is real when `|Im z| ≤ 100ε·|z|` (its imaginary part is then dropped);
    /// - the positive and negative halves are matched in order after sorting runs of equal real
    ///   part by |imaginary part|, and each pair is averaged: `((z₊ + conj z₋) / 2)`.
    ///
    /// Complex pairs come first (by real part), then the real roots (ascending).
    static func conjugatePairs(_ roots: [ButterworthComplex]) -> [ButterworthComplex] {
        if roots.isEmpty { return [] }
        let tolerance = 100 * Double.ulpOfOne
        let sorted = roots.indices.sorted { i, j in
            let a = roots[i], b = roots[j]
            if a.re != b.re { return a.re < b.re }
            if abs(a.im) != abs(b.im) { return abs(a.im) < abs(b.im) }
            return i < j
        }.map { roots[$0] }
        var reals: [ButterworthComplex] = []
        var positive: [ButterworthComplex] = [], negative: [ButterworthComplex] = []
        for root in sorted {
            if abs(root.im) <= tolerance * root.magnitude {
                reals.append(ButterworthComplex(root.re, 0))
            } else if root.im > 0 {
                positive.append(root)
            } else {
                negative.append(root)
            }
        }
        if positive.isEmpty && negative.isEmpty { return reals }
        precondition(positive.count == negative.count, "complex roots without matching conjugates: \(roots)")
        // Runs of (nearly) equal real part, each sorted by |imaginary part|.
        var start = 0
        while start < positive.count {
            var stop = start
            while stop + 1 < positive.count && positive[stop + 1].re - positive[stop].re <= tolerance * positive[stop].magnitude {
                stop += 1
            }
            if stop > start {
                for run in [start...stop] {
                    positive[run] = ArraySlice(Self.stableSortedByImaginaryMagnitude(Array(positive[run])))
                    negative[run] = ArraySlice(Self.stableSortedByImaginaryMagnitude(Array(negative[run])))
                }
            }
            start = stop + 1
        }
        let half = ButterworthComplex(2)
        let pairs = zip(positive, negative).map { ($0 + $1.conjugate) / half }
        return pairs + reals
    }

    private static func stableSortedByImaginaryMagnitude(_ values: [ButterworthComplex]) -> [ButterworthComplex] {
        values.indices.sorted { i, j in
            abs(values[i].im) != abs(values[j].im) ? abs(values[i].im) < abs(values[j].im) : i < j
        }.map { values[$0] }
    }
}
