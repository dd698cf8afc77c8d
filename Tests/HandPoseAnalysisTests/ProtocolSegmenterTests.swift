import Foundation
import Testing
@testable import HandPoseAnalysis

@Suite("ProtocolSegmenter")
struct ProtocolSegmenterTests {
    static let parkinsons = ProtocolLibrary.bundled[id: "parkinsons-tremor-assessment"]!

    /// Frame times of `frames` frames at `fps`, from `origin`.
    static func timestamps(frames: Int, fps: Double, origin: Double = 0) -> [Double] {
        (0..<frames).map { origin + Double($0) / fps }
    }

    @Test("a recording exactly as long as the protocol: every segment complete")
    func exact() {
        let result = ProtocolSegmenter.segment(Self.parkinsons, recordingDurationSeconds: 120)
        #expect(result.segments.map(\.name) == ["rest-tremor", "postural-tremor", "kinetic-finger-to-nose"])
        #expect(result.segments.map(\.startSeconds) == [0, 60, 90])
        #expect(result.segments.map(\.endSeconds) == [60, 90, 120])
        #expect(result.segments.allSatisfy { $0.status == .complete && $0.coverage == 1 && $0.reason == nil })
        #expect(result.isComplete)
        #expect(result.unplannedSeconds == 0)
        #expect(result.notes.isEmpty)
        #expect(result.plannedDurationSeconds == 120)
    }

    @Test("frame times: 3600 frames at 30 fps fill 120 s, whatever the first timestamp", arguments: [0.0, 12.345])
    func exactFromTimestamps(origin: Double) {
        let times = Self.timestamps(frames: 3600, fps: 30, origin: origin)
        let result = ProtocolSegmenter.segment(Self.parkinsons, timestamps: times)
        #expect(abs(result.recordingDurationSeconds - 120) < 1e-9)
        #expect(result.isComplete)
        #expect(result.segments.map { $0.frameRange(in: times) } == [0..<1800, 1800..<2700, 2700..<3600])
    }

    @Test("a recording stopped a few frames early still counts as complete, with its true coverage")
    func withinTolerance() throws {
        let result = ProtocolSegmenter.segment(Self.parkinsons, recordingDurationSeconds: 119.95)
        #expect(result.isComplete)
        let last = try #require(result.segments.last)
        #expect(last.endSeconds == 119.95)
        #expect(abs(last.coverage - 29.95 / 30) < 1e-12)
    }

