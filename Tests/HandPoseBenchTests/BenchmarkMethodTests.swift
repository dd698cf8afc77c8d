import HandPoseAnalysis
import Testing
@testable import HandPoseBench

@Suite("BenchmarkMethod")
struct BenchmarkMethodTests {
    @Test("all is raw and the nine methods with their defaults")
    func all() throws {
        let methods = try BenchmarkMethod.parseList("all")
        #expect(methods.map(\.name) == ["raw", "butterworth", "savgol", "moving-average", "exponential", "fft", "wavelet", "kalman", "ukf", "particle"])
        #expect(methods == BenchmarkMethod.all)
        #expect(methods.dropFirst().allSatisfy { $0.preset?.parameters == ProtocolFilterPreset.Parameters() })
    }

    @Test("raw is always first; parameters follow the method")
    func parameters() throws {
        let methods = try BenchmarkMethod.parseList("savgol:window=11:polyorder=2, butterworth:type=bandpass:band=3,12,kalman:process-noise=1e5:no-smooth,exponential:causal")
        #expect(methods.map(\.name) == ["raw", "savgol:window=11:polyorder=2", "butterworth:type=bandpass:band=3,12", "kalman:process-noise=1e5:no-smooth", "exponential:causal"])
        #expect(methods[1].preset?.parameters.window == 11 && methods[1].preset?.parameters.polyorder == 2)
        #expect(methods[2].preset?.parameters.band == ProtocolFrequencyBand(lowHz: 3, highHz: 12))
        #expect(methods[2].preset?.parameters.type == .bandpass)
        #expect(methods[3].preset?.parameters.processNoise == 1e5 && methods[3].preset?.parameters.noSmooth == true)
        #expect(methods[4].preset?.parameters.causal == true)
        #expect(try BenchmarkMethod.parse("butterworth:band=3-12").preset?.parameters.band == ProtocolFrequencyBand(lowHz: 3, highHz: 12))
        #expect(try BenchmarkMethod.parse("kalman:measurementNoise=0.5").preset?.parameters.measurementNoise == 0.5)
        #expect(try BenchmarkMethod.parseList("all,butterworth:cutoff=6").count == 11)
    }

    @Test("bad method texts are refused with the reason", arguments: [
        ("butterwort", "did you mean \"butterworth\""),
        ("", "empty"),
        ("raw,,savgol", "empty entry"),
        ("savgol,savgol", "twice"),
        ("butterworth:window=5", "does not apply"),
        ("savgol:window=8", "odd"),
        ("butterworth:cutoff=fast", "not a number"),
        ("butterworth:speed=3", "unknown parameter"),
        ("kalman:model=jerk", "cv, ca"),
        ("raw:cutoff=3", "takes no parameters"),
        ("butterworth:band=3", "LOW-HIGH"),
    ])
    func invalid(text: String, mentions: String) {
        #expect {
            try BenchmarkMethod.parseList(text)
        } throws: { error in
            guard let error = error as? BenchmarkError, error.code == .invalidMethod else { return false }
            return error.message.contains(mentions)
        }
    }
}
