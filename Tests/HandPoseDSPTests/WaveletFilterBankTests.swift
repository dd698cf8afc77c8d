import HandPoseTestSupport
import Testing

@testable import HandPoseDSP

@Suite("WaveletFilterBank")
struct WaveletFilterBankTests {
    /// PyWavelets' own symlet constants are orthonormal to about 5e-12 (sym3), the rest to 1e-15.
    static let tolerance = 1e-11

    @Test("the scaling filter is orthonormal: Σh = √2, Σh² = 1, Σh[k]h[k+2m] = 0", arguments: Wavelet.all)
    func orthonormal(wavelet: Wavelet) {
        let h = wavelet.filterBank.reconstructionLowPass
        #expect(abs(h.reduce(0, +) - 2.0.squareRoot()) < Self.tolerance)
        for shift in stride(from: 0, to: h.count, by: 2) {
            var sum = 0.0
            for k in 0..<(h.count - shift) { sum += h[k] * h[k + shift] }
            #expect(abs(sum - (shift == 0 ? 1 : 0)) < Self.tolerance, "shift \(shift): \(sum)")
        }
    }

    @Test("the wavelet filter has zero sum, unit energy and is orthogonal to the scaling filter", arguments: Wavelet.all)
    func highPass(wavelet: Wavelet) {
        let h = wavelet.filterBank.reconstructionLowPass, g = wavelet.filterBank.reconstructionHighPass
        #expect(abs(g.reduce(0, +)) < Self.tolerance)
        #expect(abs(g.reduce(0) { $0 + $1 * $1 } - 1) < Self.tolerance)
        for shift in stride(from: -h.count + 2, to: h.count, by: 2) {
            var sum = 0.0
            for k in 0..<h.count where k + shift >= 0 && k + shift < h.count { sum += h[k] * g[k + shift] }
            #expect(abs(sum) < Self.tolerance, "shift \(shift): \(sum)")
        }
    }

    @Test("QMF relations as PyWavelets defines them", arguments: Wavelet.all)
    func quadratureMirror(wavelet: Wavelet) {
        let bank = wavelet.filterBank
        let f = bank.count
        #expect(bank.decompositionLowPass == bank.reconstructionLowPass.reversed())
        #expect(bank.decompositionHighPass == bank.reconstructionHighPass.reversed())
        for k in 0..<f {
            let sign: Double = k % 2 == 0 ? 1 : -1
            #expect(bank.reconstructionHighPass[k] == sign * bank.reconstructionLowPass[f - 1 - k])
            #expect(bank.decompositionHighPass[k] == -sign * bank.decompositionLowPass[f - 1 - k])
        }
    }

    @Test("all four filters equal PyWavelets' bit for bit", arguments: Wavelet.all)
    func matchesPyWavelets(wavelet: Wavelet) {
        let reference = WaveletGolden.filters(wavelet.name)
        let bank = wavelet.filterBank
        #expect(bank.decompositionLowPass == reference.dec_lo)
        #expect(bank.decompositionHighPass == reference.dec_hi)
        #expect(bank.reconstructionLowPass == reference.rec_lo)
        #expect(bank.reconstructionHighPass == reference.rec_hi)
    }

    @Test("polyphase synthesis filters interleave rec_lo and rec_hi from the top")
    func polyphase() throws {
        let bank = try Wavelet(name: "db2").filterBank
        let low = bank.reconstructionLowPass, high = bank.reconstructionHighPass
        #expect(bank.lowPassEven == [low[2], low[0]])
        #expect(bank.lowPassOdd == [low[3], low[1]])
        #expect(bank.highPassEven == [high[2], high[0]])
        #expect(bank.highPassOdd == [high[3], high[1]])
    }
}
