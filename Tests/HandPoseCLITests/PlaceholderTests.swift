import Testing
@Test func HandPoseCLITestsPlaceholder() { #expect(Bool(true)) }
