import HandPoseNumerics

/// Zero-phase frequency-domain filtering of one channel: transform, multiply by a real mask,
/// transform back (FFTW real transforms through ``RealFFT``).
///
///     y = IRFFT( H(f_k) · RFFT(x̃) ),   f_k = k · fs / L,   k = 0 … ⌊L/2⌋
///
/// where `H` is ``gain(atFrequency:)`` (ideal or raised-cosine edges, see ``Band`` and ``Shape``)
/// and `x̃` is the input extended by ``Padding``:
///
/// | padding     | `x̃` (for `a b c d`)  | `L`  | use |
/// |-------------|-----------------------|------|-----|
/// | `.reflect`  | `a b c d d c b a`     | `2n` | default: the periodic continuation has no jump at the ends, so no wrap-around ringing; the output is the first `n` samples (DCT-II filtering) |
/// | `.periodic` | `a b c d`             | `n`  | signals that are periodic in the record (whole cycles): exact separation of on-bin sinusoids |
///
/// With `.reflect`, `x̃` is even about `n − ½`, so its DFT is `e^{iπk/2n}·C[k]` with `C` the DCT-II
/// of `x` (``RealCosineTransform``), and the first `n` output samples are the inverse DCT of
/// `H(k · fs / 2n) · C[k]`, `k = 0 … n−1`: the same result (to round-off) from transforms of length
/// `n` instead of `2n` (the bin `k = n` of the long transform is zero for an even extension).
///
/// The mask is real, so the phase is untouched (no delay). The mean (DC) passes a low-pass and a
/// band-stop unchanged and is removed by a high-pass or band-pass; nothing is subtracted first.
/// Low-pass plus high-pass at one cutoff (same shape and padding) give back the input.
///
/// Complexity: O(n log n) per call; FFTW plans are cached per length, and each thread keeps the
/// transform buffers (and, for `.reflect`, the mask) of the last length it used (see
/// ``Workspace`` and ``CosineWorkspace``), so consecutive channels of one length allocate
/// nothing. Any `count ≥ 1`.
public struct FFTFilter: ChannelFilter, Hashable {
    /// How the record is extended before the transform (see the table above).
    public enum Padding: String, Hashable, Sendable, CaseIterable {
        /// Append the time-reversed record: `L = 2n`, continuous periodic extension.
        case reflect
        /// No extension: the record is taken as one period, `L = n`.
        case periodic
    }

    /// Pass band.
    public let band: Band
    /// Edge shape.
    public let shape: Shape
    /// Record extension.
    public let padding: Padding
    /// Sample rate in Hz.
    public let sampleRate: Double

    /// - Throws: ``FilterConfigurationError`` for a sample rate that is not positive and finite,
    ///   a cutoff outside `(0, fs/2)`, band edges out of order, or a taper that leaves `[0, fs/2]`
    ///   or makes the two transitions of a band overlap.
    public init(_ band: Band, shape: Shape = .ideal, padding: Padding = .reflect, sampleRate: Double) throws(FilterConfigurationError) {
        try Self.validate(band: band, shape: shape, sampleRate: sampleRate)
        self.band = band
        self.shape = shape
        self.padding = padding
        self.sampleRate = sampleRate
    }

    public var algorithmID: String { "fft-mask/1" }

    public var parameters: [String: String] {
        var result = ["sampleRateHz": "\(sampleRate)", "padding": padding.rawValue]
        switch band {
        case .lowpass(let c): (result["band"], result["cutoffHz"]) = ("lowpass", "\(c)")
        case .highpass(let c): (result["band"], result["cutoffHz"]) = ("highpass", "\(c)")
        case .bandpass(let a, let b): (result["band"], result["lowCutoffHz"], result["highCutoffHz"]) = ("bandpass", "\(a)", "\(b)")
        case .bandstop(let a, let b): (result["band"], result["lowCutoffHz"], result["highCutoffHz"]) = ("bandstop", "\(a)", "\(b)")
        }
        switch shape {
        case .ideal: result["shape"] = "ideal"
        case .tapered(let width): (result["shape"], result["transitionWidthHz"]) = ("tapered", "\(width)")
        }
        return result
    }

    /// 1: any non-empty record has a spectrum.
    public var minimumLength: Int { 1 }

    public func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count
        precondition(output.count == n, "output has \(output.count) samples, input \(n)")
        guard n > 0 else { return }
        switch padding {
        case .reflect: applyCosine(input, into: output)
        case .periodic: applyFourier(input, into: output)
        }
    }

    /// `.reflect`: DCT-II, mask, inverse DCT, all of length n.
    private func applyCosine(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let workspace = CosineWorkspace.current(length: input.count)
        workspace.transform.forward(input, into: workspace.coefficients)
        workspace.transform.inverse(UnsafeBufferPointer(workspace.coefficients), weightedBy: workspace.mask(for: self), into: output)
    }

    /// `.periodic`: real FFT, mask, inverse real FFT, all of length n.
    private func applyFourier(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count
        let workspace = Workspace.current(length: n)
        let fft = workspace.fft, real = workspace.real, imaginary = workspace.imaginary
        fft.forward(input, real: real, imaginary: imaginary)
        let binWidth = sampleRate / Double(n)
        for k in 0..<fft.spectrumCount {
            let g = gain(atFrequency: Double(k) * binWidth)
            real[k] *= g
            imaginary[k] *= g
        }
        fft.inverse(real: UnsafeBufferPointer(real), imaginary: UnsafeBufferPointer(imaginary), into: output)
    }
}
