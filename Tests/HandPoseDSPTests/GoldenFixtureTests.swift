import HandPoseTestSupport
import Testing

@Suite("Golden fixtures")
struct GoldenFixtureTests {
    @Test("golden.json loads with its inputs and library versions")
    func loads() {
        let meta = Golden.object("meta")
        #expect(meta["scipy"] as? String == "1.17.1")
        #expect(Golden.input("x_a").count == 300)
        #expect(Golden.input("x_b").count == 600)
        #expect(Golden.input("z_d").count == 150)
    }
}
