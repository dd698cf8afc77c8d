import HandPoseCore
import Testing
@testable import HandPoseDSP

/// A centred 3-point mean that needs runs of at least 3 samples: simple enough to check by hand.
private struct ThreePointMean: ChannelFilter {
    var algorithmID: String { "test-three-point-mean/1" }
    var parameters: [String: String] { [:] }
    var minimumLength: Int { 3 }

    func apply(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        precondition(input.count >= 3, "runs shorter than 3 must not reach the filter")
        output[0] = input[0]
        output[input.count - 1] = input[input.count - 1]
        for index in 1..<(input.count - 1) { output[index] = (input[index - 1] + input[index] + input[index + 1]) / 3 }
    }
}

@Suite("Gap-aware filtering")
struct GapAwareFilteringTests {
    @Test("runs are maximal stretches of finite samples")
    func runs() {
        let samples: [Double] = [.nan, 1, 2, .nan, .infinity, 3, 4, 5, .nan]
        #expect(ContiguousRun.runs(in: samples) == [ContiguousRun(start: 1, count: 2), ContiguousRun(start: 5, count: 3)])
        #expect(ContiguousRun.runs(in: [1, 2, 3]) == [ContiguousRun(start: 0, count: 3)])
        #expect(ContiguousRun.runs(in: [Double]()) == [])
        #expect(ContiguousRun.runs(in: [.nan, .nan]) == [])
    }

    @Test("each run is filtered on its own, gaps stay missing, short runs stay raw and are reported")
    func segments() {
        let samples: [Double] = [3, 6, 9, .nan, 1, 2, .nan, .nan, 0, 3, 3, 0]
        let (output, report) = GapAwareFiltering.apply(ThreePointMean(), to: samples)
        let expected: [Double] = [3, 6, 9, .nan, 1, 2, .nan, .nan, 0, 2, 2, 0]
        #expect(zip(output, expected).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(output)")
        #expect(report.filteredSamples == 7)
        #expect(report.unfilteredSamples == 2)
        #expect(report.missingSamples == 3)
        #expect(report.unfilteredRuns == [ContiguousRun(start: 4, count: 2)])
    }

    @Test("an all-missing or empty channel passes through")
    func degenerate() {
        #expect(GapAwareFiltering.apply(ThreePointMean(), to: []).output.isEmpty)
        let (output, report) = GapAwareFiltering.apply(ThreePointMean(), to: [.nan, .nan])
        #expect(output.allSatisfy { $0.isNaN })
        #expect(report.missingSamples == 2 && report.filteredSamples == 0)
    }

    @Test("a recording is filtered in every channel of every hand, presence and time unchanged")
    func recording() {
        let times = (0..<10).map { Double($0) / 30 }
        var right = HandTrack.absent(side: .right, timestamps: times)
        right.presence = Array(repeating: true, count: 10)
        for channel in Channel.all {
            right[channel] = (0..<10).map { Double(($0 * 7 + channel.index) % 5) }
        }
        right[Channel(.wrist, .x)][4] = .nan
        let recording = Recording(
            timestamps: times, left: nil, right: right, layout: .long,
            timeBase: TimeBase(source: .seconds, provenance: .declared, column: "t_s"),
            spatial: SpatialReference(space: .worldMillimetres, provenance: .declared, reason: "test"))
        let (filtered, report) = RecordingFiltering.apply(ThreePointMean(), to: recording)
        #expect(filtered.timestamps == recording.timestamps)
        #expect(filtered.left == nil)
        #expect(filtered[.right]?.presence == right.presence)
        for channel in Channel.all {
            let expected = GapAwareFiltering.apply(ThreePointMean(), to: right[channel]).output
            let actual = filtered[.right]![channel]
            #expect(zip(actual, expected).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }, "\(channel)")
        }
        #expect(report.hands["right"]?.missingSamples == 1)
        #expect(report.hands["right"]?.filteredSamples == 63 * 10 - 1)
        #expect(report.algorithmID == "test-three-point-mean/1")
    }
}
