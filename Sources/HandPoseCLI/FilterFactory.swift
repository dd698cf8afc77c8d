import ArgumentParser
import HandPoseDSP

/// Builds the ``ChannelFilter`` a `handpose filter` invocation asks for, with each method's
/// documented defaults, for a recording of a given sample rate and scale.
struct FilterFactory {
    let method: FilterMethod
    let options: FilterOptions
    /// The recording's nominal sample rate in Hz.
    let sampleRate: Double
    /// Millimetres per coordinate unit (for noise parameters given in mm).
    let millimetresPerUnit: Double

    /// The options each method reads; any other option given is an error, so that a typo never
    /// passes silently.
    static let applicableOptions: [FilterMethod: Set<String>] = [
        .butterworth: ["order", "cutoff", "band", "type", "causal"],
        .savgol: ["window", "polyorder", "deriv", "mode"],
        .movingAverage: ["window", "alignment"],
        .exponential: ["alpha", "causal"],
        .fft: ["cutoff", "band", "type", "taper"],
        .wavelet: ["wavelet", "level", "threshold", "mode"],
        .kalman: ["process-noise", "measurement-noise", "model", "no-smooth"],
        .ukf: ["process-noise", "measurement-noise", "model", "alpha", "beta", "kappa"],
        .particle: ["process-noise", "measurement-noise", "particles", "seed"],
    ]

    /// The names of the options given on the command line.
    static func givenOptions(_ options: FilterOptions) -> Set<String> {
        var given: Set<String> = []
        func note(_ name: String, _ isGiven: Bool) { if isGiven { given.insert(name) } }
        note("order", options.order != nil)
        note("cutoff", options.cutoff != nil)
        note("band", options.band != nil)
        note("type", options.type != nil)
        note("causal", options.causal)
        note("taper", options.taper != nil)
        note("window", options.window != nil)
        note("polyorder", options.polyorder != nil)
        note("deriv", options.deriv != nil)
        note("mode", options.mode != nil)
        note("alignment", options.alignment != nil)
        note("alpha", options.alpha != nil)
        note("beta", options.beta != nil)
        note("kappa", options.kappa != nil)
        note("wavelet", options.wavelet != nil)
        note("level", options.level != nil)
        note("threshold", options.threshold != nil)
        note("process-noise", options.processNoise != nil)
        note("measurement-noise", options.measurementNoise != nil)
        note("model", options.model != nil)
        note("no-smooth", options.noSmooth)
        note("particles", options.particles != nil)
        note("seed", options.seed != nil)
        return given
    }

    /// Rejects options that do not apply to `method`.
    static func validate(_ options: FilterOptions, for method: FilterMethod) throws {
        let stray = givenOptions(options).subtracting(applicableOptions[method] ?? []).sorted()
        guard stray.isEmpty else {
            let allowed = (applicableOptions[method] ?? []).sorted().map { "--\($0)" }.joined(separator: ", ")
            throw ValidationError(
                "\(stray.map { "--\($0)" }.joined(separator: ", ")) does not apply to --method \(method.rawValue) (its options: \(allowed))")
        }
    }

    func make() throws(FilterConfigurationError) -> any ChannelFilter {
        switch method {
        case .butterworth: return try butterworth()
        case .savgol: return try savitzkyGolay()
        case .movingAverage: return try movingAverage()
        case .exponential:
            return try ExponentialSmoothingFilter(alpha: options.alpha ?? 0.5, direction: options.causal ? .forward : .zeroPhase)
        case .fft: return try fft()
        case .wavelet: return try wavelet()
        case .kalman:
            let noise = try kalmanNoise()
            return try KalmanSmoother(
                model: noise.model, sampleRate: sampleRate, processNoise: noise.process, measurementNoise: noise.measurement,
                smooth: !options.noSmooth)
        case .ukf:
            let noise = try kalmanNoise()
            guard !options.noSmooth else {
                throw FilterConfigurationError(parameter: "no-smooth", "the unscented Kalman filter runs forward only: --no-smooth is implied")
            }
            return try UnscentedKalmanSmoother(
                model: noise.model, sampleRate: sampleRate, processNoise: noise.process, measurementNoise: noise.measurement,
                alpha: options.alpha ?? 0.1, beta: options.beta ?? 2, kappa: options.kappa ?? 0)
        case .particle: return try particle()
        }
    }

    // MARK: - Methods

    private func butterworth() throws(FilterConfigurationError) -> ButterworthFilter {
        let (type, low, high) = try passBand()
        let response: Butterworth.Response = switch type {
        case .lowpass: .lowpass(cutoff: low)
        case .highpass: .highpass(cutoff: low)
        case .bandpass: .bandpass(low: low, high: high)
        case .bandstop: .bandstop(low: low, high: high)
        }
        do {
            return try ButterworthFilter(
                order: options.order ?? 4, response: response, sampleRate: sampleRate,
                application: options.causal ? .causal() : .zeroPhase())
        } catch let error as FilterConfigurationError {
            throw error
        } catch {
            throw FilterConfigurationError(parameter: "butterworth", "\(error)")
        }
    }

