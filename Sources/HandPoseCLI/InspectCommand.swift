import ArgumentParser
import HandPoseCore
import HandPoseQuality

/// `handpose inspect FILE`: what the recording is and how good it is, before any analysis.
public struct InspectCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Report a recording's layout, units, timing, hands and quality flags.",
        discussion: """
            Reads any supported landmark CSV (long, wide indexed, wide named), then measures the \
            nominal and effective sample rate, timing jitter, dropped frames, gaps and presence per \
            hand, handedness label flips and a geometric check of each label, whether Nyquist covers \
            the tremor band, and the landmark noise floor in that band. Every problem is a named flag.

            Exit status: 0 when read (whatever the verdict), 64 bad argument, 65 bad data, \
            66 missing file.
            """)

    @OptionGroup public var input: IngestArguments

    @Option(help: "Output format: text (for people) or json (stable keys, schemaVersion).")
    public var format: OutputFormat = .text

    public init() {}

    public func run() throws {
        try reportingFailures {
            let recording = try input.readRecording()
            let report = QualityGate().inspect(recording)
            switch format {
            case .json: print(try JSONOutput.encode(report))
            case .text: print(InspectionTextRenderer(report: report, path: input.file).render(), terminator: "")
            }
        }
    }
}
