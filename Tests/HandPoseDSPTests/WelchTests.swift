import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseDSP

@Suite("Welch")
struct WelchTests {
    @Test("Parseval: one rectangular segment integrates to the mean square", arguments: [64, 65, 100])
    func parseval(_ n: Int) throws {
        var generator = SplitMix(seed: UInt64(n))
        let x = (0..<n).map { _ in generator.nextUnit() - 0.3 }
        let fs = 40.0
        let (f, p) = try Welch.powerSpectralDensity(x, sampleRate: fs, segmentLength: n, detrend: .none, window: .rectangular)
        let integral = p.reduce(0, +) * (f[1] - f[0])
        let meanSquare = x.reduce(0) { $0 + $1 * $1 } / Double(n)
        #expect(abs(integral - meanSquare) < 1e-12 * meanSquare, "seed \(n)")
    }

    @Test("a sinusoid peaks at its frequency and its power sums to A²/2")
    func sinusoid() throws {
        let fs = 60.0, frequency = 7.5, amplitude = 0.8
        let x = (0..<1200).map { amplitude * sin(2 * .pi * frequency * Double($0) / fs) }
        let (f, p) = try Welch.powerSpectralDensity(x, sampleRate: fs, segmentLength: 240, scaling: .spectrum)
        let peak = p.indices.max { p[$0] < p[$1] }!
        #expect(f[peak] == frequency)
        // Spectrum scaling reads the power A²/2 of a bin-centred tone at its peak bin.
        #expect(abs(p[peak] - amplitude * amplitude / 2) < 1e-12)
        let (_, density) = try Welch.powerSpectralDensity(x, sampleRate: fs, segmentLength: 240)
        let total = density.reduce(0, +) * fs / 240
        #expect(abs(total - amplitude * amplitude / 2) < 1e-3)
    }

    @Test("matches scipy welch on golden.json", arguments: 0..<4)
    func golden(_ index: Int) throws {
        let welch = Golden.object("welch")
        let fs = Golden.double(welch["fs"])
        let x = Golden.input(welch["input"] as! String)
        let golden = (welch["cases"] as! [[String: Any]])[index]
        let (f, p) = try Self.run(x, fs, golden["kwargs"] as! [String: Any])
        expectClose(f, Golden.doubles(golden["f"]), "case \(index) f")
        expectClose(p, Golden.doubles(golden["pxx"]), "case \(index) pxx \(golden["kwargs"]!)")
    }

    @Test("matches scipy welch on iir.json (linear detrend, odd nfft, clamped segments)", arguments: 0..<5)
    func extraGolden(_ index: Int) throws {
        let golden = IIRGolden.welch[index]
        let x = IIRGolden.input(golden["input"] as! String)
        let (f, p) = try Self.run(x, Golden.double(golden["fs"]), golden["kwargs"] as! [String: Any])
        expectClose(f, Golden.doubles(golden["f"]), "case \(index) f")
        expectClose(p, Golden.doubles(golden["pxx"]), "case \(index) pxx \(golden["kwargs"]!)")
    }

    @Test("invalid parameters throw; an empty signal gives empty arrays")
    func validation() throws {
        let x = [Double](repeating: 1, count: 10)
        #expect(throws: FilterConfigurationError.self) { try Welch.powerSpectralDensity(x, sampleRate: 0, segmentLength: 4) }
        #expect(throws: FilterConfigurationError.self) { try Welch.powerSpectralDensity(x, sampleRate: 30, segmentLength: 0) }
        #expect(throws: FilterConfigurationError.self) { try Welch.powerSpectralDensity(x, sampleRate: 30, segmentLength: 4, overlap: 4) }
        #expect(throws: FilterConfigurationError.self) { try Welch.powerSpectralDensity(x, sampleRate: 30, segmentLength: 4, fftLength: 3) }
        // Clamped to 10 samples, the explicit overlap of 12 no longer fits.
        #expect(throws: FilterConfigurationError.self) { try Welch.powerSpectralDensity(x, sampleRate: 30, segmentLength: 20, overlap: 12) }
        let empty = try Welch.powerSpectralDensity([], sampleRate: 30, segmentLength: 8)
        #expect(empty.frequencies.isEmpty && empty.power.isEmpty)
    }

    static func run(_ x: [Double], _ fs: Double, _ kwargs: [String: Any]) throws -> (frequencies: [Double], power: [Double]) {
        let detrend: Welch.Detrend
        switch kwargs["detrend"] as? String {
        case "False": detrend = .none
        case "linear": detrend = .linear
        default: detrend = .constant
        }
        return try Welch.powerSpectralDensity(
            x, sampleRate: fs, segmentLength: kwargs["nperseg"] as! Int, overlap: kwargs["noverlap"] as? Int,
            fftLength: kwargs["nfft"] as? Int, detrend: detrend,
            scaling: kwargs["scaling"] as? String == "spectrum" ? .spectrum : .density)
    }
}
