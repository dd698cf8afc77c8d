import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseDSP

@Suite("SOSFilter")
struct SOSFilterTests {
    static let goldenNames = ["lowpass_o4_6hz_fs30", "lowpass_o2_3hz_fs30", "highpass_o2_0p5hz_fs30", "bandpass_o4_3to12hz_fs60"]

    // MARK: Properties

    @Test("zero-phase output of a passband sinusoid is the sinusoid", arguments: [
        (4, Butterworth.Response.lowpass(cutoff: 6), 30.0, 1.0),
        (2, .highpass(cutoff: 0.5), 30.0, 5.0),
        (4, .bandpass(low: 3, high: 12), 60.0, 6.0),
        (3, .bandstop(low: 8, high: 12), 60.0, 2.0),
    ])
    func passbandSinusoid(order: Int, response: Butterworth.Response, sampleRate: Double, frequency: Double) throws {
        let filter = SOSFilter(try Butterworth.sections(order: order, response: response, sampleRate: sampleRate))
        let n = 2000
        let x = (0..<n).map { sin(2 * .pi * frequency * Double($0) / sampleRate + 0.3) }
        let y = filter.filtfilt(x)
        let gain = filter.sections.magnitudeResponse(at: frequency, sampleRate: sampleRate)
        // Away from the edges, y = |H|²·x exactly in phase.
        let interior = Array(300..<(n - 300))
        let worst = interior.map { abs(y[$0] - gain * gain * x[$0]) }.max()!
        #expect(worst < 1e-6, "worst deviation \(worst), |H|² = \(gain * gain)")
        #expect(abs(gain * gain - 1) < 1e-3)
    }

    @Test("a constant passes a low-pass zero-phase filter unchanged, edges included", arguments: Padding.allCases)
    func constant(padding: Padding) throws {
        let filter = SOSFilter(try Butterworth.lowpass(order: 5, cutoff: 4, sampleRate: 30))
        let x = [Double](repeating: 0.37, count: 50)
        let tolerance = padding == .unpadded ? 1e-12 : 1e-13
        expectClose(filter.filtfilt(x, padding: padding), x, relative: tolerance, "constant \(padding)")
        expectClose(filter.filterFromSteadyState(x), x, relative: 1e-13, "constant causal")
    }

    @Test("a causal stream in blocks equals one call; input and output may alias")
    func blocks() throws {
        var generator = SplitMix(seed: 7)
        let x = (0..<500).map { _ in generator.nextUnit() - 0.5 }
        let filter = SOSFilter(try Butterworth.bandstop(order: 3, low: 5, high: 9, sampleRate: 40))
        let whole = filter.filter(x).output
        var state = [Double](repeating: 0, count: filter.stateCount)
        var streamed: [Double] = []
        for block in stride(from: 0, to: x.count, by: 77) {
            let chunk = Array(x[block..<min(block + 77, x.count)])
            let (output, final) = filter.filter(chunk, initialState: state)
            streamed += output
            state = final
        }
        #expect(streamed == whole, "seed 7")
        var inPlace = x
        inPlace.withUnsafeMutableBufferPointer { buffer in
            filter.filtfilt(UnsafeBufferPointer(buffer), into: buffer)
        }
        #expect(inPlace == filter.filtfilt(x), "seed 7")
    }

    @Test("default pad lengths follow scipy, and the minimum run is one longer")
    func padLengths() throws {
        let sos = try Butterworth.lowpass(order: 3, cutoff: 5, sampleRate: 30)
        let filter = SOSFilter(sos)
        #expect(sos.tapCount == 4)  // two sections, one first-order: 2·2 + 1 − 1 = len(b) of order 3
        #expect(filter.effectivePadLength(padding: .odd) == 12)
        #expect(filter.effectivePadLength(padding: .unpadded, padLength: 40) == 0)
        #expect(filter.effectivePadLength(padding: .even, padLength: 4) == 4)
        #expect(filter.filtfilt([Double](repeating: 1, count: 13)).count == 13)
    }

    // MARK: Golden

    @Test("matches scipy sosfiltfilt / filtfilt / lfilter on golden.json", arguments: goldenNames)
    func golden(_ name: String) throws {
        let golden = Golden.object("butterworth", name)
        let x = Golden.input(golden["input"] as! String)
        let (order, response, fs) = ButterworthTests.parse(name)
        let filter = SOSFilter(try Butterworth.sections(order: order, response: response, sampleRate: fs))
        expectClose(filter.filtfilt(x), Golden.doubles(golden["sosfiltfilt"]), "\(name) sosfiltfilt")
        // filtfilt on (b, a) pads by 3·max(len a, len b), the same count for Butterworth filters.
        expectClose(filter.filtfilt(x), Golden.doubles(golden["filtfilt"]), "\(name) filtfilt")
        expectClose(filter.filtfilt(x, padding: .even), Golden.doubles(golden["filtfilt_padtype_even"]), "\(name) even")
        expectClose(filter.filtfilt(x, padding: .unpadded), Golden.doubles(golden["filtfilt_padtype_none"]), "\(name) none")
        expectClose(filter.filter(x).output, Golden.doubles(golden["lfilter_forward_only"]), "\(name) lfilter")
    }

    @Test("matches scipy sosfilt and sosfiltfilt with every padtype on iir.json")
    func extraGolden() throws {
        for case_ in IIRGolden.filtering {
            let name = case_["design"] as! String
            let design = IIRGolden.design(name)
            let x = IIRGolden.input(case_["input"] as! String)
            let padLength = case_["padlen"] as? Int
            let filter = SOSFilter(try Butterworth.sections(order: design.order, response: design.response, sampleRate: design.sampleRate))
            expectClose(filter.filter(x).output, Golden.doubles(case_["sosfilt"]), "\(name) sosfilt")
            expectClose(filter.filterFromSteadyState(x), Golden.doubles(case_["sosfilt_steady"]), "\(name) sosfilt zi")
            for (padding, key) in [(Padding.odd, "odd"), (.even, "even"), (.constant, "constant"), (.unpadded, "None")] {
                expectClose(
                    filter.filtfilt(x, padding: padding, padLength: padLength), Golden.doubles(case_["sosfiltfilt_\(key)"]),
                    "\(name) sosfiltfilt \(key) padlen \(String(describing: padLength))")
            }
        }
    }
}

/// A tiny deterministic generator for test inputs (SplitMix64); the seed is printed on failure.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
