import Foundation
import Testing
@testable import HandPoseAnalysis

/// One broken document and the field its error must name.
struct InvalidProtocolCase: Sendable, CustomTestStringConvertible {
    let label: String
    let field: String?
    let messageContains: String
    let edit: @Sendable (inout [String: Any]) -> Void

    init(_ label: String, field: String?, _ messageContains: String, edit: @escaping @Sendable (inout [String: Any]) -> Void) {
        self.label = label
        self.field = field
        self.messageContains = messageContains
        self.edit = edit
    }

    var testDescription: String { label }
}

@Suite("ClinicalProtocol validation")
struct ProtocolValidationTests {
    typealias F = ProtocolFixtures

    static let cases: [InvalidProtocolCase] = [
        .init("unknown top-level key", field: "requiredMetric", "did you mean \"requiredMetrics\"") { $0["requiredMetric"] = ["sparc"] },
        .init("unknown movement key", field: "movements[1].tremorBand", "did you mean \"tremorBandHz\"") {
            F.setMovement(&$0, 1, "tremorBand", [3, 12])
        },
        .init("missing id", field: "id", "missing required field") { $0["id"] = nil },
        .init("missing instructions", field: "movements[0].instructions", "missing required field") {
            F.setMovement(&$0, 0, "instructions", nil)
        },
        .init("null name", field: "movements[0].name", "is null") { F.setMovement(&$0, 0, "name", NSNull()) },
        .init("duration as text", field: "movements[1].durationSeconds", "expected a number") {
            F.setMovement(&$0, 1, "durationSeconds", "thirty")
        },
        .init("fractional repetitions", field: "movements[2].repetitions", "must be a whole number") { F.setMovement(&$0, 2, "repetitions", 10.5) },
        .init("fractional filter order", field: "movements[0].filterPreset.parameters.order", "must be a whole number") {
            F.setFilterParameter(&$0, 0, "order", 2.5)
        },
        .init("fractional schema version", field: "schemaVersion", "must be a whole number") { $0["schemaVersion"] = 1.5 },
        .init("indications not an array", field: "indications", "expected an array") { $0["indications"] = "PD" },
        .init("zero duration", field: "movements[0].durationSeconds", "must be above 0") { F.setMovement(&$0, 0, "durationSeconds", 0) },
        .init("negative duration", field: "movements[1].durationSeconds", "must be above 0") {
            F.setMovement(&$0, 1, "durationSeconds", -5)
        },
        .init("band low above high", field: "movements[1].tremorBandHz", "below the high edge") {
            F.setMovement(&$0, 1, "tremorBandHz", [7, 3])
        },
        .init("band low equal to high", field: "movements[1].tremorBandHz", "below the high edge") {
            F.setMovement(&$0, 1, "tremorBandHz", [5, 5])
        },
        .init("band from 0 Hz", field: "movements[0].tremorBandHz", "above 0 Hz") { F.setMovement(&$0, 0, "tremorBandHz", [0, 12]) },
        .init("band with one edge", field: "movements[1].tremorBandHz", "two numbers") { F.setMovement(&$0, 1, "tremorBandHz", [3]) },
        .init("band with three edges", field: "movements[1].tremorBandHz", "two numbers") {
            F.setMovement(&$0, 1, "tremorBandHz", [3, 7, 12])
        },
        .init("band as text", field: "movements[1].tremorBandHz", "expected an array") { F.setMovement(&$0, 1, "tremorBandHz", "3-12") },
        .init("overlapping offsets", field: "movements[1].startSeconds", "must not overlap") {
            F.setMovement(&$0, 1, "durationSeconds", nil)
            F.setMovement(&$0, 1, "startSeconds", 50)
            F.setMovement(&$0, 1, "endSeconds", 80)
        },
        .init("offsets out of order", field: "movements[1].startSeconds", "must be in order") {
            F.setMovement(&$0, 0, "durationSeconds", nil)
            F.setMovement(&$0, 0, "startSeconds", 60)
            F.setMovement(&$0, 0, "endSeconds", 90)
            F.setMovement(&$0, 1, "durationSeconds", nil)
            F.setMovement(&$0, 1, "startSeconds", 0)
            F.setMovement(&$0, 1, "endSeconds", 30)
        },
        .init("end before start", field: "movements[1].endSeconds", "not after its start") {
            F.setMovement(&$0, 1, "durationSeconds", nil)
            F.setMovement(&$0, 1, "startSeconds", 70)
            F.setMovement(&$0, 1, "endSeconds", 65)
        },
        .init("end and duration", field: "movements[1].endSeconds", "not both") { F.setMovement(&$0, 1, "endSeconds", 95) },
        .init("end without start", field: "movements[1].endSeconds", "needs startSeconds") {
            F.setMovement(&$0, 1, "durationSeconds", nil)
            F.setMovement(&$0, 1, "endSeconds", 95)
        },
        .init("negative start", field: "movements[0].startSeconds", "0 or more") { F.setMovement(&$0, 0, "startSeconds", -1) },
        .init("open-ended movement before the last", field: "movements[0]", "only the last movement") {
            F.setMovement(&$0, 0, "durationSeconds", nil)
        },
        .init("unknown required metric", field: "requiredMetrics[1]", "unknown metric \"tremorAmp\"") {
            $0["requiredMetrics"] = ["tremorFrequency", "tremorAmp"]
        },
        .init("unknown movement metric", field: "movements[2].metrics[0]", "known: tremorFrequency") {
            F.setMovement(&$0, 2, "metrics", ["jerk"])
        },
        .init("duplicate required metric", field: "requiredMetrics[2]", "duplicate metric tremorFrequency") {
            $0["requiredMetrics"] = ["tremorFrequency", "tremorAmplitude", "tremorFrequency"]
        },
        .init("required metric no movement computes", field: "requiredMetrics[4]", "no movement") {
            $0["requiredMetrics"] = ["tremorFrequency", "tremorAmplitude", "tremorRegularity", "asymmetryIndex", "rangeOfMotion"]
        },
        .init("empty required metrics", field: "requiredMetrics", "at least one metric") { $0["requiredMetrics"] = [String]() },
        .init("unknown filter method", field: "movements[0].filterPreset.method", "unknown filter method \"lowpass\"") {
            F.setMovement(&$0, 0, "filterPreset", ["method": "lowpass"])
        },
        .init("filter parameter of another method", field: "movements[0].filterPreset.parameters.window", "does not apply to the butterworth") {
            F.setFilterParameter(&$0, 0, "window", 7)
        },
        .init("unknown filter parameter", field: "movements[2].filterPreset.parameters.cutof", "did you mean \"cutoff\"") {
            F.setFilterParameter(&$0, 2, "cutof", 10)
        },
        .init("filter order out of range", field: "movements[0].filterPreset.parameters.order", "must be 1-20") {
            F.setFilterParameter(&$0, 0, "order", 0)
        },
        .init("filter band with lowpass", field: "movements[2].filterPreset.parameters.band", "goes with type bandpass") {
            F.setFilterParameter(&$0, 2, "band", [1, 5])
        },
        .init("duplicate movement name", field: "movements[1].name", "duplicate movement name \"rest-tremor\"") {
            F.setMovement(&$0, 1, "name", "rest-tremor")
        },
        .init("movement name not kebab-case", field: "movements[0].name", "kebab-case") { F.setMovement(&$0, 0, "name", "Rest tremor") },
        .init("unknown movement kind", field: "movements[0].kind", "unknown movement kind \"resting\"") {
            F.setMovement(&$0, 0, "kind", "resting")
        },
        .init("zero repetitions", field: "movements[2].repetitions", "1 or more") { F.setMovement(&$0, 2, "repetitions", 0) },
        .init("empty instructions", field: "movements[1].instructions", "must not be empty") { F.setMovement(&$0, 1, "instructions", "  ") },
        .init("no movements", field: "movements", "at least one movement") { $0["movements"] = [Any]() },
        .init("version without minor", field: "version", "MAJOR.MINOR") { $0["version"] = "1" },
        .init("version with patch", field: "version", "MAJOR.MINOR") { $0["version"] = "1.0.0" },
        .init("version as number", field: "version", "expected a string") { $0["version"] = 1.0 },
        .init("id with spaces", field: "id", "kebab-case") { $0["id"] = "Parkinsons Tremor" },
        .init("future schema version", field: "schemaVersion", "unsupported schema version 2") { $0["schemaVersion"] = 2 },
        .init("empty indication", field: "indications[1]", "must not be empty") { $0["indications"] = ["PD", ""] },
        .init("DOI as a URL", field: "references[0].doi", "not a DOI") {
            $0["references"] = [["citation": "Someone 2020", "doi": "https://doi.org/10.1000/x"]]
        },
        .init("unknown reference key", field: "references[0].pmid", "unknown field \"pmid\"") {
            $0["references"] = [["citation": "Someone 2020", "pmid": "123"]]
        },
    ]

