import Foundation
import HandPoseDSP
import Testing
@testable import HandPoseAnalysis

@Suite("ProtocolFilterPreset")
struct ProtocolFilterPresetTests {
    typealias P = ProtocolFilterPreset.Parameters

    static let valid: [ProtocolFilterPreset] = [
        .init(method: .butterworth),
        .init(method: .butterworth, parameters: P(order: 4, band: .init(lowHz: 3, highHz: 12), type: .bandpass, causal: true)),
        .init(method: .savgol, parameters: P(window: 9, polyorder: 3, deriv: 1, mode: "mirror")),
        .init(method: .movingAverage, parameters: P(window: 4, alignment: "trailing")),
        .init(method: .exponential, parameters: P(causal: false, alpha: 1)),
        .init(method: .fft, parameters: P(cutoff: 10, taper: 1)),
        .init(method: .wavelet, parameters: P(mode: "periodization", wavelet: "sym8", level: 3, threshold: "hard")),
        .init(method: .kalman, parameters: P(processNoise: 1e6, measurementNoise: 1, model: "ca", noSmooth: true)),
        .init(method: .ukf, parameters: P(alpha: 0.1, beta: 2, kappa: 0, model: "cv")),
        .init(method: .particle, parameters: P(particles: 200, seed: 7)),
        .init(method: .particle, parameters: P(processNoise: 1.6e7, model: "dwna", particles: 200)),
        .init(method: .particle, parameters: P(model: "cv")),
    ]

    @Test("every method with its own parameters is valid", arguments: valid)
    func validPresets(_ preset: ProtocolFilterPreset) throws {
        try preset.validate(field: "filterPreset")
        let data = try JSONEncoder().encode(preset)
        #expect(try JSONDecoder().decode(ProtocolFilterPreset.self, from: data) == preset)
    }

    static let invalid: [(ProtocolFilterPreset, String)] = [
        (.init(method: .savgol, parameters: P(window: 8)), "window"),
        (.init(method: .savgol, parameters: P(window: 3, polyorder: 3)), "window"),
        (.init(method: .savgol, parameters: P(deriv: 3)), "deriv"),
        (.init(method: .savgol, parameters: P(mode: "symmetric")), "mode"),
        (.init(method: .wavelet, parameters: P(mode: "interp")), "mode"),
        (.init(method: .wavelet, parameters: P(wavelet: "db11")), "wavelet"),
        (.init(method: .exponential, parameters: P(alpha: 1.5)), "alpha"),
        (.init(method: .ukf, parameters: P(noSmooth: true)), "noSmooth"),
        (.init(method: .kalman, parameters: P(model: "cj")), "model"),
        (.init(method: .particle, parameters: P(particles: 0)), "particles"),
        (.init(method: .particle, parameters: P(model: "ca")), "model"),
        (.init(method: .kalman, parameters: P(model: "dwna")), "model"),
        (.init(method: .fft, parameters: P(cutoff: 5, type: .bandpass)), "cutoff"),
        (.init(method: .butterworth, parameters: P(cutoff: 5, band: .init(lowHz: 3, highHz: 12))), "cutoff"),
        (.init(method: .butterworth, parameters: P(band: .init(lowHz: 12, highHz: 3))), "band"),
        (.init(method: .movingAverage, parameters: P(window: 0)), "window"),
    ]

    @Test("out-of-range or misplaced parameters name their field", arguments: invalid)
    func invalidPresets(_ preset: ProtocolFilterPreset, parameter: String) throws {
        let error = try #require(throws: AnalysisError.self) { try preset.validate(field: "movements[2].filterPreset", path: "p.json") }
        #expect(error.field == "movements[2].filterPreset.parameters.\(parameter)")
        #expect(error.path == "p.json")
    }

    @Test("particle model: cv (default) is independent diffusion, dwna the white-noise acceleration σa = √q; others are refused by name")
    func particleModel() throws {
        func make(_ model: String?) throws(FilterConfigurationError) -> ParticleFilter {
            let preset = ProtocolFilterPreset(method: .particle, parameters: P(processNoise: 1.6e7, model: model))
            return try preset.makeFilter(sampleRate: 50, millimetresPerUnit: 2) as! ParticleFilter
        }
        // q = 1.6e7 mm²/s⁴ at 2 mm per unit: 4e6 units²/s⁴, σ = 2000 units/s².
        let dwna = try make("dwna")
        #expect(dwna.motionModel == .whiteAcceleration(sigma: 2000))
        #expect(dwna.algorithmID == "particle-filter-dwna-systematic/1")
        let dt = 1.0 / 50
        #expect(try make(nil) == make("cv"))
        #expect(try make(nil).motionModel == .independentDiffusion(position: 2000 * dt * dt / 2, velocity: 2000 * dt))
        #expect(try make(nil).algorithmID == "particle-filter-cv-systematic/2")
        let error = try #require(throws: FilterConfigurationError.self) { try make("ca") }
        #expect(error.parameter == "model" && error.message.contains("\"ca\"") && error.message.contains("dwna"))
        let invalid = try #require(throws: AnalysisError.self) {
            try ProtocolFilterPreset(method: .particle, parameters: P(model: "jerk")).validate(field: "filterPreset")
        }
        #expect(invalid.field == "filterPreset.parameters.model")
        #expect("\(invalid)".contains("cv, dwna"))
    }

    @Test("JSON keys are handpose filter's options in camelCase")
    func keys() throws {
        let preset = ProtocolFilterPreset(method: .kalman, parameters: P(processNoise: 2, noSmooth: true))
        let text = String(decoding: try JSONEncoder().encode(preset), as: UTF8.self)
        #expect(text.contains("\"processNoise\":2"))
        #expect(text.contains("\"noSmooth\":true"))
        #expect(text.contains("\"method\":\"kalman\""))
        #expect(String(decoding: try JSONEncoder().encode(ProtocolFilterPreset.Method.movingAverage), as: UTF8.self) == "\"moving-average\"")
    }
}
