import HandPoseTestSupport
import HandPoseCore
import Testing

@testable import HandPoseDSP

@Suite("WaveletTransform")
struct WaveletTransformTests {
    static let seed: UInt64 = 0x5EED_3A7E

    /// Seeded Gaussian noise plus a ramp, so the boundary modes differ.
    static func signal(count: Int, stream: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed, stream: stream)
        return (0..<count).map { 0.3 + 0.01 * Double($0) + generator.nextGaussian() }
    }

    /// Lengths around every interesting size: tiny, odd and even, just below, at and above the
    /// filter length and 2(F − 1), and a multilevel length.
    static func lengths(for wavelet: Wavelet) -> [Int] {
        let f = wavelet.filterLength
        return Array(Set([1, 2, 3, 4, 5, f - 1, f, f + 1, 2 * f - 2, 2 * f - 1, 97, 128].filter { $0 >= 1 })).sorted()
    }

    // MARK: properties

    @Test("perfect reconstruction: reconstruct(decompose(x)) == x for every wavelet, mode and length", arguments: Wavelet.all)
    func perfectReconstruction(wavelet: Wavelet) {
        for mode in WaveletMode.allCases {
            for (index, n) in Self.lengths(for: wavelet).enumerated() {
                let x = Self.signal(count: n, stream: UInt64(index))
                let level = max(1, WaveletTransform.maximumLevel(signalLength: n, filterLength: wavelet.filterLength))
                let bands = WaveletTransform.decompose(x, wavelet: wavelet, mode: mode, level: level)
                let y = WaveletTransform.reconstruct(bands, wavelet: wavelet, mode: mode)
                #expect(y.count == n || y.count == n + 1, "\(wavelet) \(mode) n=\(n): \(y.count) samples")
                expectClose(Array(y.prefix(n)), x, "\(wavelet) \(mode) n=\(n) level \(level) seed \(Self.seed) stream \(index)")
            }
        }
    }

    @Test("periodization is orthogonal: energy is preserved for even lengths", arguments: Wavelet.all)
    func parseval(wavelet: Wavelet) {
        let x = Self.signal(count: 64, stream: 99)
        let bands = WaveletTransform.decompose(x, wavelet: wavelet, mode: .periodization, level: 3)
        let energy = x.reduce(0) { $0 + $1 * $1 }
        let coefficientEnergy = bands.joined().reduce(0) { $0 + $1 * $1 }
        #expect(abs(energy - coefficientEnergy) < 1e-9 * energy, "seed \(Self.seed)")
        #expect(bands.map(\.count) == [8, 8, 16, 32])
    }

    @Test("coefficient counts follow the mode, level by level", arguments: WaveletMode.allCases)
    func coefficientCounts(mode: WaveletMode) throws {
        let wavelet = try Wavelet(name: "db4")
        for n in [1, 7, 8, 13, 100, 257] {
            let bands = WaveletTransform.decompose(Self.signal(count: n, stream: 5), wavelet: wavelet, mode: mode, level: 3)
            var length = n
            var expected = [Int]()
            for _ in 0..<3 {
                length = mode == .periodization ? (length + 1) / 2 : (length + 7) / 2
                expected.insert(length, at: 0)
            }
            #expect(bands.map(\.count) == [expected[0]] + expected, "n=\(n)")
        }
    }

    @Test("a constant signal has no detail under symmetric and constant extension")
    func constantSignal() throws {
        for mode in [WaveletMode.symmetric, .constant] {
            for wavelet in Wavelet.all {
                let bands = WaveletTransform.decompose([Double](repeating: 2.5, count: 40), wavelet: wavelet, mode: mode, level: 2)
                for band in bands.dropFirst() {
                    #expect(band.allSatisfy { abs($0) < 1e-10 }, "\(wavelet) \(mode)")
                }
            }
        }
    }

    @Test("maximumLevel equals pywt.dwt_max_level")
    func maximumLevel() {
        for row in WaveletGolden.maximumLevels {
            #expect(WaveletTransform.maximumLevel(signalLength: row[0], filterLength: row[1]) == row[2], "n=\(row[0]) F=\(row[1])")
        }
        #expect(WaveletTransform.maximumLevel(signalLength: 256, filterLength: 8) == 5)
        #expect(WaveletTransform.maximumLevel(signalLength: 0, filterLength: 8) == 0)
    }

    @Test("level 0 returns the signal; a single band reconstructs to itself")
    func levelZero() throws {
        let wavelet = try Wavelet(name: "db4")
        #expect(WaveletTransform.decompose([1, 2, 3], wavelet: wavelet) == [[1, 2, 3]])
        #expect(WaveletTransform.reconstruct([[1, 2, 3]], wavelet: wavelet) == [1, 2, 3])
    }

    @Test("forward and inverse are one level of decompose and reconstruct")
    func singleLevel() throws {
        let wavelet = try Wavelet(name: "sym5")
        let x = Self.signal(count: 31, stream: 7)
        for mode in WaveletMode.allCases {
            let (a, d) = WaveletTransform.forward(x, wavelet: wavelet, mode: mode)
            let bands = WaveletTransform.decompose(x, wavelet: wavelet, mode: mode, level: 1)
            #expect([a, d] == bands)
            let y = WaveletTransform.inverse(approximation: a, detail: d, wavelet: wavelet, mode: mode)
            #expect(y.count == 32)
            expectClose(Array(y.prefix(31)), x, "\(mode)")
        }
    }

    // MARK: golden

    @Test("wavedec matches PyWavelets to 1e-10", arguments: WaveletGolden.cases)
    func wavedecMatches(reference: WaveletGolden.Case) throws {
        let wavelet = try Wavelet(name: reference.wavelet)
        let mode = try WaveletMode(name: reference.mode)
        let bands = WaveletTransform.decompose(reference.signal, wavelet: wavelet, mode: mode, level: reference.level)
        #expect(bands.map(\.count) == reference.lengths)
        expectClose(Array(bands.joined()), reference.coeffs, "\(reference.testDescription) coefficients")
    }

    @Test("waverec of PyWavelets' shrunk coefficients matches pywt.waverec to 1e-10", arguments: WaveletGolden.cases)
    func waverecMatches(reference: WaveletGolden.Case) throws {
        let wavelet = try Wavelet(name: reference.wavelet)
        let mode = try WaveletMode(name: reference.mode)
        var expected = [(WaveletThreshold.soft, reference.denoised_soft)]
        if let hard = reference.denoised_hard { expected.append((.hard, hard)) }
        for (rule, denoised) in expected {
            // Shrink PyWavelets' own coefficients with its λ, so this checks waverec alone.
            let bands = reference.bands
            let shrunk = [bands[0]] + bands.dropFirst().map { $0.map { rule.apply($0, threshold: reference.lambda) } }
            let y = WaveletTransform.reconstruct(shrunk, wavelet: wavelet, mode: mode)
            expectClose(Array(y.prefix(reference.n)), denoised, "\(reference.testDescription) \(rule)")
        }
    }

    @Test("golden.json: db4 symmetric level 4 on N = 256")
    func goldenBlock() throws {
        let block = Golden.object("wavelet")
        let x = Golden.input("x_c")
        let wavelet = try Wavelet(name: "db4")
        let bands = WaveletTransform.decompose(x, wavelet: wavelet, mode: .symmetric, level: 4)
        #expect(bands.map(\.count) == [22, 22, 38, 69, 131])
        let reference = Golden.rows(block["coeffs"])
        for (index, band) in bands.enumerated() { expectClose(band, reference[index], "band \(index)") }
        let y = WaveletTransform.reconstruct(bands, wavelet: wavelet, mode: .symmetric)
        expectClose(Array(y.prefix(256)), Golden.doubles(block["waverec_no_threshold"]), "waverec")
        #expect(WaveletTransform.maximumLevel(signalLength: 256, filterLength: 8) == Int(Golden.double(block["dwt_max_level_db4_N256"])))
    }
}
