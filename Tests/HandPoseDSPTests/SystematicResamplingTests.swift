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
}
