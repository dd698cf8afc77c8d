import Testing
@Test func HandPoseSimulationTestsPlaceholder() { #expect(Bool(true)) }