    @Test("a short recording: truncated and missing segments with reasons, not an error")
    func short() throws {
        let result = ProtocolSegmenter.segment(Self.parkinsons, recordingDurationSeconds: 75)
        let rest = result.segments[0], postural = result.segments[1], kinetic = result.segments[2]
        #expect(rest.status == .complete)
        #expect(postural.status == .truncated)
        #expect(postural.startSeconds == 60 && postural.endSeconds == 75)
        #expect(postural.coverage == 0.5)
        #expect(postural.reason == "the recording ends at 75 s, 15 s before this movement's planned end at 90 s (50% recorded)")
        #expect(kinetic.status == .missing)
        #expect(kinetic.startSeconds == nil && kinetic.endSeconds == nil)
        #expect(kinetic.coverage == 0)
        #expect(kinetic.durationSeconds == 0)
        #expect(kinetic.reason == "the recording ends at 75 s, before this movement's planned start at 90 s")
        #expect(kinetic.frameRange(in: Self.timestamps(frames: 2250, fps: 30)).isEmpty)
        #expect(!result.isComplete)
        #expect(result.notes == [
            "The recording lasts 75 s, shorter than the protocol's planned 120 s: postural-tremor (truncated), kinetic-finger-to-nose (missing)."
        ])
    }

    @Test("a long recording: complete segments, the extra time reported as unplanned")
    func long() {
        let result = ProtocolSegmenter.segment(Self.parkinsons, recordingDurationSeconds: 150)
        #expect(result.isComplete)
        #expect(result.segments.last?.endSeconds == 120)
        #expect(result.unplannedSeconds == 30)
        #expect(result.notes == ["The recording runs 30 s past the protocol's planned 120 s; that time belongs to no movement."])
    }

    @Test("free-recording: one segment over the whole file", arguments: [2.0, 42.5, 600.0])
    func freeRecording(duration: Double) throws {
        let result = ProtocolSegmenter.segment(ProtocolLibrary.bundled.defaultProtocol, recordingDurationSeconds: duration)
        let segment = try #require(result.segments.first)
        #expect(result.segments.count == 1)
        #expect(segment.startSeconds == 0 && segment.endSeconds == duration)
        #expect(segment.status == .complete && segment.coverage == 1)
        #expect(segment.kind == .free)
        #expect(segment.tremorBandHz == .defaultTremorBand)
        #expect(result.unplannedSeconds == 0 && result.notes.isEmpty)
        #expect(result.plannedDurationSeconds == nil)
    }

    @Test("an empty recording: every segment missing", arguments: [0.0, -1.0, .nan])
    func empty(duration: Double) {
        for document in ProtocolLibrary.bundled.all {
            let result = ProtocolSegmenter.segment(document, recordingDurationSeconds: duration)
            #expect(result.recordingDurationSeconds == 0)
            #expect(result.segments.allSatisfy { $0.status == .missing && $0.reason != nil })
            #expect(!result.notes.isEmpty)
        }
        #expect(ProtocolSegmenter.duration(of: []) == 0)
        #expect(ProtocolSegmenter.duration(of: [5]) == 0)
    }

    @Test("explicit offsets with gaps, and a duration after an offset")
    func offsets() throws {
        let document = ProtocolFixtures.make([
            Movement(name: "a", kind: .rest, startSeconds: 5, endSeconds: 15, instructions: "A."),
            Movement(name: "b", kind: .postural, durationSeconds: 10, instructions: "B."),
            Movement(name: "c", kind: .kinetic, startSeconds: 40, instructions: "C."),
        ])
        try document.validate()
        let result = ProtocolSegmenter.segment(document, recordingDurationSeconds: 50)
        #expect(result.segments.map(\.plannedStartSeconds) == [5, 15, 40])
        #expect(result.segments.map(\.plannedEndSeconds) == [15, 25, nil])
        #expect(result.segments.map(\.endSeconds) == [15, 25, 50])
        #expect(result.isComplete)
        #expect(result.unplannedSeconds == 0)
    }

    @Test("segments carry the movement's band, filter, repetitions and metrics (default: the required ones)")
    func carriesAnalysisSettings() throws {
        let result = ProtocolSegmenter.segment(Self.parkinsons, recordingDurationSeconds: 120)
        let kinetic = result.segments[2]
        #expect(kinetic.repetitions == 10)
        #expect(kinetic.tremorBandHz == ProtocolFrequencyBand(lowHz: 3, highHz: 12))
        #expect(kinetic.filterPreset?.method == .butterworth)
        #expect(kinetic.metrics.contains(.sparc))
        let document = ProtocolFixtures.make(
            [Movement(name: "a", kind: .rest, durationSeconds: 5, instructions: "A.")], requiredMetrics: [.tremorFrequency, .tremorTime])
        #expect(ProtocolSegmenter.segment(document, recordingDurationSeconds: 5).segments[0].metrics == [.tremorFrequency, .tremorTime])
    }

    @Test("the segmentation encodes with stable keys")
    func encoding() throws {
        let result = ProtocolSegmenter.segment(Self.parkinsons, recordingDurationSeconds: 75)
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["protocolId"] as? String == "parkinsons-tremor-assessment")
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(segments[1]["status"] as? String == "truncated")
        #expect(segments[1]["tremorBandHz"] as? [Double] == [3, 12])
        #expect(try JSONDecoder().decode(ProtocolSegmentation.self, from: data) == result)
    }
}
