import HandPoseAnalysis

/// The asymmetry bars and the reasons for any index that could not be computed.
enum AsymmetrySection {
    static func render(_ analysis: ClinicalAnalysis) -> String {
        let shown = Set(AsymmetryChart.metrics.map { "asymmetry.\($0.key)" })
        let reasons = analysis.asymmetry.notComputable.filter { shown.contains($0.metric) }
        let list = reasons.isEmpty ? "" : "<ul class=\"reasons\">" + reasons.map {
            "<li><code>\(HTML.escape($0.metric))</code>: \(HTML.escape($0.reason))</li>"
        }.joined() + "</ul>"
        return """
            <section class="keep">
            <h2>Left-right asymmetry</h2>
            <figure>\(AsymmetryChart.render(analysis.asymmetry))
            <figcaption>Asymmetry index (R − L)/(R + L) in [−1, 1]: 0 is symmetric, a bar to the right means more on the right hand. SPARC and LDLJ-V compare magnitudes (more negative = less smooth), so a bar to the right means the right hand moves less smoothly.</figcaption></figure>
            \(list)
            </section>
            """
    }
}
