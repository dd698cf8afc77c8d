import Foundation
import HandPoseCore
import Testing
import HandPoseSimulation

@Suite("SimulationConfiguration")
struct SimulationConfigurationTests {
    private static let base = SimulationTestSupport.configuration()

    private static func modified(_ change: (inout SimulationConfiguration) -> Void) -> SimulationConfiguration {
        var configuration = base
        change(&configuration)
        return configuration
    }

    @Test("a sensible configuration validates")
    func valid() throws {
        try Self.base.validate()
        try Self.modified { $0.tremor = [.left: TremorSpec(frequencyHz: 29.9, amplitudeMillimetres: 0)] }.validate()
    }

    @Test("invalid values are reported with the value and the rule", arguments: [
        (modified { $0.duration = 0 }, "duration 0.0 s"),
        (modified { $0.duration = .nan }, "duration"),
        (modified { $0.frameRate = 0.5 }, "frame rate 0.5 fps must be between 1 and 1000"),
        (modified { $0.frameRate = 2000 }, "frame rate 2000.0"),
        (modified { $0.dropRate = 1 }, "drop rate 1.0 must be in [0, 1)"),
        (modified { $0.dropRate = -0.1 }, "drop rate"),
        (modified { $0.noiseMillimetres = -1 }, "noise -1.0 mm"),
        (modified { $0.jitterMilliseconds = 20 }, "below the frame interval 16.67 ms at 60.0 fps"),
        (modified { $0.tremor = [.left: TremorSpec(frequencyHz: 30, amplitudeMillimetres: 1)] }, "below Nyquist 30 Hz"),
        (modified { $0.tremor = [.left: TremorSpec(frequencyHz: 0, amplitudeMillimetres: 1)] }, "must be positive"),
        (modified { $0.tremor = [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: -1)] }, "amplitude -1.0 mm"),
        (modified { $0.tremor = [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 1, direction: .zero)] }, "direction"),
        (modified { $0.hands = [.right]; $0.tremor = [.left: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 1)] }, "not simulated"),
        (modified { $0.hands = [] }, "at least one hand"),
        (modified { $0.gaps = [GapSpec(length: 6)] }, "shorter than the duration"),
        (modified { $0.gaps = [GapSpec(start: 5, length: 2)] }, "must end within the duration"),
        (modified { $0.gaps = [GapSpec(start: -1, length: 2)] }, "gap start -1.0"),
        (modified { $0.gaps = [GapSpec(length: 0)] }, "gap length 0.0"),
    ])
    func invalid(configuration: SimulationConfiguration, fragment: String) {
        #expect {
            try configuration.validate()
        } throws: { error in
            guard let error = error as? SimulationError else { return false }
            return error.code == .invalidConfiguration && error.message.contains(fragment)
        }
    }

    @Test("JSON round trip, tremor keyed by hand name, missing keys take defaults")
    func codable() throws {
        let configuration = Self.modified {
            $0.tremor = [.left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5)]
            $0.gaps = [GapSpec(hand: .right, start: 1, length: 0.5)]
            $0.units = .normalized
        }
        let data = try JSONEncoder().encode(configuration)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"left\":{"))
        #expect(text.contains("\"units\":\"normalized\""))
        #expect(try JSONDecoder().decode(SimulationConfiguration.self, from: data) == configuration)
        let minimal = try JSONDecoder().decode(
            SimulationConfiguration.self, from: Data(#"{"duration": 2, "frameRate": 30, "seed": 5}"#.utf8))
        #expect(minimal == SimulationConfiguration(duration: 2, frameRate: 30, seed: 5))
        #expect(minimal.hands == [.left, .right])
        #expect(minimal.imageSize == ImageSize(width: 1280, height: 720))
    }
}
