import Testing
@Test func HandPoseQualityTestsPlaceholder() { #expect(Bool(true)) }
