import HandPoseCore

/// The identifiers at the top: patient, session, clinician, protocol, recording date and file.
enum HeaderSection {
    static func render(_ report: ClinicalReport) -> String {
        let subject = report.subject, analysis = report.analysis
        let recording = analysis.recording
        func value(_ text: String?) -> String { text.map(HTML.escape) ?? "<span class=\"muted\">—</span>" }
        let patient: String? = switch (subject.patientName, subject.patientEmail) {
        case let (name?, email?): "\(name) <\(email)>"
        case let (name?, nil): name
        case let (nil, email?): email
        case (nil, nil): nil
        }
        let recorded = subject.recordedAt.map { date in
            ReportNumber.dateTime(date) + (subject.recordedAtNote.map { " (\($0))" } ?? "")
        }
        let rate = recording.sampleRateHz.map { " at \(ReportNumber.fixed($0, 1)) Hz" } ?? ""
        let recordingText = "\(recording.frames) frames, \(ReportNumber.fixed(recording.durationSeconds, 1)) s\(rate), "
            + "\(recording.coordinateSpace) [\(recording.unit)], hands: \(recording.hands.isEmpty ? "none" : recording.hands.joined(separator: ", "))"
        let protocolText = "\(analysis.clinicalProtocol.name) (\(analysis.clinicalProtocol.id) \(analysis.clinicalProtocol.version))"
        let pairs: [(String, String?)] = [
            ("Patient", patient), ("Session", subject.sessionID),
            ("Clinician", subject.clinician), ("Analysis", subject.analysisID),
            ("Protocol", protocolText), ("Recorded", recorded),
            ("File", subject.sourceFile), ("Recording", recordingText),
        ]
        var rows: [String] = []
        for index in stride(from: 0, to: pairs.count, by: 2) {
            let a = pairs[index], b = pairs[index + 1]
            rows.append(
                "<tr><td class=\"key\">\(a.0)</td><td>\(value(a.1))</td><td class=\"key\">\(b.0)</td><td>\(value(b.1))</td></tr>")
        }
        return """
            <header>
            <h1>Hand movement measurement report</h1>
            <p class="subtitle">handpose \(HTML.escape(analysis.software.version)) · a measurement report, not a diagnosis · generated \(ReportNumber.dateTime(report.generatedAt))</p>
            <table class="identifiers">\(rows.joined())</table>
            </header>
            """
    }
}
