#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore

/// A batch's output in the chosen format: each file's part is rendered by the job that analysed
/// it (``render(_:file:)``, so encoding runs on every core with the analyses instead of on one
/// thread after them), and the parts are put together in input order (``assemble(_:)``).
struct AnalysisOutput {
    let format: AnalysisFormat

    /// One file's part: its text report, its JSON document, or its JSON line.
    func render(_ analysis: ClinicalAnalysis, file: String) throws -> String {
        switch format {
        case .text: AnalysisTextRenderer(analysis: analysis, path: file).render()
        case .json: String(decoding: try analysis.jsonData(), as: UTF8.self)
        case .jsonl: String(decoding: try analysis.jsonData(pretty: false), as: UTF8.self)
        }
    }

    /// The whole output: the rendered parts in input order (with, for `jsonl`, a line per failed file).
    func assemble(_ results: [BatchResult]) throws -> String {
        let parts = results.compactMap(\.output)
        switch format {
        case .text:
            return parts.joined(separator: "\n" + String(repeating: "=", count: 78) + "\n\n")
        case .json:
            if results.count == 1, let only = parts.first { return only + "\n" }
            return "[\n" + parts.joined(separator: ",\n") + "\n]\n"
        case .jsonl:
            var lines: [String] = []
            for result in results {
                if let output = result.output {
                    lines.append(output)
                } else if let failure = result.failure {
                    // {"error":…,"file":…}, as JSONSerialization wrote it with .sortedKeys and .withoutEscapingSlashes.
                    let error = JSONSerializationStyle.quoted(failure.message, escapingSlashes: false)
                    lines.append("{\"error\":\(error),\"file\":\(JSONSerializationStyle.quoted(result.file, escapingSlashes: false))}")
                }
            }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
    }

    /// Writes ``assemble(_:)`` to `path`, or to standard output without one.
    func write(_ results: [BatchResult], to path: String?) throws {
        let text = try assemble(results)
        guard !text.isEmpty else { return }
        try CommandOutput.write(text, to: path)
    }
}
