import HandPoseAnalysis

/// The key numbers of both hands side by side, formatted as the text report prints them.
enum OverviewSection {
    static func render(_ analysis: ClinicalAnalysis) -> String {
        let left = analysis.hands["left"], right = analysis.hands["right"]
        var rows: [String] = [HTML.row(["", "Left", "Right"], header: true)]
        func row(_ label: String, _ value: (HandAnalysis?) -> String?) {
            rows.append(HTML.row([label, HTML.escape(value(left) ?? "-"), HTML.escape(value(right) ?? "-")]))
        }
        row("Tremor frequency") { hand in
            hand?.tremor.map { TremorLabels.frequency($0) + ($0.peakAtBandEdge ? " (band edge)" : "") }
        }
        row("Tremor amplitude (zero-to-peak)") { $0?.tremor.map(TremorLabels.amplitude) }
        row("Tremor RMS") { $0?.tremor.map(TremorLabels.rms) }
        row("Regularity") { $0?.tremor.map { ReportNumber.fixed($0.regularity, 2) } }
        row("Tremor time") { $0?.tremor?.tremorTimeFraction.map { "\(ReportNumber.fixed($0 * 100, 0)) %" } }
        row("Tremor landmark") { $0?.tremor?.landmark }
        row("SPARC") { $0?.smoothness?.sparc.map { ReportNumber.fixed($0, 2) } }
        row("LDLJ-V") { $0?.smoothness?.ldljV.map { ReportNumber.fixed($0, 2) } }
        row("Submovements") { $0?.smoothness.map { "\($0.submovementCount)" } }
        row("Confidence") { $0?.confidence.map { ReportNumber.fixed($0.value, 2) } }
        return """
            <section class="keep">
            <h2>Key measurements</h2>
            <table class="overview">\(rows.joined())</table>
            </section>
            """
    }
}
