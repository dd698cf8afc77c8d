import HandPoseTestSupport
import Dispatch
import Foundation
import HandPoseCore
import HandPoseNumerics
import Testing
@testable import HandPoseDSP

@Suite("FFT filter")
struct FFTFilterTests {
    static let allBands: [FFTFilter.Band] = [
        .lowpass(cutoff: 4), .highpass(cutoff: 4), .bandpass(low: 3, high: 8), .bandstop(low: 3, high: 8),
    ]

    /// `Σ a_m cos(2π f_m t + φ_m)` sampled at `t = j / fs`.
    static func sinusoids(_ components: [(frequency: Double, amplitude: Double, phase: Double)], count: Int, sampleRate: Double) -> [Double] {
        (0..<count).map { j in
            let t = Double(j) / sampleRate
            return components.reduce(0.0) { $0 + $1.amplitude * DeterministicMath.cos(2 * DeterministicMath.pi * $1.frequency * t + $1.phase) }
        }
    }

    // MARK: mask

    @Test("mask: gain within [0, 1], low + high = 1, band-stop = 1 − band-pass, ½ at tapered cutoffs",
          arguments: [FFTFilter.Shape.ideal, .tapered(transitionWidth: 1.5)])
    func maskProperties(shape: FFTFilter.Shape) throws {
        let fs = 30.0
        let low = try FFTFilter(.lowpass(cutoff: 6), shape: shape, sampleRate: fs)
        let high = try FFTFilter(.highpass(cutoff: 6), shape: shape, sampleRate: fs)
        let pass = try FFTFilter(.bandpass(low: 3, high: 9), shape: shape, sampleRate: fs)
        let stop = try FFTFilter(.bandstop(low: 3, high: 9), shape: shape, sampleRate: fs)
        var previous = 1.0
        for step in 0...1500 {
            let f = Double(step) * 0.01
            let g = low.gain(atFrequency: f)
            #expect(g >= 0 && g <= 1)
            #expect(g <= previous, "low-pass gain rises at \(f) Hz")
            previous = g
            #expect(g + high.gain(atFrequency: f) == 1)
            #expect(pass.gain(atFrequency: f) >= 0 && pass.gain(atFrequency: f) <= 1)
            #expect(abs(stop.gain(atFrequency: f) - (1 - pass.gain(atFrequency: f))) <= 1e-15)
        }
        #expect(low.gain(atFrequency: 0) == 1 && high.gain(atFrequency: 0) == 0)
        #expect(pass.gain(atFrequency: 0) == 0 && pass.gain(atFrequency: 6) == 1 && pass.gain(atFrequency: 15) == 0)
        if case .tapered = shape {
            #expect(abs(low.gain(atFrequency: 6) - 0.5) <= 1e-15)
            #expect(low.gain(atFrequency: 5.25) == 1 && low.gain(atFrequency: 6.75) == 0)
            // A quarter into the transition: ½(1 + cos(π/4)).
            #expect(abs(low.gain(atFrequency: 5.25 + 0.375) - (0.5 + 0.5 * 0.5.squareRoot())) <= 1e-15)
        } else {
            #expect(low.gain(atFrequency: 6) == 1 && low.gain(atFrequency: 6.000001) == 0)
        }
    }

    // MARK: exactness

    @Test("on-bin sinusoids are separated exactly (periodic padding)",
          arguments: [FFTFilter.Shape.ideal, .tapered(transitionWidth: 2)])
    func separatesOnBinSinusoids(shape: FFTFilter.Shape) throws {
        let fs = 30.0, n = 300  // bins every 0.1 Hz
        let slow = (frequency: 1.0, amplitude: 1.3, phase: 0.4)
        let middle = (frequency: 5.5, amplitude: 0.7, phase: -1.1)
        let fast = (frequency: 12.0, amplitude: 0.25, phase: 2.0)
        let x = Self.sinusoids([slow, middle, fast], count: n, sampleRate: fs).map { $0 + 0.8 }
        let cases: [(FFTFilter.Band, [Double])] = [
            (.lowpass(cutoff: 3), Self.sinusoids([slow], count: n, sampleRate: fs).map { $0 + 0.8 }),
            (.highpass(cutoff: 3), Self.sinusoids([middle, fast], count: n, sampleRate: fs)),
            (.bandpass(low: 3, high: 8), Self.sinusoids([middle], count: n, sampleRate: fs)),
            (.bandstop(low: 3, high: 8), Self.sinusoids([slow, fast], count: n, sampleRate: fs).map { $0 + 0.8 }),
        ]
        for (band, expected) in cases {
            let y = try FFTFilter(band, shape: shape, padding: .periodic, sampleRate: fs).apply(x)
            expectClose(y, expected, relative: 1e-10, absolute: 1e-12, "\(band) \(shape)")
        }
    }

