import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("AsymmetryReport")
struct AsymmetryReportTests {
    @Test("tremor amplitude and frequency: indices on the values, positive when the right is larger")
    func tremor() throws {
        let report = AsymmetryReport([
            "tremorAmplitude": AsymmetryMeasure(left: 4, right: 5),
            "tremorFrequency": AsymmetryMeasure(left: 5.2, right: 5.2),
        ])
        let amplitude = try #require(report["tremorAmplitude"])
        #expect(abs(amplitude.index! - 1.0 / 9) < 1e-15)
        #expect(abs(amplitude.logRatioPercent! - 22.31435513142097) < 1e-12)
        #expect(abs(amplitude.symmetryAnglePercent! - 7.04465749545545) < 1e-12)
        #expect(amplitude.basis == "value")
        #expect(report["tremorFrequency"]?.index == 0)
        #expect(report.notComputable.isEmpty)
    }

    @Test("a missing hand: raw values kept, index null with the reason")
    func missingHand() {
        let report = AsymmetryReport([
            "tremorAmplitude": AsymmetryMeasure(left: nil, right: 3),
            "tremorFrequency": AsymmetryMeasure(left: nil, right: nil),
        ])
        #expect(report["tremorAmplitude"]?.right == 3)
        #expect(report["tremorAmplitude"]?.index == nil)
        #expect(report.reason(for: "tremorAmplitude")?.contains("left hand has no value") == true)
        #expect(report.reason(for: "tremorFrequency") == "neither hand has a value")
    }

    @Test("unreliable handedness: no index for any metric")
    func handedness() {
        let report = AsymmetryReport(
            ["tremorAmplitude": AsymmetryMeasure(left: 1, right: 2), "sparc": AsymmetryMeasure(left: -1.5, right: -2, scale: .negative)],
            handednessProblem: "the hand labels swap 3 times")
        #expect(report.metrics.values.allSatisfy { $0.index == nil && $0.left != nil })
        #expect(report.notComputable.count == 2)
        #expect(report.reason(for: "sparc")?.contains("the hand labels swap 3 times") == true)
    }

    @Test("negative metrics (SPARC, LDLJ) compare magnitudes")
    func negative() {
        let report = AsymmetryReport([
            "sparc": AsymmetryMeasure(left: -1.6, right: -2.0, scale: AsymmetryMeasure.conventionalScale(forMetric: "sparc")),
            "ldljV": AsymmetryMeasure(left: -6, right: 0.5, scale: AsymmetryMeasure.conventionalScale(forMetric: "ldljV")),
        ])
        #expect(report["sparc"]?.basis == "magnitude")
        #expect(abs(report["sparc"]!.index! - 0.4 / 3.6) < 1e-15)
        #expect(report["ldljV"]?.index == nil)
        #expect(report.reason(for: "ldljV")?.contains("not both negative") == true)
    }

    @Test("signed metrics, negative values of a non-negative metric and two zeros are refused")
    func refused() {
        let report = AsymmetryReport([
            "drift": AsymmetryMeasure(left: -1, right: 2, scale: .signed),
            "tremorAmplitude": AsymmetryMeasure(left: -1, right: 2),
            "rangeOfMotion.index.dip": AsymmetryMeasure(left: 0, right: 0),
            "rangeOfMotion.index.pip": AsymmetryMeasure(left: 0, right: 40),
        ])
        #expect(report.reason(for: "drift")?.contains("signed") == true)
        #expect(report.reason(for: "tremorAmplitude")?.contains("non-negative") == true)
        #expect(report.reason(for: "rangeOfMotion.index.dip")?.contains("both values are 0") == true)
        #expect(report["rangeOfMotion.index.pip"]?.index == 1)
        #expect(report["rangeOfMotion.index.pip"]?.logRatioPercent == nil)
        #expect(report.reason(for: "rangeOfMotion.index.pip") == nil)
    }

    @Test("conventional scales of handpose's metric names", arguments: [
        ("sparc", AsymmetryMeasure.Scale.negative), ("ldljV", .negative), ("ldljA", .negative),
        ("dimensionlessJerk", .negative), ("normalizedJerk", .nonNegative), ("tremorAmplitude", .nonNegative),
    ])
    func scales(metric: String, scale: AsymmetryMeasure.Scale) {
        #expect(AsymmetryMeasure.conventionalScale(forMetric: metric) == scale)
    }

    @Test("JSON: metrics at the top level with null indices, and a round trip")
    func json() throws {
        let report = AsymmetryReport([
            "tremorAmplitude": AsymmetryMeasure(left: 4, right: 5), "tremorFrequency": AsymmetryMeasure(left: nil, right: 5),
        ])
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["tremorAmplitude", "tremorFrequency", "notComputable"])
        let frequency = try #require(object["tremorFrequency"] as? [String: Any])
        #expect(Set(frequency.keys) == ["left", "right", "basis", "index", "logRatioPercent", "symmetryAnglePercent"])
        #expect(frequency["index"] is NSNull)
        #expect(try JSONDecoder().decode(AsymmetryReport.self, from: data) == report)
    }
}
