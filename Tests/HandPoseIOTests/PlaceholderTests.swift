import Testing
@Test func HandPoseIOTestsPlaceholder() { #expect(Bool(true)) }
