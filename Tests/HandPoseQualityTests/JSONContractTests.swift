import Foundation
import HandPoseCore
import Testing
@testable import HandPoseQuality

@Suite("Quality gate: JSON contract")
struct JSONContractTests {
    private func inspect() throws -> [String: Any] {
        var synthetic = SyntheticRecording(fps: 30, seconds: 12)
        synthetic.space = .imageNormalized
        synthetic.scale = 0.1
        synthetic.addBothHands(noise: 0.0005)
        synthetic.hands[.left]!.present = { !(100..<130).contains($0) }
        let report = QualityGate().inspect(synthetic.build())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(report)
        let decoded = try JSONDecoder().decode(InspectionReport.self, from: data)
        #expect(decoded == report)
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    @Test("the keys named in ARCHITECTURE.md are present")
    func contractKeys() throws {
        let json = try inspect()
        #expect(json["schemaVersion"] as? Int == 1)
        let recording = try #require(json["recording"] as? [String: Any])
        for key in ["layout", "coordinateSpace", "frames", "durationSeconds", "sampleRateHz", "hands"] {
            #expect(recording[key] != nil, "recording.\(key)")
        }
        #expect(recording["hands"] as? [String] == ["left", "right"])
        #expect(recording["coordinateSpace"] as? String == "imageNormalized")
        #expect(recording["frames"] as? Int == 361)
        let quality = try #require(json["quality"] as? [String: Any])
        for key in ["effectiveSampleRateHz", "jitterMs", "droppedFrames", "longestGapSeconds", "handPresence", "flags"] {
            #expect(quality[key] != nil, "quality.\(key)")
        }
        let gaps = try #require(quality["longestGapSeconds"] as? [String: Double])
        #expect(abs(gaps["left"]! - 1) < 1e-9)
        let flags = try #require(quality["flags"] as? [[String: Any]])
        #expect(flags.allSatisfy { Set($0.keys) == ["code", "severity", "hand", "message"] })
    }

    @Test("values that cannot be computed are null, not missing")
    func explicitNulls() throws {
        let json = try inspect()
        let recording = json["recording"] as! [String: Any]
        #expect(recording["calibration"] is NSNull)
        let quality = json["quality"] as! [String: Any]
        let noise = (quality["noiseFloor"] as! [String: Any])["left"] as! [String: Any]
        #expect(noise["rmsMillimetres"] is NSNull)
        #expect(noise["rmsNative"] is Double)
    }
}
