import HandPoseTestSupport
import Testing
@testable import HandPoseDSP

@Suite("ButterworthFilter")
struct ButterworthFilterTests {
    @Test("zero-phase filter matches scipy sosfiltfilt and reports its parameters")
    func zeroPhase() throws {
        let golden = Golden.object("butterworth", "bandpass_o4_3to12hz_fs60")
        let filter = try ButterworthFilter(order: 4, response: .bandpass(low: 3, high: 12), sampleRate: 60)
        #expect(filter.algorithmID == "butterworth-sosfiltfilt/1")
        #expect(filter.minimumLength == 28)
        #expect(filter.parameters == [
            "order": "4", "response": "bandpass", "lowHz": "3", "highHz": "12", "sampleRateHz": "60",
            "padding": "odd", "padLength": "27",
        ])
        expectClose(filter.apply(Golden.input("x_b")), Golden.doubles(golden["sosfiltfilt"]), "bandpass")
    }

    @Test("causal filter starts from zero or from the steady state")
    func causal() throws {
        let design = IIRGolden.filtering.first { $0["design"] as? String == "lowpass_o5_14p5hz_fs30" }!
        let x = IIRGolden.input("u30")
        let steady = try ButterworthFilter(order: 5, response: .lowpass(cutoff: 14.5), sampleRate: 30, application: .causal())
        let zero = try ButterworthFilter(order: 5, response: .lowpass(cutoff: 14.5), sampleRate: 30, application: .causal(start: .zero))
        #expect(steady.algorithmID == "butterworth-sosfilt/1")
        #expect(steady.minimumLength == 1)
        #expect(steady.parameters["initialState"] == "steady-state" && steady.parameters["cutoffHz"] == "14.5")
        expectClose(steady.apply(x), Golden.doubles(design["sosfilt_steady"]), "steady")
        expectClose(zero.apply(x), Golden.doubles(design["sosfilt"]), "zero")
    }

    @Test("custom padding and pad length set the minimum length")
    func padding() throws {
        let filter = try ButterworthFilter(order: 2, response: .highpass(cutoff: 0.5), sampleRate: 30, application: .zeroPhase(padding: .even, padLength: 4))
        #expect(filter.minimumLength == 5)
        #expect(filter.parameters["padding"] == "even" && filter.parameters["padLength"] == "4")
        let unpadded = try ButterworthFilter(order: 2, response: .highpass(cutoff: 0.5), sampleRate: 30, application: .zeroPhase(padding: .unpadded))
        #expect(unpadded.minimumLength == 1)
        #expect(throws: FilterConfigurationError.self) {
            try ButterworthFilter(order: 2, response: .lowpass(cutoff: 1), sampleRate: 30, application: .zeroPhase(padLength: -1))
        }
        #expect(throws: FilterConfigurationError.self) {
            try ButterworthFilter(order: 2, response: .lowpass(cutoff: 16), sampleRate: 30)
        }
    }
}
