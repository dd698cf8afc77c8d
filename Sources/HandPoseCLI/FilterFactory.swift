import ArgumentParser
import HandPoseAnalysis

/// Turns `handpose filter` options into the ``ProtocolFilterPreset`` that protocols use too, so a
/// method and its parameters become a filter in exactly one place.
enum FilterFactory {
    /// The preset for `method` with the options given on the command line.
    static func preset(_ method: FilterMethod, _ options: FilterOptions) -> ProtocolFilterPreset {
        ProtocolFilterPreset(
            method: ProtocolFilterPreset.Method(rawValue: method.rawValue)!,
            parameters: ProtocolFilterPreset.Parameters(
                order: options.order, cutoff: options.cutoff,
                band: options.band.map { ProtocolFrequencyBand(lowHz: $0.low, highHz: $0.high) },
                type: options.type.flatMap { ProtocolFilterPreset.PassBand(rawValue: $0.rawValue) },
                causal: options.causal ? true : nil, taper: options.taper, window: options.window,
                polyorder: options.polyorder, deriv: options.deriv, mode: options.mode, alignment: options.alignment,
                alpha: options.alpha, beta: options.beta, kappa: options.kappa, wavelet: options.wavelet,
                level: options.level, threshold: options.threshold, processNoise: options.processNoise,
                measurementNoise: options.measurementNoise, model: options.model, noSmooth: options.noSmooth ? true : nil,
                particles: options.particles, seed: options.seed))
    }

    /// Rejects options that do not apply to `method`, naming them as the command line spells them.
    static func validate(_ options: FilterOptions, for method: FilterMethod) throws {
        if options.joint && method != .particle {
            throw ValidationError("--joint does not apply to --method \(method.rawValue) (only to particle)")
        }
        let preset = preset(method, options)
        let applicable = ProtocolFilterPreset.applicableParameters[preset.method] ?? []
        let stray = preset.parameters.givenNames.filter { !applicable.contains($0) }
        guard stray.isEmpty else {
            throw ValidationError(
                "\(stray.map(optionName).joined(separator: ", ")) does not apply to --method \(method.rawValue) (its options: \(applicable.map(optionName).sorted().joined(separator: ", ")))")
        }
    }

    /// `processNoise` → `--process-noise`.
    static func optionName(_ parameter: String) -> String {
        "--" + parameter.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }
}
