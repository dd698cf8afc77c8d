import Testing

@testable import HandPoseDSP

@Suite("WaveletMode")
struct WaveletModeTests {
    @Test("names parse in PyWavelets' spelling; unknown names throw listing the modes")
    func names() throws {
        for mode in WaveletMode.allCases { #expect(try WaveletMode(name: mode.rawValue) == mode) }
        #expect(try WaveletMode(name: "Symmetric") == .symmetric)
        do {
            _ = try WaveletMode(name: "smooth")
            Issue.record("smooth was accepted")
        } catch let error as FilterConfigurationError {
            #expect(error.parameter == "mode")
            #expect(error.message.contains("symmetric, periodization, zero, constant"))
        }
    }

    @Test("coefficient counts: ⌊(n + F − 1)/2⌋, periodization ⌈n/2⌉ (pywt.dwt_coeff_len)")
    func counts() {
        #expect(WaveletMode.symmetric.coefficientCount(signalLength: 256, filterLength: 8) == 131)
        #expect(WaveletMode.zero.coefficientCount(signalLength: 5, filterLength: 30) == 17)
        #expect(WaveletMode.constant.coefficientCount(signalLength: 1, filterLength: 2) == 1)
        #expect(WaveletMode.periodization.coefficientCount(signalLength: 7, filterLength: 8) == 4)
        #expect(WaveletMode.periodization.coefficientCount(signalLength: 8, filterLength: 8) == 4)
    }

    @Test("the extensions of a b c d as documented, with repeats for short signals")
    func extensions() {
        func extended(_ mode: WaveletMode, _ x: [Double], padding: Int) -> [Double] {
            var buffer = [Double](repeating: .nan, count: x.count + 1 + 2 * padding)
            return buffer.withUnsafeMutableBufferPointer { buffer in
                let core = buffer.baseAddress! + padding
                for (i, v) in x.enumerated() { core[i] = v }
                let n = WaveletKernel.extend(core, count: x.count, padding: padding, mode: mode)
                return Array(buffer[0..<(n + 2 * padding)])
            }
        }
        let x: [Double] = [1, 2, 3, 4]
        #expect(extended(.symmetric, x, padding: 3) == [3, 2, 1, 1, 2, 3, 4, 4, 3, 2])
        #expect(extended(.zero, x, padding: 2) == [0, 0, 1, 2, 3, 4, 0, 0])
        #expect(extended(.constant, x, padding: 2) == [1, 1, 1, 2, 3, 4, 4, 4])
        #expect(extended(.periodization, x, padding: 2) == [3, 4, 1, 2, 3, 4, 1, 2])
        #expect(extended(.periodization, [1, 2, 3], padding: 2) == [3, 3, 1, 2, 3, 3, 1, 2])
        #expect(extended(.symmetric, [1, 2], padding: 5) == [1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2])
    }
}
