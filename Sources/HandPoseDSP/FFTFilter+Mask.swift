import HandPoseCore

extension FFTFilter {
    /// Which frequencies pass. Frequencies in Hz, each strictly between 0 and the Nyquist frequency.
    public enum Band: Hashable, Sendable {
        /// Keep frequencies below `cutoff` (the mean included).
        case lowpass(cutoff: Double)
        /// Keep frequencies above `cutoff` (the mean removed).
        case highpass(cutoff: Double)
        /// Keep frequencies between `low` and `high`.
        case bandpass(low: Double, high: Double)
        /// Remove frequencies between `low` and `high`.
        case bandstop(low: Double, high: Double)
    }

    /// The edge of the pass band.
    public enum Shape: Hashable, Sendable {
        /// Brick wall: gain exactly 1 or 0 (rings near sharp features, Gibbs).
        case ideal
        /// Raised-cosine transition `transitionWidth` Hz wide, centred on each cutoff (gain ½ there).
        case tapered(transitionWidth: Double)
    }

    /// The gain of the mask at frequency `f` Hz (0 … Nyquist): a real, zero-phase weight in [0, 1].
    ///
    /// With `L(f; c)` the low-pass edge at cutoff `c`:
    ///
    ///     ideal:           L(f; c) = 1 for f ≤ c, 0 for f > c
    ///     tapered(Δ):      L(f; c) = 1 for f ≤ c − Δ/2, 0 for f ≥ c + Δ/2,
    ///                      ½·(1 + cos(π·(f − c + Δ/2)/Δ)) between
    ///
    ///     lowpass(c)       H = L(f; c)
    ///     highpass(c)      H = 1 − L(f; c)              (lowpass + highpass = identity)
    ///     bandpass(a, b)   H = L(f; b) · (1 − L(f; a))
    ///     bandstop(a, b)   H = 1 − bandpass(a, b)
    public func gain(atFrequency f: Double) -> Double {
        switch band {
        case .lowpass(let c): lowpassEdge(f, cutoff: c)
        case .highpass(let c): 1 - lowpassEdge(f, cutoff: c)
        case .bandpass(let a, let b): lowpassEdge(f, cutoff: b) * (1 - lowpassEdge(f, cutoff: a))
        case .bandstop(let a, let b): 1 - lowpassEdge(f, cutoff: b) * (1 - lowpassEdge(f, cutoff: a))
        }
    }

    @inline(__always)
    private func lowpassEdge(_ f: Double, cutoff c: Double) -> Double {
        switch shape {
        case .ideal:
            return f <= c ? 1 : 0
        case .tapered(let width):
            let start = c - width / 2
            if f <= start { return 1 }
            if f >= c + width / 2 { return 0 }
            return 0.5 * (1 + DeterministicMath.cos(DeterministicMath.pi * (f - start) / width))
        }
    }

    /// Checks cutoffs against the Nyquist frequency and the taper against the band.
    static func validate(band: Band, shape: Shape, sampleRate fs: Double) throws(FilterConfigurationError) {
        guard fs.isFinite, fs > 0 else {
            throw FilterConfigurationError(parameter: "sampleRate", "sample rate \(fs) Hz must be a positive, finite number")
        }
        let nyquist = fs / 2
        let cutoffs: [Double]
        switch band {
        case .lowpass(let c), .highpass(let c): cutoffs = [c]
        case .bandpass(let a, let b), .bandstop(let a, let b): cutoffs = [a, b]
        }
        for c in cutoffs {
            guard c.isFinite, c > 0 else {
                throw FilterConfigurationError(parameter: "cutoff", "cutoff \(c) Hz must be a positive, finite frequency")
            }
            guard c < nyquist else {
                throw FilterConfigurationError(
                    parameter: "cutoff",
                    "cutoff \(FilterConfigurationError.hertz(c)) Hz must be below the Nyquist frequency \(FilterConfigurationError.hertz(nyquist)) Hz of a \(FilterConfigurationError.hertz(fs)) Hz recording")
            }
        }
        if cutoffs.count == 2, !(cutoffs[0] < cutoffs[1]) {
            throw FilterConfigurationError(
                parameter: "cutoff", "low cutoff \(cutoffs[0]) Hz must be below the high cutoff \(cutoffs[1]) Hz")
        }
        guard case .tapered(let width) = shape else { return }
        guard width.isFinite, width > 0 else {
            throw FilterConfigurationError(
                parameter: "transitionWidth", "transition width \(width) Hz must be a positive, finite frequency")
        }
        for c in cutoffs where c - width / 2 < 0 || c + width / 2 > nyquist {
            throw FilterConfigurationError(
                parameter: "transitionWidth",
                "transition width \(FilterConfigurationError.hertz(width)) Hz around the cutoff \(FilterConfigurationError.hertz(c)) Hz must stay within 0 … \(FilterConfigurationError.hertz(nyquist)) Hz (Nyquist of a \(FilterConfigurationError.hertz(fs)) Hz recording)")
        }
        if cutoffs.count == 2, cutoffs[0] + width / 2 > cutoffs[1] - width / 2 {
            throw FilterConfigurationError(
                parameter: "transitionWidth",
                "transition width \(width) Hz is wider than the band \(cutoffs[0]) … \(cutoffs[1]) Hz; the two transitions would overlap")
        }
    }
}
