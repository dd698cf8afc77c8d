import HandPoseTestSupport
import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("SystematicResampling")
struct SystematicResamplingTests {
    @Test("each index appears floor or ceil of N·wᵢ times, indices sorted and in range", arguments: [UInt64(1), 2, 3, 4])
    func counts(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let n = 37
        let raw = (0..<n).map { _ in generator.nextUniform() + 0.01 }
        let total = raw.reduce(0, +)
        let weights = raw.map { $0 / total }
        let indices = SystematicResampling.indices(weights: weights, offset: generator.nextUniform())
        #expect(indices.count == n)
        #expect(zip(indices, indices.dropFirst()).allSatisfy { $0 <= $1 }, "seed \(seed)")
        #expect(indices.allSatisfy { (0..<n).contains($0) }, "seed \(seed)")
        for j in 0..<n {
            let copies = indices.filter { $0 == j }.count
            let expected = Double(n) * weights[j]
            #expect(Double(copies) >= expected.rounded(.down) - 1 && Double(copies) <= expected.rounded(.up) + 1, "seed \(seed), index \(j)")
        }
    }

    @Test("a cumulative sum that falls short of 1 stays in range (the clamp)")
    func clamp() {
        // Sums to 1 − 3e-16: filterpy's loop would run past the end for positions above the sum.
        let weights = [0.3, 0.3, 0.4 - 3e-16]
        #expect(SystematicResampling.indices(weights: weights, offset: 0.9999999999999999) == [1, 2, 2])
        #expect(SystematicResampling.indices(weights: [0.0, 0.0, 1e-300], offset: 0.5) == [2, 2, 2])
    }

    @Test("matches filterpy systematic_resample (golden systematic_resample_demo)")
    func golden() {
        let demo = Golden.object("particle_filter_cv", "systematic_resample_demo")
        let weights = Golden.doubles(demo["weights"])
        for case let item as [String: Any] in demo["cases"] as! [Any] {
            let u = Golden.double(item["u"])
            #expect(SystematicResampling.indices(weights: weights, offset: u) == Golden.doubles(item["indexes"]).map { Int($0) }, "u \(u)")
        }
    }

    /// The merge the kernel replaced: for each position, advance through the cumulative weights.
    static func mergeReference(_ weights: [Double], offset u: Double) -> [Int] {
        let n = weights.count
        var j = 0
        var cumulative = weights[0]
        return (0..<n).map { i in
            let position = (u + Double(i)) / Double(n)
            while j < n - 1 && !(cumulative > position) {
                j += 1
                cumulative = j == n - 1 ? 1 : cumulative + weights[j]
            }
            return j
        }
    }

    @Test("the branch-free kernel equals the plain merge exactly, ties and zero weights included")
    func equalsMerge() {
        var generator = SeededGenerator(seed: 99)
        for trial in 0..<3000 {
            let n = 1 + Int(generator.next() % 64)
            var weights = (0..<n).map { _ in generator.nextUniform() < 0.3 ? 0 : generator.nextUniform() }
            if trial % 5 == 0 { weights = [Double](repeating: 1, count: n) }  // positions land on cumulative sums
            let total = weights.reduce(0, +)
            weights = total > 0 ? weights.map { $0 / total } : [Double](repeating: 1 / Double(n), count: n)
            let u = trial % 7 == 0 ? 0 : generator.nextUniform()
            #expect(SystematicResampling.indices(weights: weights, offset: u) == Self.mergeReference(weights, offset: u), "n \(n) u \(u)")
        }
    }
}
