/// Wavelet denoising by VisuShrink: decompose, shrink every detail band by the universal
/// threshold, reconstruct (Donoho & Johnstone, *Biometrika* 81(3):425–455, 1994,
/// doi:10.1093/biomet/81.3.425), matching PyWavelets step for step:
///
///     c = pywt.wavedec(x, wavelet, mode, level)                 # [cA_L, cD_L, …, cD_1]
///     σ = median(|cD_1|) / 0.6744897501960817,  λ = σ·√(2 ln n)  # n = len(x)
///     y = pywt.waverec([cA_L] + [pywt.threshold(d, λ, rule) for d in c[1:]], wavelet, mode)[:n]
///
/// The approximation cA_L is never shrunk. The sample rate plays no part: levels are dyadic
/// scales of the sampling interval (level j spans roughly fs/2^(j+1) … fs/2^j Hz).
///
/// Level: `nil` uses PyWavelets' default, ``WaveletTransform/maximumLevel(signalLength:filterLength:)``
/// of each run; an explicit level is applied as min(level, that maximum), so runs of varying
/// length are all filtered and a short run never goes deeper than its boundary allows (see
/// ``level(forLength:)``). The shortest run is 2(F − 1) samples, the shortest for which the
/// maximum level is at least 1 (14 for db4, 58 for coif5).
///
/// Edge cases: a run at least half of whose finest detail coefficients are exactly zero (a
/// constant run, say) has σ = λ = 0 and comes back unchanged up to rounding (≈ 1e-15). Every
/// value must be finite (a NaN would spread over the filter's support at every level).
/// Complexity O(n·F) time; one scratch allocation of about 4n + 3(L + 4)F doubles per call.
public struct WaveletDenoiser: ChannelFilter {
    /// The wavelet.
    public let wavelet: Wavelet
    /// The boundary extension.
    public let mode: WaveletMode
    /// The requested decomposition depth; `nil` for the maximum level of each run.
    public let level: Int?
    /// Soft or hard shrinkage of the detail coefficients.
    public let threshold: WaveletThreshold

    /// A denoiser; throws a ``FilterConfigurationError`` when `level` < 1.
    public init(wavelet: Wavelet, mode: WaveletMode = .symmetric, level: Int? = nil, threshold: WaveletThreshold = .soft) throws {
        if let level, level < 1 {
            throw FilterConfigurationError(parameter: "level", "wavelet level \(level) must be at least 1 (or omitted for the maximum level)")
        }
        self.wavelet = wavelet
        self.mode = mode
        self.level = level
        self.threshold = threshold
    }

    /// A denoiser from the command line's spellings (`db4`, `symmetric`, `soft`); throws a
    /// ``FilterConfigurationError`` naming the parameter and the known values.
    public init(wavelet: String, mode: String = "symmetric", level: Int? = nil, threshold: String = "soft") throws {
        try self.init(
            wavelet: Wavelet(name: wavelet), mode: WaveletMode(name: mode), level: level,
            threshold: WaveletThreshold(name: threshold))
    }

    public var algorithmID: String { "wavelet-visushrink/1" }

    public var parameters: [String: String] {
        [
            "wavelet": wavelet.name,
            "mode": mode.rawValue,
            "level": level.map { "\($0)" } ?? "max",
            "threshold": threshold.rawValue,
            "noiseEstimate": "median(|cD1|)/0.6744897501960817",
            "thresholdValue": "sigma*sqrt(2 ln n)",
        ]
    }

    /// 2(F − 1): the shortest run whose maximum level is ≥ 1.
    public var minimumLength: Int { 2 * (wavelet.filterLength - 1) }

    /// The decomposition depth used for a run of `count` samples: the requested level (or the
    /// maximum when none was requested), capped at
    /// ``WaveletTransform/maximumLevel(signalLength:filterLength:)``, and at least 1.
    public func level(forLength count: Int) -> Int {
        let maximum = WaveletTransform.maximumLevel(signalLength: count, filterLength: wavelet.filterLength)
        return max(1, min(level ?? maximum, maximum))
    }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count
        precondition(output.count == n, "\(algorithmID): output has \(output.count) samples, input \(n)")
        precondition(n >= 1, "\(algorithmID) needs at least one sample")
        let pyramid = WaveletPyramid(signalLength: n, filterLength: wavelet.filterLength, mode: mode, level: level(forLength: n))
        let coefficientCount = pyramid.coefficientCount
        let finest = pyramid.lengths[1]
        let scratchCount = coefficientCount + max(pyramid.scratchCount, finest)
        let bank = wavelet.filterBank
        WaveletTransform.withScratch(scratchCount) { memory in
            let coefficients = memory, scratch = memory + coefficientCount
            pyramid.decompose(input.baseAddress!, into: coefficients, filters: bank, scratch: scratch)
            let finestOffset = pyramid.detailOffset(level: 1)
            let sigma = WaveletShrinkage.noiseSigma(
                finestDetail: UnsafeBufferPointer(start: coefficients + finestOffset, count: finest), scratch: scratch)
            let lambda = WaveletShrinkage.universalThreshold(sigma: sigma, signalLength: n)
            let approximationCount = pyramid.lengths[pyramid.level]
            threshold.apply(
                to: UnsafeMutableBufferPointer(start: coefficients + approximationCount, count: coefficientCount - approximationCount),
                threshold: lambda)
            pyramid.reconstruct(from: coefficients, into: output.baseAddress!, count: n, filters: bank, scratch: scratch)
        }
    }
}

/// The wavelet filter under the name the filter catalogue uses.
public typealias WaveletFilter = WaveletDenoiser
