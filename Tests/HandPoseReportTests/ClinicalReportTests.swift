import Foundation
import HandPoseAnalysis
import HandPoseMetrics
import HandPoseReport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("ClinicalReport")
struct ClinicalReportTests {
    @Test("the page holds each hand's tremor frequency and amplitude as the text report formats them")
    func keyNumbers() throws {
        let fixture = ReportFixtures.twoHands
        let html = fixture.report().html()
        // The text report of this file (README) prints 4.60 Hz / 1.54 mm and 5.20 Hz / 3.01 mm.
        for number in ["4.60 Hz", "1.54 mm", "5.20 Hz", "3.01 mm", "1.11 mm", "2.13 mm", "-2.55", "-12.55"] {
            #expect(html.contains(number), "missing \(number)")
        }
        for side in ["left", "right"] {
            let tremor = try #require(fixture.analysis.hands[side]?.tremor)
            let label = String(format: "%.2f Hz, %.2f mm", tremor.frequencyHz, try #require(tremor.amplitudeMm))
            #expect(html.contains(">\(label)</text>"), "the spectrum's peak label \(label)")
        }
        #expect(html.contains("Recording quality: good"))
        #expect(html.contains("not a diagnosis"))
        #expect(html.contains("handpose \(fixture.analysis.software.version)"))
        // The verdict comes before any measurement.
        let verdict = try #require(html.range(of: "Recording quality:"))
        let measurements = try #require(html.range(of: "Key measurements"))
        #expect(verdict.lowerBound < measurements.lowerBound)
    }

    @Test("every outside string is escaped: names, e-mails, paths and session ids with < > & \" '")
    func escaping() {
        let subject = ReportSubject(
            patientName: "<script>alert(1)</script> O'Brien", patientEmail: "a&b@example.org", sessionID: "<session>",
            clinician: "Dr \"Who\" <who@example.org>", sourceFile: "/tmp/<b>bold</b>&co.csv")
        let html = ReportFixtures.twoHands.report(subject: subject).html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<session>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien"))
        #expect(html.contains("a&amp;b@example.org"))
        #expect(html.contains("Dr &quot;Who&quot; &lt;who@example.org&gt;"))
        #expect(html.contains("/tmp/&lt;b&gt;bold&lt;/b&gt;&amp;co.csv"))
        #expect(html.contains("<title>handpose report: &lt;script&gt;"))
    }

    @Test("self-contained: no network reference, no script, no external resource; prints on A4")
    func selfContained() {
        let html = ReportFixtures.twoHands.report(earlier: TrendFixtures.points).html()
        for forbidden in ["http://", "https://", "<script", "<link", "<img", "<iframe", "<object", "src=", "href=", "@import", "@font-face"] {
            #expect(!html.contains(forbidden), "the page contains \(forbidden)")
        }
        // The only url(…) references are clip paths inside the page.
        var rest = html[...]
        while let match = rest.range(of: "url(") {
            #expect(rest[match.upperBound...].hasPrefix("#"), "an external url( reference")
            rest = rest[match.upperBound...]
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("section.hand { break-before: page;"))
    }

    @Test("every SVG fragment is well-formed XML with an svg root", arguments: ["two-hands", "faulty", "right-only", "trend"])
    func svgWellFormed(_ name: String) throws {
        let fixture = switch name {
        case "faulty": ReportFixtures.faulty
        case "right-only": ReportFixtures.rightOnly
        default: ReportFixtures.twoHands
        }
        let html = fixture.report(earlier: name == "trend" ? TrendFixtures.points : []).html()
        let fragments = ReportFixtures.svgFragments(html)
        // Asymmetry, then per analysed hand a spectrum, a trace and 14 joint bars.
        #expect(fragments.count >= 1 + 2 + 14)
        #expect(fragments.count == html.components(separatedBy: "<svg").count - 1)
        for fragment in fragments {
            let problems = WellFormedXML.check(fragment)
            #expect(problems.isEmpty, "not well-formed (\(problems.joined(separator: "; "))): \(fragment.prefix(200))")
            #expect((try? XMLDocument(data: Data(fragment.utf8)))?.rootElement()?.name == "svg")
        }
        let spectra = fragments.filter { $0.contains("class=\"curve\"") }
        #expect(spectra.count == fixture.analysis.hands.values.filter { $0.tremor != nil }.count)
        #expect(fragments.filter { $0.contains("class=\"trace\"") }.count == spectra.count)
    }

    @Test("the well-formedness check rejects broken SVG (a control for the test above)")
    func brokenSVGIsRejected() {
        for broken in ["<svg><g></svg>", "<svg><text>a &nbsp; b</text></svg>", "<svg><text>a < b</text></svg>"] {
            #expect(!WellFormedXML.check(broken).isEmpty, "accepted \(broken)")
        }
    }

    @Test("the trend appears only with earlier sessions, one point per session and hand")
    func trendOnlyWithEarlierSessions() throws {
        let fixture = ReportFixtures.twoHands
        let without = fixture.report().html()
        #expect(!without.contains("Trend over earlier sessions"))
        #expect(!without.contains("trend-amplitude"))
        let with = fixture.report(
            subject: ReportSubject(sessionID: "cccccccc-0000-0000-0000-000000000003", recordedAt: TrendFixtures.day(60)),
            earlier: TrendFixtures.points
        ).html()
        #expect(with.contains("Trend over earlier sessions"))
        #expect(with.contains("2 earlier sessions of this patient"))
        #expect(ReportFixtures.svgFragments(with).count == ReportFixtures.svgFragments(without).count + 2)
        let amplitude = try #require(ReportFixtures.svgFragments(with).first { $0.contains("Tremor amplitude (mm) per session") })
        func occurrences(_ text: String) -> Int { amplitude.components(separatedBy: text).count - 1 }
        // Left: three sessions, the second hollow (band edge), plus the legend's marker.
        #expect(occurrences("class=\"marker-left\"") == 2 + 1)
        #expect(occurrences("class=\"marker-left hollow\"") == 1)
        #expect(occurrences("class=\"marker-right\"") == 3 + 1)
        // This session ringed on both hands, plus the legend's ring.
        #expect(occurrences("class=\"current-ring\"") == 2 + 1)
        #expect(with.contains("aaaaaaaa…"))
        #expect(with.contains("2025-01-10 09:00"))
    }

    @Test("a protocol movement whose filter could not be applied is named under the movements table, escaped")
    func skippedMovementFilter() throws {
        let fixture = ReportFixtures.twoHands
        var analysis = try Analyzer(protocol: try ProtocolLibrary.bundled.resolve("essential-tremor")).analyze(fixture.recording)
        let movement = try #require(analysis.segments.first?.segment.name)
        #expect(!ClinicalReport(analysis: analysis, subject: ReportSubject(sourceFile: "a.csv"), traces: fixture.traces,
                                earlierSessions: [], generatedAt: Date(timeIntervalSince1970: 0), options: [:]).html().contains("cannot be applied"))
        analysis.notComputable.append(NotComputable("segments.\(movement).filter", "the filter cannot be applied <at 15 fps>"))
        let html = ClinicalReport(analysis: analysis, subject: ReportSubject(sourceFile: "a.csv"), traces: fixture.traces,
                                  earlierSessions: [], generatedAt: Date(timeIntervalSince1970: 0), options: [:]).html()
        #expect(html.contains("<li>\(movement): the filter cannot be applied &lt;at 15 fps&gt;</li>"))
    }

    @Test("a hand missing from the recording is said so, and the other hand is reported")
    func missingHand() {
        let html = ReportFixtures.rightOnly.report().html()
        #expect(html.contains("The left hand is not in the recording."))
        #expect(html.contains("<h2>Right hand"))
        #expect(html.contains("not computable"))
    }

    @Test("the faulty recording shows its verdict and warnings first, and its trace has the gap")
    func faultyRecording() throws {
        let fixture = ReportFixtures.faulty
        let html = fixture.report().html()
        #expect(html.contains("Recording quality: usable"))
        #expect(html.contains("<code>longGap</code> (right)"))
        let trace = try #require(try? fixture.traces["right"]?.get())
        #expect(trace.values.contains { $0.isNaN })
        #expect(trace.values.contains { $0.isFinite })
    }

    @Test("ranges the analysis left out are blank in the trace, shaded in its chart and named in the quality box")
    func excludedRanges() throws {
        let recording = ReportFixtures.twoHands.recording
        let analysis = try Analyzer(options: AnalysisOptions(excludedRanges: [ExcludedRange(startSeconds: 4, endSeconds: 6, reason: "patient <coughed>")]))
            .analyze(recording)
        let traces = DisplacementTrace.traces(
            timestamps: recording.timestamps, hands: recording.hands.map { ($0.side, $0.channels) }, analysis: analysis)
        let trace = try #require(try? traces["left"]?.get())
        for (index, value) in trace.values.enumerated() where (4.0...6.0).contains(trace.time(index)) {
            #expect(value.isNaN, "t = \(trace.time(index)) s is inside the excluded range")
        }
        #expect(trace.values.contains { $0.isFinite })
        let html = ClinicalReport(analysis: analysis, traces: traces).html()
        #expect(html.contains("Left out of the analysis:</strong> 4.0-6.0 s ("))
        #expect(html.contains("patient &lt;coughed&gt;"))
        #expect(html.components(separatedBy: "class=\"excluded\"").count - 1 == 2)  // one per hand's trace
    }
}
