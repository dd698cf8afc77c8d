import HandPoseTestSupport
import Foundation
import HandPoseCore
import Testing

@testable import HandPoseDSP

@Suite("WaveletDenoiser")
struct WaveletDenoiserTests {
    static let seed: UInt64 = 0xDE_0015E

    @Test("a constant comes back unchanged: its details are zero, so σ = λ = 0", arguments: WaveletThreshold.allCases)
    func constantUnchanged(rule: WaveletThreshold) throws {
        let denoiser = try WaveletDenoiser(wavelet: Wavelet(name: "db4"), threshold: rule)
        let x = [Double](repeating: 0.75, count: 100)
        expectClose(denoiser.apply(x), x, "constant")
    }

    /// Haar (db1) is left out: at its full depth (9 levels on 512 samples) soft VisuShrink leaves a
    /// staircase whose bias exceeds the noise, in PyWavelets too (squared error 1.44 vs 1.31).
    @Test("denoising halves the squared error of a noisy sine", arguments: Wavelet.all.filter { $0.filterLength >= 4 })
    func reducesNoise(wavelet: Wavelet) throws {
        var generator = SeededGenerator(seed: Self.seed)
        let n = 512
        let clean: [Double] = (0..<n).map { (k: Int) -> Double in
            let phase = 4 * Double.pi * Double(k) / Double(n)
            return 0.5 * sin(phase)
        }
        let noisy: [Double] = clean.map { $0 + 0.05 * generator.nextGaussian() }
        let denoised = try WaveletDenoiser(wavelet: wavelet).apply(noisy)
        func error(_ y: [Double]) -> Double {
            var sum = 0.0
            for k in 0..<n { sum += (y[k] - clean[k]) * (y[k] - clean[k]) }
            return sum
        }
        #expect(error(denoised) < 0.5 * error(noisy), "\(wavelet) seed \(Self.seed)")
    }

    @Test("golden.json: db4 symmetric level 4 on N = 256, soft and hard, to 1e-10")
    func goldenBlock() throws {
        let block = Golden.object("wavelet")
        let x = Golden.input("x_c")
        for rule in WaveletThreshold.allCases {
            let denoiser = try WaveletDenoiser(wavelet: Wavelet(name: "db4"), mode: .symmetric, level: 4, threshold: rule)
            expectClose(denoiser.apply(x), Golden.doubles(block["denoised_\(rule)"]), "\(rule)")
        }
    }

    @Test("wavelet.json: the denoised signal matches PyWavelets for every case long enough", arguments: WaveletGolden.cases)
    func goldenCases(reference: WaveletGolden.Case) throws {
        let wavelet = try Wavelet(name: reference.wavelet)
        let mode = try WaveletMode(name: reference.mode)
        var expected = [(WaveletThreshold.soft, reference.denoised_soft)]
        if let hard = reference.denoised_hard { expected.append((.hard, hard)) }
        for (rule, denoised) in expected {
            let denoiser = try WaveletDenoiser(wavelet: wavelet, mode: mode, level: reference.level, threshold: rule)
            if reference.n >= denoiser.minimumLength {
                expectClose(denoiser.apply(reference.signal), denoised, "\(reference.testDescription) \(rule)")
                // nil level = the maximum level, which these cases use whenever it is ≥ 1.
                let byDefault = try WaveletDenoiser(wavelet: wavelet, mode: mode, threshold: rule)
                #expect(byDefault.level(forLength: reference.n) == reference.level)
                expectClose(byDefault.apply(reference.signal), denoised, "\(reference.testDescription) \(rule) default level")
            } else {
                // Shorter than a denoiser run: the same steps through the transform API.
                let bands = WaveletTransform.decompose(reference.signal, wavelet: wavelet, mode: mode, level: reference.level)
                let sigma = WaveletShrinkage.noiseSigma(finestDetail: bands.last!)
                let lambda = WaveletShrinkage.universalThreshold(sigma: sigma, signalLength: reference.n)
                let shrunk = [bands[0]] + bands.dropFirst().map { $0.map { rule.apply($0, threshold: lambda) } }
                let y = WaveletTransform.reconstruct(shrunk, wavelet: wavelet, mode: mode)
                expectClose(Array(y.prefix(reference.n)), denoised, "\(reference.testDescription) \(rule) via transform")
            }
        }
    }

