import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseMetrics
import HandPoseReport
#if canImport(FoundationXML)
import FoundationXML
#endif

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

/// Two earlier sessions for trend tests.
enum TrendFixtures {
    static func day(_ offset: Int) -> Date {
        Date(timeIntervalSince1970: 1_736_499_600 + Double(offset) * 86_400)  // 2025-01-10 09:00 UTC + days
    }

    static let points = [
        TrendPoint(
            sessionID: "aaaaaaaa-0000-0000-0000-000000000001", recordedAt: day(0),
            left: .init(frequencyHz: 4.1, amplitudeMm: 2.2, peakAtBandEdge: false),
            right: .init(frequencyHz: 5.0, amplitudeMm: 4.0, peakAtBandEdge: false)),
        TrendPoint(
            sessionID: "bbbbbbbb-0000-0000-0000-000000000002", recordedAt: day(30),
            left: .init(frequencyHz: 4.4, amplitudeMm: 1.9, peakAtBandEdge: true),
            right: .init(frequencyHz: 5.1, amplitudeMm: 3.5, peakAtBandEdge: false)),
    ]
}

/// Whether a fragment is well-formed XML, by two parsers: Foundation's `XMLParser` (which on
/// Linux can return `true` from `parse()` and still set `parserError`, e.g. for an unclosed
/// element, so both are checked, and the delegate's error callback too) and `XMLDocument`.
enum WellFormedXML {
    final class Errors: NSObject, XMLParserDelegate {
        var messages: [String] = []
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { messages.append("\(parseError)") }
    }

    /// The problems found; empty when the fragment is well-formed.
    static func check(_ fragment: String) -> [String] {
        let parser = XMLParser(data: Data(fragment.utf8))
        let errors = Errors()
        parser.delegate = errors
        var problems: [String] = []
        if !parser.parse() { problems.append("XMLParser.parse() returned false") }
        problems += errors.messages
        if let error = parser.parserError { problems.append("XMLParser: \(error)") }
        do {
            _ = try XMLDocument(data: Data(fragment.utf8))
        } catch {
            problems.append("XMLDocument: \(error)")
        }
        return problems
    }
}