    private func savitzkyGolay() throws(FilterConfigurationError) -> SavitzkyGolayFilter {
        let polyorder = options.polyorder ?? 3
        let defaultWindow = max(polyorder + 2 - polyorder % 2 + 1, Int((0.2 * sampleRate).rounded()) | 1)
        let mode: EdgeMode
        switch options.mode ?? "interp" {
        case "interp": mode = .interpolate
        case "mirror": mode = .mirror
        case "nearest": mode = .nearest
        case "constant": mode = .constant(0)
        case "wrap": mode = .wrap
        case let other:
            throw FilterConfigurationError(parameter: "mode", "unknown Savitzky-Golay mode \"\(other)\": use interp, mirror, nearest, constant or wrap")
        }
        return try SavitzkyGolayFilter(
            window: options.window ?? defaultWindow, polyorder: polyorder, derivative: options.deriv ?? 0, mode: mode,
            sampleRate: sampleRate)
    }

    private func movingAverage() throws(FilterConfigurationError) -> MovingAverageFilter {
        guard let alignment = MovingAverageFilter.Alignment(rawValue: options.alignment ?? "centered") else {
            throw FilterConfigurationError(parameter: "alignment", "unknown alignment \"\(options.alignment ?? "")\": use centered or trailing")
        }
        return try MovingAverageFilter(window: options.window ?? 5, alignment: alignment)
    }

    /// The pass band from `--type`, `--cutoff` and `--band` (default: low-pass at 12 Hz).
    private func passBand() throws(FilterConfigurationError) -> (BandType, Double, Double) {
        let type = options.type ?? (options.band != nil ? .bandpass : .lowpass)
        switch type {
        case .lowpass, .highpass:
            guard options.band == nil else {
                throw FilterConfigurationError(parameter: "band", "--band goes with --type bandpass or bandstop; use --cutoff for \(type.rawValue)")
            }
            let cutoff = options.cutoff ?? (type == .lowpass ? 12 : 0.5)
            return (type, cutoff, cutoff)
        case .bandpass, .bandstop:
            guard options.cutoff == nil else {
                throw FilterConfigurationError(parameter: "cutoff", "--cutoff goes with --type lowpass or highpass; use --band LOW,HIGH for \(type.rawValue)")
            }
            return (type, options.band?.low ?? 3, options.band?.high ?? 12)
        }
    }

    /// Motion model and noise variances in the file's unit: defaults in mm (measurement 1 mm²;
    /// white acceleration 1e6 mm²/s⁴ for cv, white jerk 1e8 mm²/s⁶ for ca), divided by the square of
    /// the recording's millimetres per unit.
    private func kalmanNoise() throws(FilterConfigurationError) -> (model: MotionModel, process: Double, measurement: Double) {
        let model: MotionModel
        switch options.model ?? "cv" {
        case "cv": model = .constantVelocity
        case "ca": model = .constantAcceleration
        case let other: throw FilterConfigurationError(parameter: "model", "unknown motion model \"\(other)\": use cv or ca")
        }
        let squaredScale = millimetresPerUnit * millimetresPerUnit
        let process = (options.processNoise ?? (model == .constantVelocity ? 1e6 : 1e8)) / squaredScale
        let measurement = (options.measurementNoise ?? 1) / squaredScale
        return (model, process, measurement)
    }

    /// The particle filter's per-step diffusion from the white-acceleration variance q (as the
    /// Kalman filter's discrete white-noise model): σv = √q·dt, σp = √q·dt²/2.
    private func particle() throws(FilterConfigurationError) -> ParticleFilter {
        let noise = try kalmanNoise()
        let dt = 1 / sampleRate, sigma = noise.process.squareRoot()
        return try ParticleFilter(
            sampleRate: sampleRate, particles: options.particles ?? 500, positionDiffusion: sigma * dt * dt / 2,
            velocityDiffusion: sigma * dt, measurementNoise: noise.measurement, seed: options.seed ?? 0)
    }

    private func wavelet() throws(FilterConfigurationError) -> WaveletDenoiser {
        do {
            return try WaveletDenoiser(
                wavelet: options.wavelet ?? "db4", mode: options.mode ?? "symmetric", level: options.level,
                threshold: options.threshold ?? "soft")
        } catch let error as FilterConfigurationError {
            throw error
        } catch {
            throw FilterConfigurationError(parameter: "wavelet", "\(error)")
        }
    }

    private func fft() throws(FilterConfigurationError) -> FFTFilter {
        let (type, low, high) = try passBand()
        let band: FFTFilter.Band = switch type {
        case .lowpass: .lowpass(cutoff: low)
        case .highpass: .highpass(cutoff: low)
        case .bandpass: .bandpass(low: low, high: high)
        case .bandstop: .bandstop(low: low, high: high)
        }
        let shape: FFTFilter.Shape = options.taper.map { .tapered(transitionWidth: $0) } ?? .ideal
        return try FFTFilter(band, shape: shape, sampleRate: sampleRate)
    }
}