    @Test("a band-limited periodic signal passes a low-pass unchanged (periodic padding)")
    func bandLimitedPeriodicUnchanged() throws {
        let seed: UInt64 = 314
        var random = SeededGenerator(seed: seed)
        let fs = 60.0, n = 240  // bins every 0.25 Hz; components up to 5 Hz, cutoff 6 Hz
        let components = (0...20).map { k in (frequency: Double(k) * 0.25, amplitude: random.nextGaussian(), phase: random.nextUniform(in: 0..<6)) }
        let x = Self.sinusoids(components, count: n, sampleRate: fs)
        for shape in [FFTFilter.Shape.ideal, .tapered(transitionWidth: 1.5)] {
            let y = try FFTFilter(.lowpass(cutoff: 6), shape: shape, padding: .periodic, sampleRate: fs).apply(x)
            expectClose(y, x, relative: 1e-10, absolute: 1e-12, "seed \(seed) \(shape)")
        }
    }

    @Test("a band-limited cosine series passes a low-pass unchanged (reflect padding), ends included")
    func bandLimitedReflectUnchanged() throws {
        let seed: UInt64 = 2718
        var random = SeededGenerator(seed: seed)
        let fs = 30.0, n = 150
        // DCT-II basis cos(π m (j + ½) / n) has frequency m·fs/(2n) = 0.1·m Hz and is even about both
        // ends, so its reflect extension is periodic and band-limited.
        let amplitudes = (0...40).map { _ in random.nextGaussian() }  // up to 4 Hz
        let x = (0..<n).map { j in
            amplitudes.enumerated().reduce(0.0) { sum, term in
                sum + term.element * DeterministicMath.cos(DeterministicMath.pi * Double(term.offset) * (Double(j) + 0.5) / Double(n))
            }
        }
        let y = try FFTFilter(.lowpass(cutoff: 5), sampleRate: fs).apply(x)
        expectClose(y, x, relative: 1e-10, absolute: 1e-12, "seed \(seed)")
        let trend = (0..<n).map { 0.01 * Double($0) }
        let yt = try FFTFilter(.lowpass(cutoff: 5), sampleRate: fs).apply(trend)
        // A ramp is not band-limited once reflected, but its ends stay put far better than periodic.
        let periodic = try FFTFilter(.lowpass(cutoff: 5), padding: .periodic, sampleRate: fs).apply(trend)
        #expect(abs(yt[0] - trend[0]) < abs(periodic[0] - trend[0]) / 10)
    }

    @Test("reflect padding equals masking the 2n-point FFT of the even extension (the DCT shortcut)",
          arguments: allBands, [1, 2, 3, 64, 257, 1000])
    func reflectMatchesEvenExtension(band: FFTFilter.Band, n: Int) throws {
        let seed = UInt64(n)
        var random = SeededGenerator(seed: seed)
        let x = (0..<n).map { _ in random.nextGaussian() + 3 }
        for shape in [FFTFilter.Shape.ideal, .tapered(transitionWidth: 2)] {
            let filter = try FFTFilter(band, shape: shape, sampleRate: 30)
            // The definition: transform x, reverse(x) at length 2n, mask bins k · fs / 2n, keep n.
            // (Bin frequencies rounded as the filter rounds them, so on-cutoff bins agree.)
            let fft = RealFFT(count: 2 * n), binWidth = 30 / Double(2 * n)
            var (re, im) = fft.forward(x + x.reversed())
            for k in 0..<fft.spectrumCount {
                let g = filter.gain(atFrequency: Double(k) * binWidth)
                re[k] *= g
                im[k] *= g
            }
            let expected = Array(fft.inverse(real: re, imaginary: im).prefix(n))
            expectClose(filter.apply(x), expected, relative: 1e-12, absolute: 1e-12, "seed \(seed) n \(n) \(band) \(shape)")
        }
    }

