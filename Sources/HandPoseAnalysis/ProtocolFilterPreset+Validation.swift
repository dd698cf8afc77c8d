import HandPoseDSP

extension ProtocolFilterPreset {
    /// Refuses parameters that do not apply to the method and values outside their ranges.
    ///
    /// - Parameters:
    ///   - field: the preset's JSON path (`movements[0].filterPreset`); errors name
    ///     `<field>.parameters.<name>`.
    ///   - path: the protocol file, for the error.
    public func validate(field: String, path: String? = nil) throws(AnalysisError) {
        let p = parameters
        let parametersField = "\(field).parameters"
        func fail(_ name: String, _ message: String) -> AnalysisError {
            AnalysisError(.invalidProtocol, path: path, field: "\(parametersField).\(name)", message)
        }
        let applicable = Self.applicableParameters[method] ?? []
        if let stray = p.givenNames.first(where: { !applicable.contains($0) }) {
            throw fail(stray, "does not apply to the \(method.rawValue) filter (its parameters: \(applicable.joined(separator: ", ")))")
        }
        if let order = p.order, !Butterworth.orders.contains(order) {
            throw fail("order", "order \(order) must be \(Butterworth.orders.lowerBound)-\(Butterworth.orders.upperBound)")
        }
        if let cutoff = p.cutoff, !(cutoff > 0 && cutoff.isFinite) {
            throw fail("cutoff", "cut-off \(cutoff) Hz must be above 0")
        }
        if let band = p.band, !(band.lowHz > 0 && band.lowHz < band.highHz && band.highHz.isFinite) {
            throw fail("band", "band \(band) must have 0 < low < high")
        }
        if let type = p.type {
            let isBand = type == .bandpass || type == .bandstop
            if !isBand, p.band != nil {
                throw fail("band", "band goes with type bandpass or bandstop; use cutoff for \(type.rawValue)")
            }
            if isBand, p.cutoff != nil {
                throw fail("cutoff", "cutoff goes with type lowpass or highpass; use band [low, high] for \(type.rawValue)")
            }
        } else if p.band != nil, p.cutoff != nil {
            throw fail("cutoff", "give either cutoff (lowpass/highpass) or band (bandpass/bandstop), not both")
        }
        if let taper = p.taper, !(taper > 0 && taper.isFinite) {
            throw fail("taper", "taper \(taper) Hz must be above 0")
        }
        try validateWindows(fail)
        try validateNames(fail)
        try validateNoise(fail)
    }

    private func validateWindows(_ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        let p = parameters
        if let polyorder = p.polyorder, polyorder < 0 { throw fail("polyorder", "polynomial order \(polyorder) must be 0 or more") }
        if let deriv = p.deriv {
            guard (0...2).contains(deriv) else { throw fail("deriv", "derivative \(deriv) must be 0, 1 or 2") }
            if deriv > p.polyorder ?? 3 { throw fail("deriv", "derivative \(deriv) must not exceed the polynomial order \(p.polyorder ?? 3)") }
        }
        guard let window = p.window else { return }
        switch method {
        case .savgol:
            let polyorder = p.polyorder ?? 3
            guard window % 2 == 1 else { throw fail("window", "Savitzky-Golay window \(window) must be odd") }
            guard window > polyorder else { throw fail("window", "window \(window) must exceed the polynomial order \(polyorder)") }
        default:
            guard window >= 1 else { throw fail("window", "window \(window) must be 1 or more samples") }
        }
    }

    private func validateNames(_ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        let p = parameters
        if let mode = p.mode {
            let modes = method == .wavelet ? ["symmetric", "periodization", "zero", "constant"] : ["interp", "mirror", "nearest", "constant", "wrap"]
            guard modes.contains(mode) else { throw fail("mode", "unknown mode \"\(mode)\"; known: \(modes.joined(separator: ", "))") }
        }
        if let alignment = p.alignment, !["centered", "trailing"].contains(alignment) {
            throw fail("alignment", "unknown alignment \"\(alignment)\"; known: centered, trailing")
        }
        if let threshold = p.threshold, !["soft", "hard"].contains(threshold) {
            throw fail("threshold", "unknown threshold \"\(threshold)\"; known: soft, hard")
        }
        if let model = p.model {
            let models = method == .particle ? ["cv", "dwna"] : ["cv", "ca"]
            guard models.contains(model) else {
                throw fail("model", "unknown \(method.rawValue) motion model \"\(model)\"; known: \(models.joined(separator: ", "))")
            }
        }
        if let wavelet = p.wavelet, !Self.isKnownWavelet(wavelet) {
            throw fail("wavelet", "unknown wavelet \"\(wavelet)\"; known: db1-db10, sym2-sym10, coif1-coif5")
        }
        if let level = p.level, level < 1 { throw fail("level", "decomposition level \(level) must be 1 or more") }
    }

    private func validateNoise(_ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        let p = parameters
        if let alpha = p.alpha {
            if method == .exponential {
                guard alpha > 0, alpha <= 1 else { throw fail("alpha", "smoothing factor \(alpha) must be in (0, 1]") }
            } else if !(alpha > 0 && alpha.isFinite) {
                throw fail("alpha", "sigma-point spread \(alpha) must be above 0")
            }
        }
        if let beta = p.beta, !(beta >= 0 && beta.isFinite) { throw fail("beta", "beta \(beta) must be 0 or more") }
        if let kappa = p.kappa, !kappa.isFinite { throw fail("kappa", "kappa must be a finite number") }
        if let q = p.processNoise, !(q > 0 && q.isFinite) { throw fail("processNoise", "process noise \(q) must be above 0") }
        if let r = p.measurementNoise, !(r > 0 && r.isFinite) {
            throw fail("measurementNoise", "measurement noise \(r) must be above 0")
        }
        if let particles = p.particles, particles < 1 { throw fail("particles", "particle count \(particles) must be 1 or more") }
    }

    /// db1-db10, sym2-sym10, coif1-coif5.
    static func isKnownWavelet(_ name: String) -> Bool {
        let families: [(String, ClosedRange<Int>)] = [("db", 1...10), ("sym", 2...10), ("coif", 1...5)]
        return families.contains { family, orders in
            name.hasPrefix(family) && Int(name.dropFirst(family.count)).map(orders.contains) == true
        }
    }
}
