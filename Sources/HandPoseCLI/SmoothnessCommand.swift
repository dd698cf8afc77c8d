import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseDSP
import HandPoseIO
import HandPoseMetrics

/// `handpose smoothness FILE`: SPARC, LDLJ and dimensionless jerk of a researcher's own movement
/// signal, exactly as the authors' reference code computes them.
public struct SmoothnessCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "smoothness",
        abstract: "SPARC, LDLJ and dimensionless jerk of one movement's speed, velocity or acceleration (CSV).",
        discussion: """
            FILE is a CSV with a header and one of: a `speed` column (|v| ≥ 0); `vx,vy[,vz]` \
            (velocity vectors); or `ax,ay[,az]` (acceleration vectors); plus an optional `t` column \
            in seconds. Without `t`, give the sample rate with --fs. With `t`, the rate is 1 / median \
            interval (or --fs); times that are not uniform to 1 % are resampled onto a uniform grid by \
            linear interpolation. Other columns are ignored; `#` lines and blank lines are skipped.

            The signal must be one discrete movement, rest to rest. Output (JSON, sorted keys): \
            speed → sparc, ldljV, dimensionlessJerk (1-D speed forms of Balasubramanian et al. 2015); \
            velocity → sparc (of |v|), ldljV, dimensionlessJerk (vector forms of Melendez-Calderon et \
            al. 2021); acceleration → ldljA (mean removed). All are negative; closer to 0 is smoother. \
            A value that cannot be computed is null with its reason under notComputable.

            Example: t = -1…0.99 s, speed = exp(-5 t²) gives sparc -1.41403, ldljV -5.81636, \
            dimensionlessJerk -335.74684.

            Exit status: 0 computed, 64 bad argument (or no t column and no --fs), 65 bad data, \
            66 missing file.
            """)

    @Argument(help: "CSV file with a speed column, vx,vy[,vz] or ax,ay[,az], and optionally t (seconds).")
    public var file: String

    @Option(name: .customLong("fs"), help: "Sample rate in Hz (required without a t column).")
    public var sampleRate: Double?

    @Option(name: .customLong("padlevel"), help: "SPARC zero-padding level.")
    public var padLevel: Int = 4

    @Option(name: .customLong("fc"), help: "SPARC maximum cut-off frequency in Hz.")
    public var cutoff: Double = 10

    @Option(name: .customLong("amp-threshold"), help: "SPARC amplitude threshold of the normalised spectrum.")
    public var amplitudeThreshold: Double = 0.05

    public init() {}

    public func validate() throws {
        if let sampleRate, !(sampleRate.isFinite && sampleRate > 0) {
            throw ValidationError("--fs must be a positive sample rate in Hz, got \(sampleRate)")
        }
        do {
            _ = try sparcParameters()
        } catch {
            throw ValidationError("--\(error.parameter): \(error.message)")
        }
    }

    public func run() throws {
        try reportingFailures {
            print(try JSONOutput.encode(try report()))
        }
    }

    /// Reads `file` and computes the scores that apply to its columns.
    ///
    /// - Throws: ``CommandFailure`` (64 without a time base) or `IngestError` (66 missing or
    ///   unreadable, 65 bad data) with `path:line:column`.
    public func report() throws -> SmoothnessReport {
        let parameters = try sparcParameters()
        let signal = try SmoothnessSignal.read(path: file)
        let (fs, resampled, columns) = try uniform(signal)
        var report = SmoothnessReport(
            input: signal.form.rawValue, samples: columns[0].count, sampleRateHz: fs, resampled: resampled, parameters: parameters)
        var reasons: [NotComputable] = []
        func record(_ key: String, _ value: Double, _ why: String) -> Double? {
            if value.isFinite { return value }
            reasons.append(NotComputable(key, why))
            return nil
        }
        let noJerk = "the signal is too short (fewer than 3 samples), constant or linear, or zero"
        switch signal.form {
        case .speed:
            report.sparc = record("sparc", SPARC.compute(speed: columns[0], sampleRate: fs, parameters: parameters), "the speed is zero throughout")
            report.ldljV = record("ldljV", LDLJ.speed(columns[0], sampleRate: fs), noJerk)
            report.dimensionlessJerk = record("dimensionlessJerk", Jerk.dimensionless(speed: columns[0], sampleRate: fs), noJerk)
        case .velocity:
            let speed = (0..<columns[0].count).map { k in columns.reduce(0) { $0 + $1[k] * $1[k] }.squareRoot() }
            report.sparc = record("sparc", SPARC.compute(speed: speed, sampleRate: fs, parameters: parameters), "the velocity is zero throughout")
            report.ldljV = record("ldljV", LDLJ.velocity(columns, sampleRate: fs), noJerk)
            report.dimensionlessJerk = record("dimensionlessJerk", Jerk.dimensionless(velocity: columns, sampleRate: fs), noJerk)
        case .acceleration:
            report.ldljA = record("ldljA", LDLJ.acceleration(columns, sampleRate: fs, removeMean: true), noJerk)
        }
        report.notComputable = reasons
        return report
    }

    private func sparcParameters() throws(SmoothnessConfigurationError) -> SPARC.Parameters {
        try SPARC.Parameters(padLevel: padLevel, cutoffHz: cutoff, amplitudeThreshold: amplitudeThreshold)
    }

    /// The sample rate, whether the signal was resampled, and the columns on the uniform grid.
    private func uniform(_ signal: SmoothnessSignal) throws -> (Double, Bool, [[Double]]) {
        guard let times = signal.times else {
            guard let sampleRate else {
                throw CommandFailure(
                    message: "\(file): error: the file has no t column; give the sample rate with --fs HZ", status: ExitStatus.usage)
            }
            return (sampleRate, false, signal.columns)
        }
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }.sorted()
        guard !intervals.isEmpty else {
            guard let sampleRate else {
                throw CommandFailure(message: "\(file): error: a single sample has no sample rate; give it with --fs HZ", status: ExitStatus.dataError)
            }
            return (sampleRate, false, signal.columns)
        }
        let median = intervals[intervals.count / 2]
        let fs = sampleRate ?? 1 / median
        let isUniform = intervals.allSatisfy { abs($0 - 1 / fs) <= 0.01 / fs }
        if isUniform { return (fs, false, signal.columns) }
        let resampler = try UniformResampler(sampleRate: fs, maximumGap: .infinity)
        return (fs, true, signal.columns.map { resampler.resample(times: times, values: $0).values })
    }
}

