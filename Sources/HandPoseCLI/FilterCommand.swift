import ArgumentParser
import HandPoseAnalysis
import HandPoseCore
import HandPoseDSP
import HandPoseIO
import HandPoseQuality

/// `handpose filter FILE --method M`: the recording with every landmark, axis and hand filtered.
public struct FilterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Filter every landmark, axis and hand of a recording with one of nine methods.",
        discussion: """
            Methods: butterworth (sosfiltfilt, or sosfilt with --causal), savgol (Savitzky-Golay), \
            moving-average, exponential, fft (frequency mask), wavelet (VisuShrink denoising), \
            kalman (with the Rauch-Tung-Striebel smoother), ukf (unscented Kalman), particle \
            (bootstrap particle filter). Frequencies are in Hz for the recording's own sample rate; \
            noise parameters are in mm (converted to the file's unit when it is calibrated or metric, \
            otherwise through a typical 88 mm hand length).

            Each channel is filtered run by run between missing samples; gaps stay missing and a run \
            too short for the method keeps its raw values and is reported on stderr. The output has \
            the input's timestamps and, by default, its layout.

            Examples:
              handpose filter rec.csv --method butterworth --cutoff 8 --output smooth.csv
              handpose filter rec.csv --method savgol --window 11 --polyorder 3
              handpose filter rec.csv --method wavelet --wavelet sym8 --threshold hard --layout wide
              handpose filter rec.csv --method particle --joint --seed 7
            """)

    @OptionGroup public var input: IngestArguments

    @Option(help: "The filter: butterworth, savgol, moving-average, exponential, fft, wavelet, kalman, ukf or particle.")
    public var method: FilterMethod

    @OptionGroup(title: "Method options") public var filterOptions: FilterOptions

    @Option(name: .shortAndLong, help: "Where to write the filtered recording (default: standard output).")
    public var output: String = "-"

    @Option(help: "Output layout: long, wide, wide-one-based or named (default: the input's layout).")
    public var layout: LayoutArgument?

    @Option(help: "Decimal places of the written coordinates (default: exact round trip).")
    public var decimals: Int?

    public init() {}

    public func validate() throws {
        try FilterFactory.validate(filterOptions, for: method)
        if let decimals, !(0...15).contains(decimals) {
            throw ValidationError("--decimals must be between 0 and 15, got \(decimals)")
        }
    }

    public func run() throws {
        try reportingFailures {
            let recording = try input.readRecording()
            let timing = FrameTiming(recording: recording)
            guard let sampleRate = timing.nominalRateHz else {
                throw CommandFailure(
                    message: "\(input.file): error: the recording has \(recording.frameCount) frame(s): no sample rate to design a filter for",
                    status: ExitStatus.dataError)
            }
            let scale = recording.spatial.millimetresPerUnit ?? TypicalHand.millimetresPerUnit(recording)
            let filter: any ChannelFilter
            do {
                filter = try FilterFactory.preset(method, filterOptions).makeFilter(sampleRate: sampleRate, millimetresPerUnit: scale)
            } catch {
                throw CommandFailure(message: "error: \(error)", status: ExitStatus.usage)
            }
            guard filter.minimumLength <= recording.frameCount else {
                throw CommandFailure(
                    message: "error: --method \(method.rawValue) with these parameters needs at least \(filter.minimumLength) samples (\(filter.parameters.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))), longer than the whole recording (\(recording.frameCount) frames)",
                    status: ExitStatus.usage)
            }
            var (filtered, report) = if filterOptions.joint, let particle = filter as? ParticleFilter {
                RecordingFiltering.apply(LandmarkParticleFilter(particle), to: recording)
            } else {
                RecordingFiltering.apply(filter, to: recording)
            }
            filtered.metadata["filter"] = report.algorithmID
            filtered.metadata["filter_parameters"] = report.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            filtered.metadata["filter_sample_rate_hz"] = "\(sampleRate)"
            try RecordingWriter.write(
                filtered, layout: (layout?.sourceLayout ?? recording.layout), to: output, coordinateDecimals: decimals)
            StandardError.write(FilterSummary(report: report, sampleRate: sampleRate, timing: timing).text)
        }
    }
}

/// The one-paragraph account of a filtering run printed on stderr.
struct FilterSummary {
    let report: RecordingFilteringReport
    let sampleRate: Double
    let timing: FrameTiming

    var text: String {
        let parameters = report.parameters.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var lines = ["filtered with \(report.algorithmID) (\(parameters)) at \(fixed(sampleRate, 2)) Hz"]
        for (hand, counts) in report.hands.sorted(by: { $0.key < $1.key }) {
            var line = "  \(hand): \(counts.filteredSamples) samples filtered, \(counts.missingSamples) missing"
            if counts.unfilteredSamples > 0 {
                line += ", \(counts.unfilteredSamples) left unfiltered in runs shorter than the method needs"
            }
            lines.append(line)
        }
        if let jitter = timing.jitterMs, let interval = timing.medianInterval, jitter > 0.1 * interval * 1000 {
            lines.append("  note: frame timing jitters by \(fixed(jitter, 1)) ms; filters treat samples as evenly spaced at the nominal rate")
        }
        if timing.droppedFrames > 0 {
            lines.append("  note: \(timing.droppedFrames) dropped frame(s) are not interpolated; filters treat the samples as contiguous")
        }
        return lines.joined(separator: "\n")
    }
}
