import HandPoseCore
@testable import HandPoseIO
import Testing

@Suite("TimeBaseResolver")
struct TimeBaseResolverTests {
    @Test("t_s is declared seconds")
    func seconds() throws {
        let recording = try readCSV(longCSV(frames: 3, fps: 50))
        #expect(recording.timeBase == TimeBase(source: .seconds, provenance: .declared, column: "t_s"))
        #expect(recording.timestamps == [0, 0.02, 0.04])
    }

    @Test("t_ms is declared milliseconds")
    func milliseconds() throws {
        let recording = try readCSV(longCSV(frames: 3, timeHeader: "t_ms", timeOf: { "\(1000 + $0 * 20)" }))
        #expect(recording.timeBase == TimeBase(source: .milliseconds, provenance: .declared, column: "t_ms", offset: 1000))
        #expect(recording.timestamps == [0, 0.02, 0.04])
        #expect(!recording.warnings.contains { $0.code == .timestampsRebased })
    }

    @Test("a generic time column spaced ≥ 1 is inferred as milliseconds, with a reason")
    func inferredMilliseconds() throws {
        let recording = try readCSV(longCSV(frames: 4, timeHeader: "timestamp", timeOf: { "\(Double($0) * 33.3)" }))
        #expect(recording.timeBase.source == .milliseconds)
        #expect(recording.timeBase.provenance == .inferred)
        let warning = try #require(recording.warnings.first { $0.code == .inferredTimeUnit })
        #expect(warning.message.contains("median step"))
        #expect(recording.timestamps[3] == (3 * 33.3) / 1000)
    }

    @Test("a generic time column spaced below 1 is inferred as seconds")
    func inferredSeconds() throws {
        let recording = try readCSV(longCSV(frames: 3, timeHeader: "time"))
        #expect(recording.timeBase.source == .seconds)
        #expect(recording.timeBase.provenance == .inferred)
    }

    @Test("epoch milliseconds are rebased to 0 with a warning")
    func epochMilliseconds() throws {
        let recording = try readCSV(longCSV(frames: 3, timeHeader: "timestamp", timeOf: { "\(1_732_000_000_000 + $0 * 33)" }))
        #expect(recording.timeBase.source == .epochMilliseconds)
        #expect(recording.timeBase.offset == 1_732_000_000_000)
        #expect(recording.timestamps == [0, 0.033, 0.066])
        #expect(recording.warnings.contains { $0.code == .timestampsRebased })
    }

    @Test("epoch seconds are rebased to 0 with a warning")
    func epochSeconds() throws {
        let recording = try readCSV(longCSV(frames: 2, timeHeader: "t_s", timeOf: { "\(1_732_000_000.5 + Double($0) * 0.5)" }))
        #expect(recording.timeBase.source == .epochSeconds)
        #expect(recording.timeBase.provenance == .declared)
        #expect(recording.timestamps == [0, 0.5])
        #expect(recording.warnings.contains { $0.code == .timestampsRebased })
    }

    @Test("microseconds from t_us")
    func microseconds() throws {
        let recording = try readCSV(longCSV(frames: 2, timeHeader: "t_us", timeOf: { "\($0 * 16_667)" }))
        #expect(recording.timeBase.source == .microseconds)
        #expect(recording.timestamps == [0, 0.016667])
    }

    @Test("a frame column with --fps gives an assumed time base and keeps the frame numbers")
    func frameIndexWithFrameRate() throws {
        var csv = "frame,hand,landmark,x,y\n"
        for frame in [100, 101, 103] {
            for landmark in 0..<21 { csv += "\(frame),left,\(landmark),0.5,0.5\n" }
        }
        let recording = try readCSV(csv, options: IngestOptions(frameRate: 25))
        #expect(recording.timeBase == TimeBase(source: .frameIndex, provenance: .assumed, column: "frame", assumedFrameRate: 25, offset: 100))
        #expect(recording.timestamps == [0, 0.04, 0.12])
        #expect(recording.frameNumbers == [100, 101, 103])
        #expect(recording.warnings.contains { $0.code == .assumedTimeBase })
    }

    @Test("no time and no frame column: row order with --fps")
    func rowOrder() throws {
        var csv = "hand,landmark,x,y\n"
        for _ in 0..<3 {
            for hand in ["left", "right"] {
                for landmark in 0..<21 { csv += "\(hand),\(landmark),0.5,0.5\n" }
            }
        }
        let recording = try readCSV(csv, options: IngestOptions(frameRate: 10))
        #expect(recording.frameCount == 3)
        #expect(recording.timestamps == [0, 0.1, 0.2])
        #expect(recording.left?.presentFrameCount == 3)
        #expect(recording.right?.presentFrameCount == 3)
        #expect(recording.frameNumbers == nil)
        #expect(recording.timeBase.column == nil)
    }

    @Test("nominal_fps in the preamble stands in for --fps, declared")
    func nominalFrameRate() throws {
        let csv = "# nominal_fps: 60\n" + wideCSV(header: ["frame", "hand"] + wideHeader { "\($0)\($1)" }, frames: 3) { ["\($0)", "left"] }
        let recording = try readCSV(csv)
        #expect(recording.timeBase.provenance == .declared)
        #expect(recording.timeBase.assumedFrameRate == 60)
        #expect(recording.timestamps == [0, 1.0 / 60, 2.0 / 60])
    }

    @Test("median positive step ignores repeats and handles short input")
    func medianStep() {
        #expect(TimeBaseResolver.medianPositiveStep([0, 0, 10, 20, 20, 30]) == 10)
        #expect(TimeBaseResolver.medianPositiveStep([5]).isNaN)
    }
}