/// The JSON printed by `handpose smoothness`: the scores that apply to the input, how it was read,
/// and the SPARC parameters. Keys absent from the input's form are left out; a score that applies
/// but cannot be computed is null with its reason under `notComputable`.
public struct SmoothnessReport: Encodable, Sendable, Equatable {
    public var sparc: Double?
    public var ldljV: Double?
    public var ldljA: Double?
    public var dimensionlessJerk: Double?
    /// `speed`, `velocity` or `acceleration`.
    public var input: String
    public var samples: Int
    public var sampleRateHz: Double
    /// Whether non-uniform `t` values were resampled onto a uniform grid.
    public var resampled: Bool
    public var parameters: SPARC.Parameters
    public var notComputable: [NotComputable] = []

    init(input: String, samples: Int, sampleRateHz: Double, resampled: Bool, parameters: SPARC.Parameters) {
        self.input = input
        self.samples = samples
        self.sampleRateHz = sampleRateHz
        self.resampled = resampled
        self.parameters = parameters
    }

    private enum CodingKeys: String, CodingKey {
        case sparc, ldljV, ldljA, dimensionlessJerk, input, samples, sampleRateHz, resampled, parameters, notComputable
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let applies: Set<CodingKeys> = input == "acceleration" ? [.ldljA] : [.sparc, .ldljV, .dimensionlessJerk]
        for (key, value) in [(CodingKeys.sparc, sparc), (.ldljV, ldljV), (.ldljA, ldljA), (.dimensionlessJerk, dimensionlessJerk)]
        where applies.contains(key) {
            try container.encode(value, forKey: key)
        }
        try container.encode(input, forKey: .input)
        try container.encode(samples, forKey: .samples)
        try container.encode(sampleRateHz, forKey: .sampleRateHz)
        try container.encode(resampled, forKey: .resampled)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(notComputable, forKey: .notComputable)
    }
}

/// A small movement-signal CSV: which form it holds, its columns and optional times.
struct SmoothnessSignal {
    enum Form: String {
        case speed, velocity, acceleration
    }

    var form: Form
    /// One array per component (1 for speed, 2 or 3 for vectors).
    var columns: [[Double]]
    var times: [Double]?

