import HandPoseTestSupport
import HandPoseCore
import Testing

@testable import HandPoseDSP

@Suite("WaveletShrinkage")
struct WaveletShrinkageTests {
    /// The median by sorting, as numpy.median.
    static func sortedMedian(_ values: [Double]) -> Double {
        let sorted = values.map(abs).sorted()
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    @Test("σ is the median of |d| over Φ⁻¹(0.75), for odd and even counts, ties and zeros")
    func medianProperty() {
        let seed: UInt64 = 0xC0FFEE
        var generator = SeededGenerator(seed: seed)
        for count in [1, 2, 3, 4, 5, 8, 31, 64, 131, 1000] {
            for round in 0..<5 {
                var d = (0..<count).map { _ in generator.nextGaussian() }
                if round == 1 { d = d.map { ($0 * 4).rounded() / 4 } }  // many ties
                if round == 2 { for i in stride(from: 0, to: count, by: 3) { d[i] = 0 } }
                if round == 3 { d = d.sorted() }
                if round == 4 { d = d.sorted(by: >) }
                let expected = Self.sortedMedian(d) / 0.6744897501960817
                #expect(WaveletShrinkage.noiseSigma(finestDetail: d) == expected, "n=\(count) round \(round) seed \(seed)")
            }
        }
    }

    @Test("λ = σ·√(2 ln n)")
    func universalThreshold() {
        #expect(WaveletShrinkage.universalThreshold(sigma: 2, signalLength: 1) == 0)
        #expect(abs(WaveletShrinkage.universalThreshold(sigma: 0.5, signalLength: 256) - 0.5 * (2 * 5.545177444479562).squareRoot()) < 1e-15)
    }

    @Test("golden.json: σ and λ of db4 level 4 on N = 256")
    func goldenBlock() throws {
        let block = Golden.object("wavelet")
        let bands = WaveletTransform.decompose(Golden.input("x_c"), wavelet: try Wavelet(name: "db4"), level: 4)
        let sigma = WaveletShrinkage.noiseSigma(finestDetail: bands[4])
        let lambda = WaveletShrinkage.universalThreshold(sigma: sigma, signalLength: 256)
        #expect(abs(sigma - Golden.double(block["sigma_mad"])) <= 1e-10 * sigma)
        #expect(abs(lambda - Golden.double(block["lambda_universal"])) <= 1e-10 * lambda)
    }

    @Test("wavelet.json: σ and λ of every case", arguments: WaveletGolden.cases)
    func goldenCases(reference: WaveletGolden.Case) {
        let sigma = WaveletShrinkage.noiseSigma(finestDetail: reference.bands.last!)
        #expect(abs(sigma - reference.sigma) <= 1e-12 * max(reference.sigma, 1e-300))
        let lambda = WaveletShrinkage.universalThreshold(sigma: sigma, signalLength: reference.n)
        #expect(abs(lambda - reference.lambda) <= 1e-12 * max(reference.lambda, 1e-300))
    }
}
