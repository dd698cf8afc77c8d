import Foundation
import HandPoseCore
import Testing
@testable import HandPoseQuality

@Suite("Quality gate: noise floor")
struct NoiseFloorTests {
    @Test("white noise of known σ gives σ·sqrt(9 Hz / (fs/2)) within 15 %", arguments: [30.0, 60, 120])
    func whiteNoise(fs: Double) {
        let sigma = 0.2
        var synthetic = SyntheticRecording(fps: fs, seconds: 40)
        synthetic.addBothHands(noise: sigma)
        synthetic.seed = UInt64(fs)
        let report = QualityGate().assess(synthetic.build())
        let expected = sigma * (9 / (fs / 2)).squareRoot()
        for side in ["left", "right"] {
            let floor = report.noiseFloor[side]!
            #expect(abs(floor.rmsNative! - expected) / expected < 0.15, "fs \(fs): \(floor.rmsNative!) vs \(expected)")
            #expect(floor.rmsMillimetres == floor.rmsNative)
            #expect(floor.unit == "mm" && floor.channels == 63 && floor.bandHz! == [3, 12])
        }
    }

    @Test("a strong 5 Hz tremor on one landmark barely moves the median floor")
    func robustToTremor() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 30)
        synthetic.addBothHands(noise: 0.2)
        let quiet = QualityGate().assess(synthetic.build()).noiseFloor["left"]!.rmsNative!
        synthetic.hands[.left]!.extra = { t, landmark, axis in
            landmark == .indexTip && axis == .x ? 5 * sin(2 * Double.pi * 5 * t) : 0
        }
        let tremor = QualityGate().assess(synthetic.build()).noiseFloor["left"]!.rmsNative!
        #expect(abs(tremor - quiet) / quiet < 0.03, "\(tremor) vs \(quiet)")
    }

    @Test("normalized data reports the native unit only and flags nothing about noise")
    func uncalibrated() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.space = .imageNormalized
        synthetic.imageSize = ImageSize(width: 1000, height: 1000)
        synthetic.scale = 0.1
        synthetic.addBothHands(noise: 0.001)
        let floor = QualityGate().assess(synthetic.build()).noiseFloor["right"]!
        #expect(floor.rmsMillimetres == nil && floor.unit == "normalized" && floor.channels == 42)
        let expected = 0.001 * (9.0 / 30).squareRoot()
        #expect(abs(floor.rmsNative! - expected) / expected < 0.15)
    }

    @Test("high noise in mm is flagged")
    func highNoise() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 2)
        let report = QualityGate().assess(synthetic.build())
        #expect(report.flags.filter { $0.code == .highNoiseFloor }.count == 2)
    }

    @Test("no continuous run of 4 s makes the floor not computable")
    func tooShortRuns() {
        var synthetic = SyntheticRecording(fps: 60, seconds: 20)
        synthetic.addBothHands(noise: 0.05)
        synthetic.hands[.left]!.present = { $0 % 180 != 0 }  // a frame missing every 3 s
        let floor = QualityGate().assess(synthetic.build()).noiseFloor["left"]!
        #expect(floor.rmsNative == nil)
        #expect(floor.notComputable?.contains("4 s") == true)
    }
}
