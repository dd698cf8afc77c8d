import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("SPARC")
struct SPARCTests {
    static var cases: [[String: Any]] { (Golden.document["sparc"] as? [String: Any])?["cases"] as? [[String: Any]] ?? [] }
    static var caseNames: [String] { cases.compactMap { $0["name"] as? String } }

    @Test("golden cases of the authors' algorithm to 1e-9", arguments: caseNames)
    func golden(name: String) throws {
        let golden = try #require(Self.cases.first { $0["name"] as? String == name })
        let parameters = golden["params"] as? [String: Any] ?? [:]
        let speed = Golden.doubles(golden["speed"])
        let result = try #require(
            SPARC.analyze(
                speed: speed, sampleRate: Golden.double(golden["fs"]),
                padLevel: (parameters["padlevel"] as? NSNumber)?.intValue ?? 4,
                cutoffHz: parameters["fc"].map(Golden.double) ?? 10,
                amplitudeThreshold: parameters["amp_th"].map(Golden.double) ?? 0.05))
        let expected = Golden.double(golden["sparc"])
        #expect(abs(result.value - expected) <= 1e-9, "\(name): \(result.value) vs \(expected)")
        #expect(result.fftLength == (golden["nfft"] as? NSNumber)?.intValue)
        #expect(result.selectedBinCount == (golden["n_selected"] as? NSNumber)?.intValue)
        #expect(result.firstFrequencyHz == Golden.double(golden["f_sel_first"]))
        #expect(abs(result.lastFrequencyHz - Golden.double(golden["f_sel_last"])) <= 1e-12)
    }

    @Test("doctest: exp(-5 t²) at 100 Hz is -1.41403")
    func doctest() {
        let speed = (0..<200).map { index -> Double in
            let t = -1 + Double(index) * 0.01
            return exp(-5 * t * t)
        }
        let value = SPARC.compute(speed: speed, sampleRate: 100)
        #expect((value * 1e5).rounded() / 1e5 == -1.41403)
    }

    @Test("FFT length doubles past each power of two", arguments: [(256, 4, 4096), (257, 4, 8192), (1, 4, 16), (31, 4, 512), (150, 6, 16384)])
    func fftLength(count: Int, padLevel: Int, expected: Int) {
        #expect(SPARC.fftLength(sampleCount: count, padLevel: padLevel) == expected)
    }

    @Test("scale invariant: multiplying the speed changes nothing")
    func scaleInvariant() {
        let speed = Golden.doubles(Self.cases[1]["speed"])
        let base = SPARC.compute(speed: speed, sampleRate: 30)
        let scaled = SPARC.compute(speed: speed.map { $0 * 1234.5 }, sampleRate: 30)
        #expect(abs(base - scaled) < 1e-12)
    }

    @Test("two submovements are less smooth than one")
    func submovements() {
        let one = SPARC.compute(speed: Golden.doubles(Self.cases[5]["speed"]), sampleRate: 100)
        let two = SPARC.compute(speed: Golden.doubles(Self.cases[7]["speed"]), sampleRate: 100)
        #expect(two < one)
    }

    @Test("empty, zero and non-finite speeds have no value")
    func degenerate() {
        #expect(SPARC.compute(speed: [], sampleRate: 30).isNaN)
        #expect(SPARC.compute(speed: [0, 0, 0, 0], sampleRate: 30).isNaN)
        #expect(SPARC.compute(speed: [0, 1, .nan, 1, 0], sampleRate: 30).isNaN)
        #expect(SPARC.analyze(speed: [], sampleRate: 30) == nil)
    }

    @Test("a cut-off above Nyquist uses the mirrored bins like the reference's full FFT")
    func cutoffAboveNyquist() throws {
        // fs = 15 Hz: fc = 10 Hz is above Nyquist 7.5 Hz; with threshold 0 every bin up to 10 Hz counts.
        let speed = (0..<16).map { sin(Double($0) / 15 * .pi) }
        let result = try #require(SPARC.analyze(speed: speed, sampleRate: 15, padLevel: 0, cutoffHz: 10, amplitudeThreshold: 0))
        #expect(result.fftLength == 16)
        #expect(result.selectedBinCount == 11)  // k = 0 … 10, f_10 = 9.375 Hz
    }

    @Test("parameters are validated", arguments: [(-1, 10.0, 0.05, "padlevel"), (4, 0.0, 0.05, "fc"), (4, .nan, 0.05, "fc"), (4, 10.0, 1.0, "amp-threshold"), (4, 10.0, -0.1, "amp-threshold")])
    func validation(padLevel: Int, cutoff: Double, threshold: Double, parameter: String) {
        #expect(throws: SmoothnessConfigurationError.self) {
            try SPARC.Parameters(padLevel: padLevel, cutoffHz: cutoff, amplitudeThreshold: threshold)
        }
        do {
            _ = try SPARC.Parameters(padLevel: padLevel, cutoffHz: cutoff, amplitudeThreshold: threshold)
        } catch {
            #expect(error.parameter == parameter)
        }
        #expect(SPARC.Parameters.standard == (try? SPARC.Parameters()))
    }
}
