import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseSimulation
import Testing

/// The documents handpose writes come out of CanonicalJSONEncoder byte for byte as Foundation's
/// JSONEncoder writes them with the same options (the output contract's text did not change when
/// the encoder did).
@Suite("Analysis JSON")
struct AnalysisJSONTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/recordings")

    static func foundationText(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func expectSame(_ analysis: ClinicalAnalysis, _ label: String) throws {
        for pretty in [true, false] {
            let text = String(decoding: try analysis.jsonData(pretty: pretty), as: UTF8.self)
            #expect(text == (try foundationText(analysis, pretty: pretty)), "\(label), pretty: \(pretty)")
        }
    }

    @Test("every fixture recording under every bundled protocol", arguments: ["two-hands-long.csv", "two-hands-wide.csv", "two-hands-named.csv", "right-hand-wide-one-based.csv", "faulty-long.csv"])
    func fixtures(file: String) throws {
        let recording = try RecordingReader.read(contentsOf: Self.fixtures.appendingPathComponent(file).path)
        for clinicalProtocol in ProtocolLibrary.bundled.all {
            try Self.expectSame(try Analyzer(protocol: clinicalProtocol).analyze(recording), "\(file) \(clinicalProtocol.id)")
        }
    }

    @Test("a filtered analysis, a one-hand recording and a comparison")
    func variants() throws {
        let (recording, _) = RecordingSimulator.simulate(SimulationConfiguration(
            duration: 12, frameRate: 30, seed: 9, tremor: [.left: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 2)],
            noiseMillimetres: 0.3, dropRate: 0.02, jitterMilliseconds: 1, hands: [.left]))
        let filtered = try Analyzer(options: AnalysisOptions(filter: ProtocolFilterPreset(method: .kalman))).analyze(recording)
        try Self.expectSame(filtered, "kalman, one hand")
        let analyzer = Analyzer()
        let comparison = RecordingComparison(
            try analyzer.analyzeWithWindows(recording), try analyzer.analyzeWithWindows(recording), labelA: "a", labelB: "b")
        for pretty in [true, false] {
            #expect(String(decoding: try comparison.jsonData(pretty: pretty), as: UTF8.self) == (try Self.foundationText(comparison, pretty: pretty)))
        }
    }
}
