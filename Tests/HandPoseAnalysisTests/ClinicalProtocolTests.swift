import Foundation
import Testing
@testable import HandPoseAnalysis

@Suite("ClinicalProtocol")
struct ClinicalProtocolTests {
    static let bundledIDs = ["essential-tremor", "free-recording", "parkinsons-tremor-assessment"]

    @Test("the bundled protocols decode and validate", arguments: bundledIDs)
    func bundledValidate(id: String) throws {
        let document = try ClinicalProtocol(jsonData: Data(ProtocolFixtures.json(id).utf8), path: "\(id).json")
        #expect(document.id == id)
        #expect(document.version == "1.0")
        #expect(!document.references.isEmpty)
        #expect(document.references.allSatisfy { $0.doi != nil })
    }

    @Test("round trip: decode, encode, decode gives the same protocol", arguments: bundledIDs)
    func roundTrip(id: String) throws {
        let document = try ClinicalProtocol(jsonData: Data(ProtocolFixtures.json(id).utf8))
        let encoded = try document.jsonData()
        let again = try ClinicalProtocol(jsonData: encoded)
        #expect(again == document)
        #expect(try again.jsonData() == encoded)
    }

    @Test("a protocol built in code encodes to a valid document without nulls")
    func builtInCode() throws {
        let document = ProtocolFixtures.make([
            Movement(name: "hold", kind: .postural, durationSeconds: 10, instructions: "Hold."),
            Movement(
                name: "move", kind: .kinetic, startSeconds: 12, endSeconds: 20, repetitions: 3, instructions: "Move.",
                tremorBandHz: ProtocolFrequencyBand(lowHz: 4, highHz: 12),
                filterPreset: ProtocolFilterPreset(method: .savgol, parameters: .init(window: 7, polyorder: 2)),
                metrics: [.tremorFrequency, .sparc]),
        ])
        try document.validate()
        let text = String(decoding: try document.jsonData(), as: UTF8.self)
        #expect(!text.contains("null"))
        #expect(text.contains("\"tremorBandHz\" : [\n"))
        #expect(try ClinicalProtocol(jsonData: Data(text.utf8)) == document)
    }

    @Test("Parkinson's protocol: rest 60 s, postural 30 s, kinetic finger-to-nose 30 s × 10; the four required metrics")
    func parkinsons() throws {
        let document = try #require(ProtocolLibrary.bundled[id: "parkinsons-tremor-assessment"])
        #expect(document.movements.map(\.kind) == [.rest, .postural, .kinetic])
        #expect(document.movements.map(\.durationSeconds) == [60, 30, 30])
        #expect(document.movements[2].repetitions == 10)
        #expect(document.movements[2].name.contains("finger-to-nose"))
        #expect(document.requiredMetrics == [.tremorFrequency, .tremorAmplitude, .tremorRegularity, .asymmetryIndex])
        #expect(document.plannedDurationSeconds == 120)
    }

    @Test("essential tremor: postural and kinetic movements, 4-12 Hz")
    func essentialTremor() throws {
        let document = try #require(ProtocolLibrary.bundled[id: "essential-tremor"])
        #expect(Set(document.movements.map(\.kind)) == [.postural, .kinetic])
        #expect(document.movements.allSatisfy { $0.tremorBand == ProtocolFrequencyBand(lowHz: 4, highHz: 12) })
    }

    @Test("free recording: one open-ended movement, 3-12 Hz")
    func freeRecording() throws {
        let document = try #require(ProtocolLibrary.bundled[id: "free-recording"])
        #expect(document.movements.count == 1)
        #expect(document.movements[0].isOpenEnded)
        #expect(document.movements[0].tremorBand == .defaultTremorBand)
        #expect(document.plannedDurationSeconds == nil)
    }

    @Test("version format", arguments: [("1.0", true), ("12.34", true), ("1", false), ("1.0.0", false), ("v1.0", false), ("1.", false), (".1", false)])
    func versionFormat(version: String, valid: Bool) {
        #expect(ClinicalProtocol.isVersion(version) == valid)
    }

    @Test("kebab-case identifiers", arguments: [("free-recording", true), ("a1-b2", true), ("Free", false), ("a--b", false), ("-a", false), ("a_b", false), ("", false)])
    func kebabCase(text: String, valid: Bool) {
        #expect(ClinicalProtocol.isKebabCase(text) == valid)
    }
}

@Suite("Protocol review thresholds")
struct ProtocolReviewThresholdDecodingTests {
    @Test("reviewThresholds decode, encode back, and bad values name the field")
    func thresholds() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: ProtocolLibrary.bundled[id: "essential-tremor"]!.jsonData()) as? [String: Any])
        object["reviewThresholds"] = ["tremorAmplitudeMm": 5, "minimumConfidence": 0.6]
        let decoded = try ClinicalProtocol(jsonData: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.reviewThresholds == ProtocolReviewThresholds(tremorAmplitudeMm: 5, minimumConfidence: 0.6))
        #expect(try ClinicalProtocol(jsonData: decoded.jsonData()) == decoded)

        object["reviewThresholds"] = ["minimumConfidence": 1.5]
        let error = #expect(throws: AnalysisError.self) {
            try ClinicalProtocol(jsonData: JSONSerialization.data(withJSONObject: object))
        }
        #expect(error?.field == "reviewThresholds.minimumConfidence")
        object["reviewThresholds"] = ["tremorAmplitude": 5]
        #expect(throws: AnalysisError.self) { try ClinicalProtocol(jsonData: JSONSerialization.data(withJSONObject: object)) }
    }
}
