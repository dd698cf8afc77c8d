import HandPoseCore
import Testing
import HandPoseSimulation

@Suite("TremorSpec and GapSpec parsing")
struct SpecParsingTests {
    @Test("tremor text with the default direction")
    func tremorDefault() throws {
        let (side, spec) = try TremorSpec.parse("left:4.6:1.5")
        #expect(side == .left)
        #expect(spec == TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5))
        #expect(abs(spec.unitDirection.length - 1) < 1e-15)
    }

    @Test("tremor text with a direction")
    func tremorDirection() throws {
        let (side, spec) = try TremorSpec.parse("Right:5.2:3.0:0,0,2")
        #expect(side == .right)
        #expect(spec.direction == SIMD3(0, 0, 2))
        #expect(spec.unitDirection == SIMD3(0, 0, 1))
    }

    @Test("bad tremor text names the bad part", arguments: [
        ("left:4.6", "2 field"), ("middle:4.6:1.5", "hand 'middle'"), ("left:x:1.5", "frequency 'x'"),
        ("left:-3:1.5", "frequency '-3'"), ("left:4:-1", "amplitude '-1'"), ("left:4:1:0,0,0", "direction"),
        ("left:4:1:1,2", "direction"),
    ])
    func tremorErrors(text: String, fragment: String) {
        #expect {
            _ = try TremorSpec.parse(text)
        } throws: { error in
            guard let error = error as? SimulationError else { return false }
            return error.code == .invalidTremorSpec && error.message.contains(fragment)
                && error.message.contains("hand:frequencyHz:amplitudeMm")
        }
    }

    @Test("gap forms", arguments: [
        ("1.5", GapSpec(length: 1.5)),
        ("right:1.5", GapSpec(hand: .right, length: 1.5)),
        ("12:1.5", GapSpec(start: 12, length: 1.5)),
        ("right:12:1.5", GapSpec(hand: .right, start: 12, length: 1.5)),
        ("left:0:0.25", GapSpec(hand: .left, start: 0, length: 0.25)),
    ])
    func gapForms(text: String, expected: GapSpec) throws {
        #expect(try GapSpec.parse(text) == expected)
    }

    @Test("bad gap text", arguments: ["", "0", "-1", "x", "up:1:2", "right:-1:2", "1:2:3:4", "right:abc"])
    func gapErrors(text: String) {
        #expect {
            _ = try GapSpec.parse(text)
        } throws: { error in
            (error as? SimulationError)?.code == .invalidGapSpec
        }
    }
}