    @Test("each invalid field is named by its JSON path", arguments: cases)
    func invalidField(_ testCase: InvalidProtocolCase) throws {
        var object = ProtocolFixtures.object("parkinsons-tremor-assessment")
        testCase.edit(&object)
        let error = try #require(throws: AnalysisError.self) {
            try ClinicalProtocol(jsonData: ProtocolFixtures.data(object), path: "broken.json")
        }
        #expect(error.code == .invalidProtocol)
        #expect(error.path == "broken.json")
        #expect(error.field == testCase.field, "\(error)")
        #expect(error.message.contains(testCase.messageContains), "\(error)")
        if let field = testCase.field { #expect(error.description.contains("broken.json: error: \(field): ")) }
    }

    @Test("a file that is not JSON says so, without a field")
    func notJSON() throws {
        let error = try #require(throws: AnalysisError.self) {
            try ClinicalProtocol(jsonData: Data("{ \"id\": ".utf8), path: "x.json")
        }
        #expect(error.code == .invalidProtocol)
        #expect(error.field == nil)
        #expect(error.message.hasPrefix("not a valid JSON document"))
    }

    @Test("a top-level array names the document")
    func topLevelArray() throws {
        let error = try #require(throws: AnalysisError.self) { try ClinicalProtocol(jsonData: Data("[]".utf8)) }
        #expect(error.field == "(document)")
        #expect(error.message.contains("expected an object"))
    }

    @Test("JSON paths from coding paths")
    func jsonPath() {
        typealias Key = ProtocolDecoding.AnyKey
        let path: [any CodingKey] = [Key(stringValue: "movements"), Key(intValue: 1), Key(stringValue: "tremorBandHz"), Key(intValue: 0)]
        #expect(ProtocolDecoding.jsonPath(path) == "movements[1].tremorBandHz[0]")
        #expect(ProtocolDecoding.jsonPath([]) == "")
    }
}