    @Test("low-pass plus high-pass at one cutoff gives back the input",
          arguments: FFTFilter.Padding.allCases, [FFTFilter.Shape.ideal, .tapered(transitionWidth: 2)])
    func complementary(padding: FFTFilter.Padding, shape: FFTFilter.Shape) throws {
        let seed: UInt64 = 8
        var random = SeededGenerator(seed: seed)
        let x = (0..<257).map { _ in random.nextGaussian() + 3 }
        let low = try FFTFilter(.lowpass(cutoff: 7), shape: shape, padding: padding, sampleRate: 30).apply(x)
        let high = try FFTFilter(.highpass(cutoff: 7), shape: shape, padding: padding, sampleRate: 30).apply(x)
        expectClose(zip(low, high).map { $0 + $1 }, x, relative: 1e-12, absolute: 1e-12, "seed \(seed) \(padding) \(shape)")
    }

    @Test("the output spectrum is the input spectrum times the mask (periodic padding)", arguments: allBands)
    func spectrumFitsMask(band: FFTFilter.Band) throws {
        let seed: UInt64 = 21
        var random = SeededGenerator(seed: seed)
        let n = 200, fs = 30.0
        let x = (0..<n).map { _ in random.nextGaussian() }
        let filter = try FFTFilter(band, shape: .tapered(transitionWidth: 1), padding: .periodic, sampleRate: fs)
        let fft = RealFFT(count: n)
        let input = fft.forward(x), output = fft.forward(filter.apply(x))
        for k in 0..<fft.spectrumCount {
            let g = filter.gain(atFrequency: fft.frequency(ofBin: k, sampleRate: fs))
            #expect(abs(output.real[k] - g * input.real[k]) <= 1e-11 && abs(output.imaginary[k] - g * input.imaginary[k]) <= 1e-11,
                    "seed \(seed) bin \(k)")
        }
    }

    @Test("the mean passes a low-pass and is removed by a high-pass; tiny records work", arguments: FFTFilter.Padding.allCases)
    func meanAndTinyRecords(padding: FFTFilter.Padding) throws {
        for n in [1, 2, 3, 10] {
            let x = [Double](repeating: 2.5, count: n)
            expectClose(try FFTFilter(.lowpass(cutoff: 4), padding: padding, sampleRate: 30).apply(x), x, relative: 1e-15, absolute: 0, "n \(n)")
            expectClose(try FFTFilter(.highpass(cutoff: 4), padding: padding, sampleRate: 30).apply(x), [Double](repeating: 0, count: n),
                        relative: 0, absolute: 1e-15, "n \(n)")
        }
    }

    @Test("concurrent calls with changing lengths agree with serial ones (per-thread workspaces)")
    func concurrentCalls() throws {
        let filter = try FFTFilter(.bandpass(low: 2, high: 9), shape: .tapered(transitionWidth: 1), sampleRate: 30)
        let seed: UInt64 = 1234
        var random = SeededGenerator(seed: seed)
        let inputs = (0..<24).map { k in (0..<(100 + 37 * (k % 5))).map { _ in random.nextGaussian() } }
        let serial = inputs.map { filter.apply($0) }
        let results = ConcurrentResults(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { k in results.set(k, filter.apply(inputs[k])) }
        for k in inputs.indices { #expect(results.get(k) == serial[k], "seed \(seed) input \(k)") }
    }

    // MARK: golden FFT (the transform underneath)

    @Test("RealFFT matches numpy rfft of 16 samples and the zero-padded fft(n = 20)")
    func matchesNumpyFFT() {
        let block = Golden.object("fft")
        let x = Golden.doubles(block["x"])
        let rfft = block["rfft"] as? [String: Any] ?? [:]
        let spectrum = RealFFT(count: 16).forward(x)
        expectClose(spectrum.real, Golden.doubles(rfft["re"]), relative: 1e-12, absolute: 1e-13, "rfft re")
        expectClose(spectrum.imaginary, Golden.doubles(rfft["im"]), relative: 1e-12, absolute: 1e-13, "rfft im")
        let full = block["fft_n20_zero_padded"] as? [String: Any] ?? [:]
        let re20 = Golden.doubles(full["re"]), im20 = Golden.doubles(full["im"])
        let padded = RealFFT(count: 20).forward(x + [0, 0, 0, 0])
        // Bins 11 … 19 follow from Hermitian symmetry X[20 − k] = conj(X[k]).
        let re = (0..<20).map { $0 <= 10 ? padded.real[$0] : padded.real[20 - $0] }
        let im = (0..<20).map { $0 <= 10 ? padded.imaginary[$0] : -padded.imaginary[20 - $0] }
        expectClose(re, re20, relative: 1e-12, absolute: 1e-13, "fft20 re")
        expectClose(im, im20, relative: 1e-12, absolute: 1e-13, "fft20 im")
        print("FFT golden worst relative error \([worstRelativeError(spectrum.real, Golden.doubles(rfft["re"])), worstRelativeError(spectrum.imaginary, Golden.doubles(rfft["im"])), worstRelativeError(re, re20), worstRelativeError(im, im20)].max()!)")
    }

    // MARK: configuration

    @Test("cutoffs are validated against Nyquist with a clear message")
    func nyquistMessage() {
        do {
            _ = try FFTFilter(.lowpass(cutoff: 20), sampleRate: 30)
            Issue.record("cutoff above Nyquist accepted")
        } catch {
            #expect(error.parameter == "cutoff")
            #expect(error.message == "cutoff 20 Hz must be below the Nyquist frequency 15 Hz of a 30 Hz recording")
        }
        do {
            _ = try FFTFilter(.lowpass(cutoff: 12), sampleRate: 20.000000000000043)
            Issue.record("cutoff above Nyquist accepted")
        } catch {
            #expect(error.message == "cutoff 12 Hz must be below the Nyquist frequency 10 Hz of a 20 Hz recording")
        }
    }

    @Test("invalid configurations throw with the parameter named",
          arguments: [
            (FFTFilter.Band.lowpass(cutoff: 0), FFTFilter.Shape.ideal, 30.0, "cutoff"),
            (.highpass(cutoff: 15), .ideal, 30, "cutoff"),
            (.bandpass(low: 8, high: 3), .ideal, 30, "cutoff"),
            (.bandstop(low: 3, high: .nan), .ideal, 30, "cutoff"),
            (.lowpass(cutoff: 6), .ideal, 0, "sampleRate"),
            (.lowpass(cutoff: 6), .tapered(transitionWidth: 0), 30, "transitionWidth"),
            (.lowpass(cutoff: 1), .tapered(transitionWidth: 3), 30, "transitionWidth"),
            (.lowpass(cutoff: 14), .tapered(transitionWidth: 3), 30, "transitionWidth"),
            (.bandpass(low: 3, high: 5), .tapered(transitionWidth: 2.5), 30, "transitionWidth"),
          ])
    func rejectsInvalid(band: FFTFilter.Band, shape: FFTFilter.Shape, sampleRate: Double, parameter: String) {
        do {
            _ = try FFTFilter(band, shape: shape, sampleRate: sampleRate)
            Issue.record("\(band) \(shape) at \(sampleRate) Hz accepted")
        } catch { #expect(error.parameter == parameter, "\(error.message)") }
    }

    @Test("parameters and algorithm ID")
    func describes() throws {
        let filter = try FFTFilter(.bandpass(low: 3, high: 12), shape: .tapered(transitionWidth: 1), sampleRate: 60)
        #expect(filter.algorithmID == "fft-mask/1")
        #expect(filter.parameters == ["band": "bandpass", "lowCutoffHz": "3.0", "highCutoffHz": "12.0", "shape": "tapered",
                                      "transitionWidthHz": "1.0", "padding": "reflect", "sampleRateHz": "60.0"])
        #expect(filter.minimumLength == 1)
    }
}

/// Results written by concurrent workers, one slot each.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[Double]]
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [Double]) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> [Double] { lock.withLock { values[index] } }
}
