import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseMetrics
import HandPoseReport

/// Reports of the package's simulated recordings, shared by the tests (each file is read and
/// analysed once).
enum ReportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func recordingPath(_ name: String) -> String {
        packageRoot.appendingPathComponent("Fixtures/recordings/\(name)").path
    }

    /// `two-hands-long.csv`: left 4.6 Hz 1.5 mm, right 5.2 Hz 3.0 mm (simulated truth).
    static let twoHands = try! Loaded("two-hands-long.csv")
    /// `faulty-long.csv`: dropped frames and a 2 s gap of the right hand.
    static let faulty = try! Loaded("faulty-long.csv")
    /// `right-hand-wide-one-based.csv`: the right hand only.
    static let rightOnly = try! Loaded("right-hand-wide-one-based.csv")

    struct Loaded: Sendable {
        let recording: Recording
        let analysis: ClinicalAnalysis
        let traces: [String: Result<DisplacementTrace, NotComputable>]

        init(_ name: String) throws {
            recording = try RecordingReader.read(contentsOf: ReportFixtures.recordingPath(name))
            analysis = try Analyzer().analyze(recording)
            traces = DisplacementTrace.traces(
                timestamps: recording.timestamps, hands: recording.hands.map { ($0.side, $0.channels) }, analysis: analysis)
        }

        func report(subject: ReportSubject = ReportSubject(sourceFile: "two-hands-long.csv"), earlier: [TrendPoint] = []) -> ClinicalReport {
            ClinicalReport(
                analysis: analysis, subject: subject, traces: traces, earlierSessions: earlier,
                generatedAt: Date(timeIntervalSince1970: 1_750_000_000), options: ["previous sessions": "5"])
        }
    }

    /// The `<svg …>…</svg>` fragments of `html`, in order (the report never nests them).
    static func svgFragments(_ html: String) -> [String] {
        var fragments: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            fragments.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return fragments
    }
}
