import Testing
@testable import HandPoseCore

@Suite("Recording")
struct RecordingTests {
    private func reference() -> SpatialReference {
        SpatialReference(space: .worldMillimetres, provenance: .declared, reason: "test")
    }

    @Test("absent track is all NaN and never present")
    func absentTrack() {
        let track = HandTrack.absent(side: .left, timestamps: [0, 0.1, 0.2])
        #expect(track.presentFrameCount == 0)
        #expect(track.channels.allSatisfy { $0.allSatisfy(\.isNaN) })
        #expect(!track.hasLandmark(.wrist, frame: 1))
    }

    @Test("duration, hands and subscript")
    func recordingBasics() {
        let times = [0, 0.5, 1.25]
        var right = HandTrack.absent(side: .right, timestamps: times)
        right[Channel(.wrist, .x)] = [1, 2, 3]
        right.presence = [true, true, false]
        let recording = Recording(
            timestamps: times, left: nil, right: right, layout: .long,
            timeBase: TimeBase(source: .seconds, provenance: .declared, column: "t_s"), spatial: reference())
        #expect(recording.duration == 1.25)
        #expect(recording.hands.map(\.side) == [.right])
        #expect(recording[.right]?.samples(.wrist, .x) == [1, 2, 3])
        #expect(recording[.right]?.presentFrameCount == 2)
        #expect(recording[.left] == nil)
    }

    @Test("metric spaces carry their own scale; image spaces need calibration")
    func spatialScale() {
        #expect(SpatialReference(space: .worldMetres, provenance: .inferred, reason: "").millimetresPerUnit == 1000)
        #expect(SpatialReference(space: .imagePixels, provenance: .inferred, reason: "").millimetresPerUnit == nil)
        let normalized = SpatialReference(space: .imageNormalized, provenance: .inferred, reason: "")
        #expect(!normalized.isIsotropic)
        let sized = SpatialReference(
            space: .imageNormalized, provenance: .inferred, reason: "", imageSize: ImageSize(width: 720, height: 720))
        #expect(sized.isIsotropic)
    }

    @Test("vector helpers")
    func vectors() {
        let a = SIMD3<Double>(1, 0, 0), b = SIMD3<Double>(0, 1, 0)
        #expect(a.cross(b) == SIMD3(0, 0, 1))
        #expect(SIMD3<Double>(3, 4, 0).length == 5)
        #expect(a.dot(b) == 0)
    }
}
