import Testing
@testable import HandPoseMetrics

@Suite("NotComputable")
struct NotComputableTests {
    @Test("describes itself as metric: reason")
    func description() {
        #expect(NotComputable("tremor", "the recording is 2.0 s long").description == "tremor: the recording is 2.0 s long")
    }
}
