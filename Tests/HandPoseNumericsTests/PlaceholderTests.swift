import Testing
@Test func HandPoseNumericsTestsPlaceholder() { #expect(Bool(true)) }
