import HandPoseAnalysis
import HandPoseCore

/// The last page: the analysis' plain summary, what could not be computed, the method with its
/// parameters and software versions, and the statement that this is not a diagnosis.
enum ClosingSection {
    static let disclaimer =
        "This is a measurement report, not a diagnosis: interpret it together with the clinical examination."

    static func render(_ report: ClinicalReport) -> String {
        let analysis = report.analysis
        let summary = analysis.summary.map { "<li>\(HTML.escape($0))</li>" }.joined()
        let reasons = analysis.notComputable.filter { !$0.metric.hasPrefix("segments.") }
        var notComputable = ""
        if !reasons.isEmpty {
            notComputable = "<h2>Not computable</h2><ul class=\"reasons\">" + reasons.prefix(20).map {
                "<li><code>\(HTML.escape($0.metric))</code>: \(HTML.escape($0.reason))</li>"
            }.joined() + (reasons.count > 20 ? "<li>… and \(reasons.count - 20) more (see the analysis JSON)</li>" : "") + "</ul>"
        }
        return """
            <section class="closing">
            <h2>Summary</h2>
            <ul>\(summary)</ul>
            \(notComputable)
            <h2>Method and parameters</h2>
            <table class="method">\(methodRows(report).joined())</table>
            <p class="disclaimer">\(disclaimer)</p>
            </section>
            """
    }

    static func methodRows(_ report: ClinicalReport) -> [String] {
        let analysis = report.analysis
        let parameters = analysis.parameters
        let tremor = parameters.tremor
        let band = parameters.tremorBandHz
        let bandText = band.count == 2 ? "\(ReportNumber.compact(band[0]))-\(ReportNumber.compact(band[1])) Hz" : "-"
        let filter = parameters.filter.map { "\($0.method.rawValue) (with its defaults unless stated in the analysis JSON)" } ?? "none"
        let algorithms = analysis.algorithms.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        let options = report.options.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        let rows: [(String, String)] = [
            ("Software", "handpose \(analysis.software.version) (analysis), handpose \(HandPoseVersion.current) (this report); analysis document schema \(analysis.schemaVersion)"),
            ("Protocol", "\(analysis.clinicalProtocol.name) (\(analysis.clinicalProtocol.id) \(analysis.clinicalProtocol.version))"
                + (analysis.clinicalProtocol.notes.isEmpty ? "" : "; " + analysis.clinicalProtocol.notes.joined(separator: "; "))),
            ("Tremor", "each landmark's displacement on a uniform grid (real timestamps, gaps up to \(ReportNumber.fixed(tremor.maximumGapSeconds, 2)) s bridged), projected on the principal axis of its in-band movement; Welch PSD (\(ReportNumber.fixed(tremor.segmentSeconds, 0)) s Hann segments, \(ReportNumber.fixed(tremor.segmentOverlap * 100, 0)) % overlap); dominant frequency with \(tremor.peakInterpolation.rawValue) interpolation; amplitude = zero-to-peak from the power within ±\(ReportNumber.fixed(tremor.regularityHalfWidthHz, 1)) Hz of the peak; regularity = share of band power there; the hand's summary is the landmark with the largest band power (Elble & McNames 2016, doi:10.7916/D8DR2VCC)"),
            ("Tremor band", bandText),
            ("Filter", filter),
            ("Displacement trace", DisplacementTrace.method),
            ("Smoothness", "wrist speed low-passed, split into rest-to-rest submovements; SPARC, LDLJ-V, LDLJ-A; the median over submovements (Balasubramanian et al. 2015, doi:10.1186/s12984-015-0090-9)"),
            ("Range of motion", "flexion at MCP, PIP, DIP and the thumb's MCP and IP from 3-D landmarks, 2nd-98th percentile of the smoothed angle, beside AAOS normal ranges"),
            ("Asymmetry", "(right − left)/(right + left), on magnitudes for SPARC and LDLJ-V; not given when a hand is missing or the labels are unreliable"),
            ("Confidence", "per hand in [0, 1]: the product of presence, noise-to-tremor, sampling, timing and dropped-frame factors and of the remaining quality flags (see the analysis JSON)"),
            ("Time base", parameters.timeBase),
            ("Algorithms", algorithms),
            ("Report options", options.isEmpty ? "-" : options),
        ]
        return rows.map { "<tr><td class=\"key\"><strong>\(HTML.escape($0.0))</strong></td><td>\(HTML.escape($0.1))</td></tr>" }
    }
}
