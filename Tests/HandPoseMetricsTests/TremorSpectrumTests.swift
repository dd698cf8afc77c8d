import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("TremorSpectrum")
struct TremorSpectrumTests {
    /// Compares every feature with `golden.json`'s `tremor.<case>` block to 1e-9 relative.
    static func check(_ features: TremorSpectralFeatures?, against expected: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let features else {
            Issue.record("no features", sourceLocation: sourceLocation)
            return
        }
        #expect(features.peak.bin == Int(Golden.double(expected["peak_bin_index"])), sourceLocation: sourceLocation)
        let pairs: [(String, Double)] = [
            ("peak_freq_bin_hz", features.peak.binFrequencyHz),
            ("peak_freq_parabolic_hz", features.peak.frequencyHz),
            ("peak_freq_parabolic_logpsd_hz", features.logParabolicFrequencyHz),
            ("band_power_trapezoid", features.bandPowerTrapezoid),
            ("band_power_rect_sum_df", features.bandPowerRectangle),
            ("rms_amplitude_from_trapezoid", features.rmsAmplitude),
            ("sine_amplitude_from_trapezoid", features.sineAmplitude),
            ("peak_to_peak_from_trapezoid", features.peakToPeak),
            ("spectral_concentration_pm1hz", features.spectralConcentration),
            ("spectral_entropy_normalised", features.spectralEntropy),
            ("second_harmonic_ratio", features.secondHarmonicRatio ?? .nan),
        ]
        for (key, actual) in pairs {
            expectClose([actual], [Golden.double(expected[key])], relative: 1e-9, absolute: 1e-15, key, sourceLocation: sourceLocation)
        }
        #expect(features.bandHz == Golden.doubles(expected["band_hz"]), sourceLocation: sourceLocation)
    }

    @Test("x_b (6.2 Hz tremor, harmonic, noise, 60 fps) matches golden.py tremor_features to 1e-9")
    func goldenTremor() {
        let result = TremorSpectrum.features(of: Golden.input("x_b"), sampleRate: 60)
        #expect(result.frequencies.count == 241)
        Self.check(result.features, against: Golden.object("tremor", "x_b"))
    }

    @Test("a pure 0.1 sine at 5 Hz matches golden and reports amplitude 0.1 at 5.000002 Hz")
    func goldenPureSine() throws {
        let x = (0..<600).map { 0.1 * sin(2 * Double.pi * 5 * Double($0) / 60) }
        let result = TremorSpectrum.features(of: x, sampleRate: 60)
        Self.check(result.features, against: Golden.object("tremor", "pure_sine_5hz_amp0p1_fs60", "features"))
        let features = try #require(result.features)
        #expect(abs(features.peak.frequencyHz - 5.000002) < 1e-6)
        // The peak-window amplitude (±1 Hz) of a pure sinusoid is its zero-to-peak amplitude.
        #expect(abs(features.peakAmplitude - 0.1) < 0.001)
        #expect(abs(features.sineAmplitude - 0.1) < 1e-6)
        #expect(abs(features.bandPowerTrapezoid / features.totalPowerTrapezoid - 1) < 1e-3)
    }

    @Test("a caller-chosen peak bin moves every peak-centred feature", arguments: [24, 40, 64])
    func chosenPeak(bin: Int) throws {
        let x = (0..<600).map { 0.1 * sin(2 * Double.pi * 5 * Double($0) / 60) }
        let (f, p, _) = TremorSpectrum.features(of: x, sampleRate: 60)
        let features = try #require(TremorSpectrum.features(frequencies: f, power: p, band: 3...12, peakBin: bin))
        #expect(features.peak.bin == bin)
        #expect(features.peak.binFrequencyHz == f[bin])
    }

    @Test("an empty or silent band gives no features")
    func emptyBand() {
        let f = (0..<100).map { Double($0) * 0.125 }
        #expect(TremorSpectrum.features(frequencies: f, power: [Double](repeating: 0, count: 100), band: 3...12) == nil)
        #expect(TremorSpectrum.features(frequencies: f, power: [Double](repeating: 1, count: 100), band: 20...30) == nil)
        #expect(TremorSpectrum.features(of: [1], sampleRate: 60).features == nil)
    }

    @Test("white-ish flat spectrum has entropy 1 and concentration = window share")
    func flatSpectrum() throws {
        let f = (0..<121).map { Double($0) * 0.125 }
        let features = try #require(TremorSpectrum.features(frequencies: f, power: [Double](repeating: 2, count: 121), band: 3...12))
        #expect(features.bandBins == 73)
        #expect(abs(features.spectralEntropy - 1) < 1e-12)
        #expect(features.peak.bin == 24)  // first maximum, as numpy's argmax
        #expect(abs(features.bandPowerTrapezoid - 18) < 1e-12)
        #expect(abs(features.spectralConcentration - 9.0 / 73) < 1e-12)  // 3 ... 4 Hz: 9 bins
    }
}
