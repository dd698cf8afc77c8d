import HandPoseAnalysis
import HandPoseMetrics

/// One hand's page: tremor spectrum, displacement trace, smoothness and range of motion.
enum HandSection {
    static func render(side: String, report: ClinicalReport) -> String {
        let analysis = report.analysis
        let title = side.prefix(1).uppercased() + side.dropFirst() + " hand"
        guard let hand = analysis.hands[side] else {
            return """
                <section class="hand-missing keep">
                <h2>\(title)</h2>
                <p>The \(side) hand is not in the recording.</p>
                </section>
                """
        }
        var parts: [String] = []
        let confidence = hand.confidence.map {
            " <span class=\"muted\">· confidence \(ReportNumber.fixed($0.value, 2))\($0.cap != nil ? ", capped by a critical quality flag" : "")</span>"
        } ?? ""
        parts.append(tremor(side: side, hand: hand, report: report))
        parts.append(smoothness(side: side, hand: hand, analysis: analysis))
        parts.append(rangeOfMotion(side: side, hand: hand))
        return """
            <section class="hand">
            <h2>\(title)\(confidence)</h2>
            \(parts.joined(separator: "\n"))
            </section>
            """
    }

    static func excludedRanges(_ analysis: ClinicalAnalysis) -> [ClosedRange<Double>] {
        (analysis.parameters.excludedRanges ?? []).map { $0.startSeconds...max($0.startSeconds, $0.endSeconds) }
    }

    static func reasons(_ analysis: ClinicalAnalysis, prefix: String) -> String {
        let reasons = analysis.notComputable.filter { $0.metric.hasPrefix(prefix) }
        guard !reasons.isEmpty else { return "" }
        return "<ul class=\"reasons\">" + reasons.prefix(6).map {
            "<li><code>\(HTML.escape($0.metric))</code>: \(HTML.escape($0.reason))</li>"
        }.joined() + "</ul>"
    }

    static func tremor(side: String, hand: HandAnalysis, report: ClinicalReport) -> String {
        guard let tremor = hand.tremor else {
            return "<h3>Tremor</h3><p>Tremor could not be computed.</p>" + reasons(report.analysis, prefix: "hands.\(side).tremor")
        }
        let sampling = tremor.sampling, configuration = tremor.configuration
        var html = """
            <h3>Tremor spectrum</h3>
            <figure>\(SpectrumChart.render(tremor, id: "spectrum-\(side)"))
            <figcaption>Welch power spectral density of the \(HTML.escape(tremor.landmark)) displacement along its principal tremor axis (\(sampling.segments) segments of \(ReportNumber.fixed(configuration.segmentSeconds, 0)) s, resolution \(ReportNumber.fixed(sampling.resolutionHz, 3)) Hz, \(ReportNumber.fixed(sampling.analysedSeconds, 1)) s at \(ReportNumber.fixed(sampling.sampleRateHz, 2)) Hz). Shaded: tremor band; marker: dominant frequency and zero-to-peak amplitude; the power axis fits the band (slower movement may run off the top). Regularity \(ReportNumber.fixed(tremor.regularity, 2)), RMS \(HTML.escape(TremorLabels.rms(tremor))).</figcaption></figure>
            """
        html += "\n<h3>Displacement over time</h3>\n"
        switch report.traces[side] {
        case .success(let trace):
            html += """
                <figure>\(TraceChart.render(trace, tremor: tremor, excluded: excludedRanges(report.analysis), id: "trace-\(side)"))
                <figcaption>The \(HTML.escape(trace.landmark)) displacement projected on its tremor axis and band-passed to \(ReportNumber.compact(trace.bandHz.lowerBound))-\(ReportNumber.compact(trace.bandHz.upperBound)) Hz (4th-order Butterworth, zero-phase), from the raw landmarks; tracking gaps left blank; dashed: ± the reported amplitude.</figcaption></figure>
                """
        case .failure(let reason):
            html += "<p class=\"muted\">No trace: \(HTML.escape(reason.reason)).</p>"
        case nil:
            html += "<p class=\"muted\">No trace: the raw landmarks are not available.</p>"
        }
        if !tremor.notes.isEmpty {
            html += "<ul class=\"reasons\">" + tremor.notes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        return html
    }

    static func smoothness(side: String, hand: HandAnalysis, analysis: ClinicalAnalysis) -> String {
        let summary = hand.smoothness
        func value(_ number: Double?) -> String { number.map { ReportNumber.fixed($0, 2) } ?? "-" }
        let values = "SPARC <strong>\(value(summary?.sparc))</strong>, LDLJ-V <strong>\(value(summary?.ldljV))</strong>, "
            + "LDLJ-A <strong>\(value(summary?.ldljA))</strong>, submovements <strong>\(summary.map { "\($0.submovementCount)" } ?? "-")</strong>"
        return """
            <div class="keep">
            <h3>Smoothness of movement</h3>
            <p>\(values) <span class="muted">(medians over the wrist's rest-to-rest submovements; closer to 0 is smoother; SPARC: Balasubramanian et al. 2015, doi:10.1186/s12984-015-0090-9; LDLJ: log dimensionless jerk)</span></p>
            \(reasons(analysis, prefix: "hands.\(side).smoothness"))
            </div>
            """
    }

    static func rangeOfMotion(side: String, hand: HandAnalysis) -> String {
        guard let range = hand.rangeOfMotion else { return "<h3>Range of motion</h3><p>Not measured.</p>" }
        var rows = [
            "<tr><th>Joint</th><th class=\"num\">Measured (°)</th><th class=\"num\">Range (°)</th><th class=\"num\">Normal (°)</th><th>0° … 120° flexion</th></tr>"
        ]
        for joint in JointAngle.all {
            let entry = range[joint]
            let name = "\(joint.finger.name) \(joint.joint.rawValue.uppercased())"
            let measured: String = if let low = entry.minDeg, let high = entry.maxDeg {
                "\(ReportNumber.fixed(low, 0))-\(ReportNumber.fixed(high, 0))"
            } else { "-" }
            let normal: String = if let low = entry.normalMinDeg, let high = entry.normalMaxDeg {
                "\(ReportNumber.fixed(low, 0))-\(ReportNumber.fixed(high, 0))"
            } else { "-" }
            let bar = RangeBar.render(
                joint: name, minDeg: entry.minDeg, maxDeg: entry.maxDeg, normalMin: entry.normalMinDeg, normalMax: entry.normalMaxDeg)
            let cells = [
                HTML.escape(name), measured, entry.rangeDeg.map { ReportNumber.fixed($0, 0) } ?? "-", normal,
            ]
            rows.append("<tr>" + "<td>\(cells[0])</td>" + cells.dropFirst().map { "<td class=\"num\">\($0)</td>" }.joined() + "<td>\(bar)</td></tr>")
        }
        let unmeasured = range.notComputable.filter { $0.metric != "rangeOfMotion.wrist" }
        let notes = unmeasured.isEmpty ? "" : "<ul class=\"reasons\">" + unmeasured.prefix(6).map {
            "<li><code>\(HTML.escape($0.metric))</code>: \(HTML.escape($0.reason))</li>"
        }.joined() + "</ul>"
        return """
            <h3>Range of motion</h3>
            <table class="rom">\(rows.joined())</table>
            <p class="muted">Flexion (0° = straight), 2nd-98th percentile of the smoothed angle; pale band: AAOS normal range, dark bar: measured. Wrist: not computable from 21 hand landmarks (no forearm landmark).</p>
            \(notes)
            """
    }
}
