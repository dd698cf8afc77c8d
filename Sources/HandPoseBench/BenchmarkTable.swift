#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseCore

/// The three renderings of benchmark rows: CSV and JSON that load straight into pandas
/// (`pd.read_csv`, `pd.read_json`: one flat row per method, hand and cell, the columns of
/// ``BenchmarkResult/columnNames`` in that order, missing values empty or `null`), and a ranked
/// text table per cell and hand.
public enum BenchmarkTable {
    /// RFC 4180 CSV with a header line; numbers in Swift's shortest round-trip form, missing values
    /// empty, text quoted when it holds a comma, quote or line break.
    public static func csv(_ results: [BenchmarkResult]) -> String {
        var lines = [BenchmarkResult.columnNames.joined(separator: ",")]
        for result in results {
            lines.append(result.columns.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array of flat objects, one per row and line, keys in column order, `null` for
    /// missing values.
    public static func json(_ results: [BenchmarkResult]) -> String {
        guard !results.isEmpty else { return "[]\n" }
        let rows = results.map { result in
            "  {" + zip(BenchmarkResult.columnNames, result.columns).map { "\(jsonString($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }
        return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
    }

    /// One ranked table per cell and hand, best first, with the notes of its rows and a legend.
    ///
    /// - Parameter repetitions: the runs each speed is the median of, for the header.
    public static func text(_ results: [BenchmarkResult], repetitions: Int) -> String {
        var blocks: [[BenchmarkResult]] = []
        for result in results {
            if let last = blocks.last?.first, last.cell.index == result.cell.index, last.hand == result.hand {
                blocks[blocks.count - 1].append(result)
            } else {
                blocks.append([result])
            }
        }
        let methods = Set(results.map(\.method)).count, cells = Set(results.map(\.cell.index)).count
        var out = "handpose bench: \(methods) method\(methods == 1 ? "" : "s") on \(cells) cell\(cells == 1 ? "" : "s"); "
            + "speed is the median of \(repetitions) run\(repetitions == 1 ? "" : "s") on one core\n"
        var withTruth = false, withoutTruth = false
        for block in blocks {
            let truth = block.contains(where: \.hasTruth)
            if truth { withTruth = true } else { withoutTruth = true }
            out += "\n" + heading(block[0]) + "\n"
            out += table(block, truth: truth)
            out += notes(block)
        }
        out += "\n"
        var legend = ""
        if withTruth {
            legend += """
                With truth: RMSE is the per-coordinate error against the noise-free signal (mm, ranked lowest first); amp ratio \
                and lag compare the output with the noise-free signal at the true tremor frequency (lag > 0: the output lags); \
                Δf and ΔA are the measured tremor frequency and amplitude minus the truth; ΔSPARC and ΔLDLJ-V are minus the \
                noise-free signal's.

                """
        }
        if withoutTruth {
            legend += """
                Without truth: residual is the per-coordinate RMS of output − input (mm, ranked largest first: it measures \
                smoothing, not accuracy); amp ratio and lag compare the output with the input at the input's tremor frequency; \
                ΔSPARC and ΔLDLJ-V are minus the input's.

                """
        }
        legend += "unfiltered: share of the samples in runs too short for the method (left raw). Speed: samples per second of wall time.\n"
        return out + legend.split(separator: "\n", omittingEmptySubsequences: false).map { wrapped(String($0), width: 100) }.joined(separator: "\n")
    }

    // MARK: - Text

    private static func heading(_ row: BenchmarkResult) -> String {
        let cell = row.cell
        var parts = ["cell \(cell.index)", cell.source, "\(BenchmarkFormat.number(cell.frameRateHz)) fps", "\(BenchmarkFormat.number(cell.durationSeconds, 1)) s"]
        if let noise = cell.noiseMm { parts.append("noise \(BenchmarkFormat.number(noise)) mm") }
        if let seed = cell.seed { parts.append("seed \(seed)") }
        var hand = "\(row.hand.rawValue) hand"
        if let frequency = row.trueTremorHz, let amplitude = row.trueTremorMm {
            hand += ", true tremor \(BenchmarkFormat.number(frequency)) Hz \(BenchmarkFormat.number(amplitude)) mm"
        } else if row.hasTruth {
            hand += ", no tremor in the truth"
        }
        parts.append(hand)
        return parts.joined(separator: ", ")
    }

    private static func table(_ rows: [BenchmarkResult], truth: Bool) -> String {
        let headers: [String]
        var lines: [[String]] = []
        if truth {
            headers = ["rank", "method", "RMSE mm", "amp ratio", "lag ms", "Δf Hz", "ΔA mm", "ΔSPARC", "ΔLDLJ-V", "unfiltered", "M samples/s"]
        } else {
            headers = ["rank", "method", "residual mm", "amp ratio", "lag ms", "tremor Hz", "tremor mm", "ΔSPARC", "ΔLDLJ-V", "unfiltered", "M samples/s"]
        }
        for row in rows {
            let fixed = BenchmarkFormat.fixed, signed = BenchmarkFormat.signed
            var cells = ["\(row.rank)", row.method]
            cells.append(truth ? fixed(row.rmseMm, 3) : fixed(row.residualRmsMm, 3))
            cells.append(fixed(row.amplitudeRatio, 3))
            cells.append(signed(row.phaseLagMs, 1))
            if truth {
                cells.append(signed(row.tremorHzError, 3))
                cells.append(signed(row.tremorMmError, 3))
                cells.append(signed(row.sparcError, 3))
                cells.append(signed(row.ldljVError, 2))
            } else {
                cells.append(fixed(row.tremorHz, 2))
                cells.append(fixed(row.tremorMm, 2))
                cells.append(signed(row.sparcChange, 3))
                cells.append(signed(row.ldljVChange, 2))
            }
            cells.append(row.unfilteredFraction.map { "\(BenchmarkFormat.fixed($0 * 100, 1)) %" } ?? "n/a")
            cells.append(BenchmarkFormat.significant(row.samplesPerSecond.map { $0 / 1e6 }))
            lines.append(cells)
        }
        var widths = headers.map(\.count)
        for line in lines {
            for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 1 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        return ([render(headers)] + lines.map(render)).map { $0.trimmingTrailingSpaces() + "\n" }.joined()
    }

    /// The rows' notes, each once, with the methods that share it (`all methods` when every row does).
    private static func notes(_ rows: [BenchmarkResult]) -> String {
        var order: [String] = []
        var methods: [String: [String]] = [:]
        for row in rows {
            for note in row.notes {
                if methods[note] == nil { order.append(note) }
                methods[note, default: []].append(row.method)
            }
        }
        guard !order.isEmpty else { return "" }
        return "notes:\n" + order.map { note in
            let names = methods[note]!
            return "  \(names.count == rows.count ? "all methods" : names.joined(separator: ", ")): \(note)\n"
        }.joined()
    }

    /// `line` broken at spaces into lines of at most `width` characters (longer words stay whole).
    private static func wrapped(_ line: String, width: Int) -> String {
        var lines: [String] = [], current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    // MARK: - CSV and JSON

    private static func csvField(_ value: BenchmarkValue) -> String {
        switch value {
        case .number(let number): number.flatMap { $0.isFinite ? "\($0)" : nil } ?? ""
        case .integer(let number): number.map(String.init) ?? ""
        case .unsigned(let number): number.map(String.init) ?? ""
        case .text(let text):
            text.map { text in
                text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + text.replacingLiteral("\"", with: "\"\"") + "\"" : text
            } ?? ""
        }
    }

    private static func jsonValue(_ value: BenchmarkValue) -> String {
        switch value {
        case .number(let number): number.flatMap { $0.isFinite ? "\($0)" : nil } ?? "null"
        case .integer(let number): number.map(String.init) ?? "null"
        case .unsigned(let number): number.map(String.init) ?? "null"
        case .text(let text): text.map(jsonString) ?? "null"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(cFormat: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Number formatting for benchmark messages and tables.
enum BenchmarkFormat {
    /// Up to `decimals` decimals, trailing zeros dropped: `5`, `2.5`, `0.625`.
    static func number(_ value: Double, _ decimals: Int = 6) -> String { String(trimmedDecimal: value, places: decimals) }

    /// Exactly `decimals` decimals, `n/a` when missing.
    static func fixed(_ value: Double?, _ decimals: Int) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let text = String(cFormat: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// Three significant digits without exponent (`1234`, `28.2`, `0.271`, `0.00412`), `n/a` when missing.
    static func significant(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        if magnitude >= 100 { return String(cFormat: "%.0f", value) }
        if magnitude >= 10 { return String(cFormat: "%.1f", value) }
        if magnitude >= 1 || magnitude == 0 { return String(cFormat: "%.2f", value) }
        return String(cFormat: "%.\(2 - Int(log10(magnitude).rounded(.down)))f", value)
    }

    /// Exactly `decimals` decimals with a sign (`+0.012`, `-1.5`), `n/a` when missing.
    static func signed(_ value: Double?, _ decimals: Int) -> String {
        let text = fixed(value, decimals)
        return text == "n/a" || text.hasPrefix("-") ? text : "+" + text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
