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

@Suite("Recording slicing")
struct RecordingSlicingTests {
    private func recording() -> Recording {
        let times = (0..<10).map { Double($0) * 0.5 }
        var right = HandTrack.absent(side: .right, timestamps: times)
        right[Channel(.wrist, .x)] = times.map { $0 * 10 }
        right.presence = Array(repeating: true, count: 10)
        return Recording(
            timestamps: times, left: nil, right: right, frameNumbers: Array(100..<110), layout: .long,
            timeBase: TimeBase(source: .seconds, provenance: .declared, column: "t_s"),
            spatial: SpatialReference(space: .worldMillimetres, provenance: .declared, reason: "test"))
    }

    @Test("a time range keeps the frames inside it, with their original times")
    func timeRange() {
        let part = recording().slice(fromSeconds: 1, toSeconds: 2.5)
        #expect(part.timestamps == [1, 1.5, 2])
        #expect(part.frameNumbers == [102, 103, 104])
        #expect(part[.right]?.samples(.wrist, .x) == [10, 15, 20])
        #expect(part.left == nil)
    }

    @Test("the end is inclusive at the last frame; empty and out-of-range slices are empty")
    func edges() {
        let whole = recording()
        #expect(whole.slice(fromSeconds: 0, toSeconds: 4.5).frameCount == 10)
        #expect(whole.slice(fromSeconds: 3, toSeconds: 3).frameCount == 0)
        #expect(whole.slice(fromSeconds: 9, toSeconds: 12).frameCount == 0)
    }
}
