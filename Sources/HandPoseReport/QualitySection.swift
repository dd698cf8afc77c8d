import HandPoseAnalysis
import HandPoseQuality

/// The quality verdict, first, with every warning and critical flag (and the informational
/// notes, muted): how far the numbers below can be trusted.
enum QualitySection {
    static func render(_ analysis: ClinicalAnalysis) -> String {
        let quality = analysis.quality
        let verdict = quality.verdict.rawValue
        // Critical first, then warnings, then notes; the gate's order within a severity.
        let sorted = quality.flags.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        var items = sorted.map { flag in
            let hand = flag.hand.map { " (\(HTML.escape($0)))" } ?? ""
            let item = "<span class=\"severity \(flag.severity.rawValue)\">\(flag.severity.rawValue)</span> "
                + "<code>\(HTML.escape(flag.code.rawValue))</code>\(hand): \(HTML.escape(flag.message))"
            return flag.severity == .info ? "<li class=\"muted\">\(item)</li>" : "<li>\(item)</li>"
        }
        if !sorted.contains(where: { $0.severity != .info }) { items.insert("<li>No warnings.</li>", at: 0) }
        let meaning = switch quality.verdict {
        case .good: "No problem found with the recording."
        case .usable: "The recording is usable; read the numbers with the warnings below in mind."
        case .poor: "The recording has a critical problem: the numbers below may not be meaningful."
        }
        var facts: [String] = []
        if let rate = quality.effectiveSampleRateHz { facts.append("effective rate \(ReportNumber.fixed(rate, 2)) Hz") }
        if let jitter = quality.jitterMs { facts.append("jitter \(ReportNumber.fixed(jitter, 2)) ms") }
        facts.append("\(quality.droppedFrames) dropped frames")
        for (hand, presence) in quality.handPresence.sorted(by: { $0.key < $1.key }) {
            facts.append("\(HTML.escape(hand)) hand present \(ReportNumber.fixed(presence * 100, 1)) %")
        }
        var excluded = ""
        if let ranges = analysis.parameters.excludedRanges, !ranges.isEmpty {
            excluded = "<p><strong>Left out of the analysis:</strong> " + ranges.map { range in
                var text = range.formatted
                var details: [String] = []
                if let frames = range.frames { details.append("\(frames) frames") }
                if let reason = range.reason { details.append(reason) }
                if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
                return HTML.escape(text)
            }.joined(separator: ", ") + ".</p>"
        }
        return """
            <section class="verdict \(verdict)">
            <h2>Recording quality: \(verdict)</h2>
            <p>\(meaning) <span class="muted">(\(facts.joined(separator: ", ")))</span></p>
            <ul>\(items.joined())</ul>
            \(excluded)
            </section>
            """
    }
}