    /// Reads `path`; every problem is an `IngestError` with the line and column.
    static func read(path: String) throws -> SmoothnessSignal {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IngestError(.fileNotFound, path: path, message: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(.unreadable, path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\0") else {
            throw IngestError(.binaryData, path: path, message: "the file is not UTF-8 text")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        func isSkipped(_ line: Substring) -> Bool {
            let trimmed = line.trimmingWhitespace()
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
        guard let headerIndex = lines.firstIndex(where: { !isSkipped($0) }) else {
            throw IngestError(.empty, path: path, message: "the file has no header line")
        }
        let names = fields(lines[headerIndex]).map { $0.text.lowercased() }
        let lineNumber = headerIndex + 1
        func column(_ name: String) throws -> Int? {
            let matches = names.indices.filter { names[$0] == name }
            guard matches.count <= 1 else {
                throw IngestError(.ambiguousLayout, path: path, line: lineNumber, field: name, message: "the header names \(name) twice")
            }
            return matches.first
        }
        let time = try column("t")
        let speed = try column("speed")
        let velocity = try ["vx", "vy", "vz"].map(column)
        let acceleration = try ["ax", "ay", "az"].map(column)
        var forms: [(Form, [Int])] = []
        if let speed { forms.append((.speed, [speed])) }
        if velocity[0] != nil || velocity[1] != nil { forms.append((.velocity, velocity.compactMap { $0 })) }
        if acceleration[0] != nil || acceleration[1] != nil { forms.append((.acceleration, acceleration.compactMap { $0 })) }
        guard forms.count == 1, let (form, indices) = forms.first else {
            let found = names.joined(separator: ",")
            throw IngestError(
                forms.isEmpty ? .unknownLayout : .ambiguousLayout, path: path, line: lineNumber,
                message: forms.isEmpty
                    ? "expected a speed column, vx,vy[,vz] or ax,ay[,az] (and optionally t); found \(found)"
                    : "the header has \(forms.map(\.0.rawValue).joined(separator: " and ")) columns; keep one signal")
        }
        if form != .speed, indices.count < 2 {
            let prefix = form == .velocity ? "v" : "a"
            throw IngestError(
                .unknownLayout, path: path, line: lineNumber,
                message: "\(form.rawValue) needs at least \(prefix)x and \(prefix)y columns; found \(names.joined(separator: ","))")
        }

        var columns = indices.map { _ in [Double]() }
        var times: [Double]? = time == nil ? nil : []
        for index in (headerIndex + 1)..<lines.count where !isSkipped(lines[index]) {
            let values = fields(lines[index])
            guard values.count == names.count else {
                throw IngestError(
                    .wrongFieldCount, path: path, line: index + 1,
                    message: "\(values.count) fields, the header has \(names.count)")
            }
            func number(_ position: Int) throws -> Double {
                let field = values[position]
                guard let value = Double(field.text), value.isFinite else {
                    throw IngestError(
                        .notANumber, path: path, line: index + 1, column: field.column, field: names[position],
                        message: field.text.isEmpty
                            ? "\(names[position]) is empty; smoothness needs a complete signal"
                            : "\(names[position]) '\(field.text)' is not a finite number")
                }
                return value
            }
            for (slot, position) in indices.enumerated() {
                let value = try number(position)
                if form == .speed, value < 0 {
                    throw IngestError(
                        .notANumber, path: path, line: index + 1, column: values[position].column, field: "speed",
                        message: "speed \(values[position].text) is negative; a speed is |v| ≥ 0 (give signed velocity as vx,vy[,vz])")
                }
                columns[slot].append(value)
            }
            if let time {
                let value = try number(time)
                if let previous = times?.last, value <= previous {
                    throw IngestError(
                        .timeGoesBackwards, path: path, line: index + 1, column: values[time].column, field: "t",
                        message: "t \(values[time].text) s does not follow \(previous) s; times must increase")
                }
                times?.append(value)
            }
        }
        guard !columns[0].isEmpty else {
            throw IngestError(.headerOnly, path: path, line: lineNumber, message: "the file has a header but no data lines")
        }
        return SmoothnessSignal(form: form, columns: columns, times: times)
    }

    /// Comma-separated fields of a line, trimmed, with the 1-based column where each starts.
    private static func fields(_ line: Substring) -> [(text: String, column: Int)] {
        var result: [(String, Int)] = []
        var column = 1
        for part in line.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " || $0 == "\t" }.count
            result.append((part.trimmingWhitespace(), column + leading))
            column += part.count + 1
        }
        return result
    }
}
