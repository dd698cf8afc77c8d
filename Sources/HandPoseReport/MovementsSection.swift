import HandPoseAnalysis

/// The protocol's movements: where each lies, whether it was recorded, and its tremor per hand.
enum MovementsSection {
    static func render(_ analysis: ClinicalAnalysis) -> String {
        var rows = [HTML.row(["Movement", "Span", "Status", "Left tremor", "Right tremor"], header: true)]
        for segment in analysis.segments {
            let span = segment.segment.startSeconds.map { start in
                "\(ReportNumber.fixed(start, 1))-\(ReportNumber.fixed(segment.segment.endSeconds ?? start, 1)) s"
            } ?? "not recorded"
            func tremor(_ side: String) -> String {
                guard let tremor = segment.hands[side]?.tremor else { return "-" }
                return "\(TremorLabels.frequency(tremor)), \(TremorLabels.amplitude(tremor))"
            }
            rows.append(HTML.row([segment.segment.name, span, segment.segment.status.rawValue, tremor("left"), tremor("right")].map(HTML.escape)))
        }
        let skippedFilters = analysis.segments.compactMap { segment in
            analysis.skippedFilterReason(movement: segment.segment.name).map { "\(segment.segment.name): \($0)" }
        }
        let notes = skippedFilters.isEmpty ? "" : "<ul class=\"reasons\">" + skippedFilters.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        return """
            <section class="keep">
            <h2>Protocol movements</h2>
            <table class="movements">\(rows.joined())</table>\(notes)
            </section>
            """
    }
}