    @Test("the level is capped at the run's maximum level and defaults to it")
    func levels() throws {
        let db4 = try Wavelet(name: "db4")
        let deep = try WaveletDenoiser(wavelet: db4, level: 9)
        #expect(deep.level(forLength: 14) == 1)
        #expect(deep.level(forLength: 256) == 5)
        #expect(deep.level(forLength: 100_000) == 9)
        let automatic = try WaveletDenoiser(wavelet: db4)
        #expect(automatic.level(forLength: 14) == 1)
        #expect(automatic.level(forLength: 27) == 1)
        #expect(automatic.level(forLength: 28) == 2)
        #expect(automatic.level(forLength: 1 << 20) == 17)
        // A capped level gives exactly the maximum-level result.
        var generator = SeededGenerator(seed: Self.seed, stream: 1)
        let x = (0..<60).map { _ in generator.nextGaussian() }
        #expect(deep.apply(x) == automatic.apply(x))
    }

    @Test("minimumLength is 2(F − 1), the shortest run with maximum level ≥ 1", arguments: Wavelet.all)
    func minimumLength(wavelet: Wavelet) throws {
        let denoiser = try WaveletDenoiser(wavelet: wavelet)
        let f = wavelet.filterLength
        #expect(denoiser.minimumLength == 2 * (f - 1))
        #expect(WaveletTransform.maximumLevel(signalLength: denoiser.minimumLength, filterLength: f) == 1)
        #expect(WaveletTransform.maximumLevel(signalLength: denoiser.minimumLength - 1, filterLength: f) == 0)
        // Every mode handles the shortest run and one sample more.
        var generator = SeededGenerator(seed: Self.seed, stream: 2)
        for mode in WaveletMode.allCases {
            for n in [denoiser.minimumLength, denoiser.minimumLength + 1] {
                let x = (0..<n).map { _ in generator.nextGaussian() }
                let y = try WaveletDenoiser(wavelet: wavelet, mode: mode).apply(x)
                #expect(y.count == n && y.allSatisfy(\.isFinite), "\(wavelet) \(mode) n=\(n)")
            }
        }
    }

    @Test("the unsafe-buffer form equals the array form and leaves the input alone")
    func bufferForm() throws {
        let denoiser = try WaveletDenoiser(wavelet: "sym8", mode: "periodization", level: 3, threshold: "hard")
        var generator = SeededGenerator(seed: Self.seed, stream: 3)
        let x = (0..<301).map { _ in generator.nextGaussian() }
        let copy = x
        var output = [Double](repeating: .nan, count: x.count)
        x.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { denoiser.apply(input, into: $0) }
        }
        #expect(output == denoiser.apply(x))
        #expect(x == copy)
    }

    @Test("configuration: bad level, unknown names")
    func configuration() throws {
        let db4 = try Wavelet(name: "db4")
        for level in [0, -1] {
            do {
                _ = try WaveletDenoiser(wavelet: db4, level: level)
                Issue.record("level \(level) was accepted")
            } catch let error as FilterConfigurationError {
                #expect(error.parameter == "level")
                #expect(error.message.contains("\(level)"))
            }
        }
        #expect(throws: FilterConfigurationError.self) { try WaveletDenoiser(wavelet: "db42") }
        #expect(throws: FilterConfigurationError.self) { try WaveletDenoiser(wavelet: "db4", mode: "reflect") }
        #expect(throws: FilterConfigurationError.self) { try WaveletDenoiser(wavelet: "db4", threshold: "medium") }
    }

    @Test("identity and parameters name everything that shapes the output")
    func identity() throws {
        let denoiser = try WaveletDenoiser(wavelet: "coif3", mode: "zero", level: 2, threshold: "hard")
        #expect(denoiser.algorithmID == "wavelet-visushrink/1")
        #expect(denoiser.parameters["wavelet"] == "coif3")
        #expect(denoiser.parameters["mode"] == "zero")
        #expect(denoiser.parameters["level"] == "2")
        #expect(denoiser.parameters["threshold"] == "hard")
        #expect(try WaveletDenoiser(wavelet: "db4").parameters["level"] == "max")
        let filter: any ChannelFilter = denoiser as WaveletFilter
        #expect(filter.minimumLength == 34)
    }
}
