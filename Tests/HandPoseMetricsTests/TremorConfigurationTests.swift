import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("TremorConfiguration")
struct TremorConfigurationTests {
    @Test("defaults: 3-12 Hz, 4 s segments, 50 % overlap, nfft 2·nperseg, parabolic peak, 1.5 × noise floor")
    func defaults() throws {
        let c = TremorConfiguration.standard
        #expect(c.bandHz == 3...12 && c.segmentSeconds == 4 && c.segmentOverlap == 0.5 && c.fftLengthFactor == 2)
        #expect(c.peakInterpolation == .parabolic && c.regularityHalfWidthHz == 1 && c.harmonicHalfWidthHz == 0.5)
        #expect(c.subharmonicRatio == 0.5 && c.tremorThreshold == 1.5 && c.maximumGapSeconds == 0.25)
        try c.validate()
        try TremorConfiguration.restTremor.validate()
        #expect(TremorConfiguration.essentialTremor.bandHz == 4...12)
    }

    @Test("a protocol names only what it changes; null disables the harmonic guard")
    func partialDecoding() throws {
        let c = try JSONDecoder().decode(TremorConfiguration.self, from: Data(#"{"bandHz": [4, 12], "subharmonicRatio": null}"#.utf8))
        #expect(c.bandHz == 4...12 && c.subharmonicRatio == nil && c.segmentSeconds == 4)
        let empty = try JSONDecoder().decode(TremorConfiguration.self, from: Data("{}".utf8))
        #expect(empty == .standard)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TremorConfiguration.self, from: Data(#"{"bandHz": [12]}"#.utf8)) }
    }

    @Test("encodes every key and reads back equal")
    func roundTrip() throws {
        let c = TremorConfiguration(bandHz: 3...7, peakInterpolation: .logParabolic, subharmonicRatio: nil)
        let data = try JSONEncoder().encode(c)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["bandHz"] as? [Double] == [3, 7] && object["subharmonicRatio"] is NSNull)
        #expect(object.count == 10)
        #expect(try JSONDecoder().decode(TremorConfiguration.self, from: data) == c)
    }

    @Test("bad settings are refused naming the setting", arguments: [
        (TremorConfiguration(bandHz: 0...12), "bandHz"),
        (TremorConfiguration(bandHz: 12...12), "bandHz"),
        (TremorConfiguration(segmentSeconds: 0), "segmentSeconds"),
        (TremorConfiguration(segmentOverlap: 1), "segmentOverlap"),
        (TremorConfiguration(fftLengthFactor: 0), "fftLengthFactor"),
        (TremorConfiguration(maximumGapSeconds: -1), "maximumGapSeconds"),
        (TremorConfiguration(regularityHalfWidthHz: 0), "regularityHalfWidthHz"),
        (TremorConfiguration(subharmonicRatio: -1), "subharmonicRatio"),
        (TremorConfiguration(tremorThreshold: .nan), "tremorThreshold"),
    ])
    func invalid(configuration: TremorConfiguration, parameter: String) {
        #expect(throws: TremorConfigurationError.self) { try configuration.validate() }
        do {
            _ = try TremorAnalyzer(configuration: configuration)
            Issue.record("accepted \(parameter)")
        } catch {
            #expect(error.parameter == parameter)
            #expect(error.description.hasPrefix(parameter))
        }
    }
}
