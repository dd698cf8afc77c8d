import Testing
@testable import HandPoseAnalysis

@Suite("AnalysisError")
struct AnalysisErrorTests {
    @Test("prints path, field and message")
    func description() {
        let error = AnalysisError(.invalidProtocol, path: "p.json", field: "movements[0].durationSeconds", "must be positive, got -3")
        #expect(error.description == "p.json: error: movements[0].durationSeconds: must be positive, got -3")
        #expect(AnalysisError(.unknownProtocol, "no protocol x").description == "error: no protocol x")
    }
}
