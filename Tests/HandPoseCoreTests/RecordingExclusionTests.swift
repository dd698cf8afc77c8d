import HandPoseCore
import Testing

@Suite("Recording exclusion")
struct RecordingExclusionTests {
    /// 20 frames 0.1 s apart (0.0 … 1.9 s), both hands present everywhere with distinct values and scores.
    private func recording() -> Recording {
        let times = (0..<20).map { Double($0) / 10 }
        func track(_ side: HandSide, _ offset: Double) -> HandTrack {
            HandTrack(
                side: side, timestamps: times,
                channels: (0..<Channel.count).map { channel in times.map { offset + Double(channel) + $0 } },
                presence: Array(repeating: true, count: times.count), handScore: times.map { _ in 0.9 })
        }
        return Recording(
            timestamps: times, left: track(.left, 0), right: track(.right, 100), layout: .wideIndexed,
            timeBase: TimeBase(source: .seconds, provenance: .declared, column: "t_s"),
            spatial: SpatialReference(space: .worldMillimetres, provenance: .declared, reason: "test"))
    }

    @Test("frames inside a range (bounds included) are missing for both hands; the others are untouched")
    func blanksBothHands() throws {
        let original = recording()
        let excluded = original.excluding([0.5...0.8])
        #expect(original.excludedFrames([0.5...0.8]) == [5, 6, 7, 8])
        #expect(excluded.timestamps == original.timestamps)
        #expect(excluded.frameCount == original.frameCount)
        for side in HandSide.allCases {
            let before = try #require(original[side]), after = try #require(excluded[side])
            #expect(after.presentFrameCount == 16)
            for frame in 0..<20 {
                let inside = (5...8).contains(frame)
                #expect(after.presence[frame] == !inside)
                #expect(after.handScore?[frame].isNaN == inside)
                for channel in 0..<Channel.count {
                    if inside {
                        #expect(after.channels[channel][frame].isNaN)
                    } else {
                        #expect(after.channels[channel][frame] == before.channels[channel][frame])
                    }
                }
            }
        }
    }

    @Test("no ranges, or ranges outside the recording, change nothing")
    func nothingToExclude() {
        let original = recording()
        #expect(original.excluding([]) == original)
        #expect(original.excluding([2.5...9.0]) == original)
        #expect(original.excluding([0.01...0.09]) == original)
    }

    @Test("overlapping and unordered ranges exclude their union; a slice keeps the original times")
    func overlapsAndSlices() {
        let original = recording()
        #expect(original.excludedFrames([1.0...1.3, 0.2...0.3, 1.2...1.5]) == [2, 3, 10, 11, 12, 13, 14, 15])
        #expect(original.excludedFrames([0.0...0.0]) == [0])
        #expect(original.excludedFrames([1.9...5]) == [19])
        let slice = original.slice(frames: 10..<20)
        #expect(slice.excludedFrames([1.0...1.1]) == [0, 1])
    }

    @Test("random ranges match a brute-force scan (seeded)", arguments: [UInt64(1), 2, 3])
    func matchesBruteForce(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let original = recording()
        for _ in 0..<50 {
            let ranges = (0..<Int.random(in: 0...3, using: &generator)).map { _ -> ClosedRange<Double> in
                let start = Double.random(in: -0.5...2.2, using: &generator)
                return start...(start + Double.random(in: 0...0.8, using: &generator))
            }
            let expected = original.timestamps.indices.filter { frame in ranges.contains { $0.contains(original.timestamps[frame]) } }
            #expect(original.excludedFrames(ranges) == expected, "seed \(seed), ranges \(ranges)")
            let excluded = original.excluding(ranges)
            #expect(excluded.left?.presentFrameCount == 20 - expected.count, "seed \(seed)")
            #expect(identical(excluded.excluding(ranges), excluded), "excluding twice is excluding once; seed \(seed)")
        }
    }

    /// Equal sample for sample, NaN included (`==` on `[Double]` never equates NaN).
    private func identical(_ a: Recording, _ b: Recording) -> Bool {
        a.timestamps == b.timestamps && HandSide.allCases.allSatisfy { side in
            guard let x = a[side], let y = b[side] else { return a[side] == nil && b[side] == nil }
            return x.presence == y.presence
                && zip(x.channels, y.channels).allSatisfy { zip($0, $1).allSatisfy { $0.bitPattern == $1.bitPattern } }
        }
    }
}
