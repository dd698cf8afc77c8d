import HandPoseDSP

extension ProtocolFilterPreset {
    /// The filter this preset describes, with each method's documented defaults, designed for a
    /// recording of `sampleRate` Hz whose coordinates have `millimetresPerUnit` mm per unit (noise
    /// parameters are given in mm).
    ///
    /// The one place where a method name and parameters become a ``ChannelFilter``: protocols,
    /// `handpose filter` and `handpose analyze --filter` all go through it.
    public func makeFilter(sampleRate: Double, millimetresPerUnit: Double) throws(FilterConfigurationError) -> any ChannelFilter {
        try FilterPresetBuilder(preset: self, sampleRate: sampleRate, millimetresPerUnit: millimetresPerUnit).make()
    }
}

/// Builds a preset's filter; see ``ProtocolFilterPreset/makeFilter(sampleRate:millimetresPerUnit:)``.
struct FilterPresetBuilder {
    let preset: ProtocolFilterPreset
    let sampleRate: Double
    let millimetresPerUnit: Double
    private var parameters: ProtocolFilterPreset.Parameters { preset.parameters }

    func make() throws(FilterConfigurationError) -> any ChannelFilter {
        switch preset.method {
        case .butterworth: return try butterworth()
        case .savgol: return try savitzkyGolay()
        case .movingAverage: return try movingAverage()
        case .exponential:
            return try ExponentialSmoothingFilter(alpha: parameters.alpha ?? 0.5, direction: parameters.causal == true ? .forward : .zeroPhase)
        case .fft: return try fft()
        case .wavelet: return try wavelet()
        case .kalman:
            let noise = try kalmanNoise()
            return try KalmanSmoother(
                model: noise.model, sampleRate: sampleRate, processNoise: noise.process, measurementNoise: noise.measurement,
                smooth: !(parameters.noSmooth ?? false))
        case .ukf:
            let noise = try kalmanNoise()
            guard !(parameters.noSmooth ?? false) else {
                throw FilterConfigurationError(parameter: "no-smooth", "the unscented Kalman filter runs forward only: --no-smooth is implied")
            }
            return try UnscentedKalmanSmoother(
                model: noise.model, sampleRate: sampleRate, processNoise: noise.process, measurementNoise: noise.measurement,
                alpha: parameters.alpha ?? 0.1, beta: parameters.beta ?? 2, kappa: parameters.kappa ?? 0)
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
                order: parameters.order ?? 4, response: response, sampleRate: sampleRate,
                application: parameters.causal == true ? .causal() : .zeroPhase())
        } catch let error as FilterConfigurationError {
            throw error
        } catch {
            throw FilterConfigurationError(parameter: "butterworth", "\(error)")
        }
    }

    private func savitzkyGolay() throws(FilterConfigurationError) -> SavitzkyGolayFilter {
        let polyorder = parameters.polyorder ?? 3
        let defaultWindow = max(polyorder + 2 - polyorder % 2 + 1, Int((0.2 * sampleRate).rounded()) | 1)
        let mode: EdgeMode
        switch parameters.mode ?? "interp" {
        case "interp": mode = .interpolate
        case "mirror": mode = .mirror
        case "nearest": mode = .nearest
        case "constant": mode = .constant(0)
        case "wrap": mode = .wrap
        case let other:
            throw FilterConfigurationError(parameter: "mode", "unknown Savitzky-Golay mode \"\(other)\": use interp, mirror, nearest, constant or wrap")
        }
        return try SavitzkyGolayFilter(
            window: parameters.window ?? defaultWindow, polyorder: polyorder, derivative: parameters.deriv ?? 0, mode: mode,
            sampleRate: sampleRate)
    }

    private func movingAverage() throws(FilterConfigurationError) -> MovingAverageFilter {
        guard let alignment = MovingAverageFilter.Alignment(rawValue: parameters.alignment ?? "centered") else {
            throw FilterConfigurationError(parameter: "alignment", "unknown alignment \"\(parameters.alignment ?? "")\": use centered or trailing")
        }
        return try MovingAverageFilter(window: parameters.window ?? 5, alignment: alignment)
    }

    /// The pass band from `--type`, `--cutoff` and `--band` (default: low-pass at 12 Hz).
    private func passBand() throws(FilterConfigurationError) -> (ProtocolFilterPreset.PassBand, Double, Double) {
        let type = parameters.type ?? (parameters.band != nil ? .bandpass : .lowpass)
        switch type {
        case .lowpass, .highpass:
            guard parameters.band == nil else {
                throw FilterConfigurationError(parameter: "band", "--band goes with --type bandpass or bandstop; use --cutoff for \(type.rawValue)")
            }
            let cutoff = parameters.cutoff ?? (type == .lowpass ? 12 : 0.5)
            return (type, cutoff, cutoff)
        case .bandpass, .bandstop:
            guard parameters.cutoff == nil else {
                throw FilterConfigurationError(parameter: "cutoff", "--cutoff goes with --type lowpass or highpass; use --band LOW,HIGH for \(type.rawValue)")
            }
            return (type, parameters.band?.lowHz ?? 3, parameters.band?.highHz ?? 12)
        }
    }

    /// Motion model and noise variances in the file's unit: defaults in mm (measurement 1 mm²;
    /// white acceleration 1e6 mm²/s⁴ for cv, white jerk 1e8 mm²/s⁶ for ca), divided by the square of
    /// the recording's millimetres per unit.
    private func kalmanNoise() throws(FilterConfigurationError) -> (model: MotionModel, process: Double, measurement: Double) {
        let model: MotionModel
        switch parameters.model ?? "cv" {
        case "cv": model = .constantVelocity
        case "ca": model = .constantAcceleration
        case let other: throw FilterConfigurationError(parameter: "model", "unknown motion model \"\(other)\": use cv or ca")
        }
        let squaredScale = millimetresPerUnit * millimetresPerUnit
        let process = (parameters.processNoise ?? (model == .constantVelocity ? 1e6 : 1e8)) / squaredScale
        let measurement = (parameters.measurementNoise ?? 1) / squaredScale
        return (model, process, measurement)
    }

    /// The particle filter's motion from the white-acceleration variance q (default 1e6 mm²/s⁴,
    /// in the file's unit as for the Kalman filter), σ = √q, by `model`:
    ///
    /// | model | motion | algorithm |
    /// |---|---|---|
    /// | `cv` (default) | independent diffusions σp = σ·dt²/2, σv = σ·dt (the Kalman model's marginal standard deviations) | `particle-filter-cv-systematic/2` |
    /// | `dwna` | discrete white-noise acceleration σa = σ: one normal per step drives p and v | `particle-filter-dwna-systematic/1` |
    ///
    /// Its measurement variance is estimated from each run (``MeasurementNoiseEstimate``) unless
    /// given: unlike the Kalman filter, which only smooths more or less with a wrong R, a particle
    /// filter whose R is far below the real noise loses the signal.
    private func particle() throws(FilterConfigurationError) -> ParticleFilter {
        let squaredScale = millimetresPerUnit * millimetresPerUnit
        let process = (parameters.processNoise ?? 1e6) / squaredScale
        let measurement = (parameters.measurementNoise ?? 1) / squaredScale
        let dt = 1 / sampleRate, sigma = process.squareRoot()
        let motion: ParticleMotionModel
        switch parameters.model ?? "cv" {
        case "cv": motion = .independentDiffusion(position: sigma * dt * dt / 2, velocity: sigma * dt)
        case "dwna": motion = .whiteAcceleration(sigma: sigma)
        case let other:
            throw FilterConfigurationError(
                parameter: "model", "unknown particle motion model \"\(other)\": use cv (independent position and velocity diffusion) or dwna (white-noise acceleration)")
        }
        return try ParticleFilter(
            sampleRate: sampleRate, particles: parameters.particles ?? 500, motionModel: motion,
            measurementNoise: parameters.measurementNoise.map { _ in measurement }, seed: parameters.seed ?? 0)
    }

    private func wavelet() throws(FilterConfigurationError) -> WaveletDenoiser {
        do {
            return try WaveletDenoiser(
                wavelet: parameters.wavelet ?? "db4", mode: parameters.mode ?? "symmetric", level: parameters.level,
                threshold: parameters.threshold ?? "soft")
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
        let shape: FFTFilter.Shape = parameters.taper.map { .tapered(transitionWidth: $0) } ?? .ideal
        return try FFTFilter(band, shape: shape, sampleRate: sampleRate)
    }
}
