import Foundation
import HandPoseAnalysis

/// Writes a batch's analyses in the chosen format to a file or standard output.
struct AnalysisOutput {
    let format: AnalysisFormat
    let results: [BatchResult]

    func write(to path: String?) throws {
        let text = try render()
        guard !text.isEmpty else { return }
        if let path {
            do {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure(message: "\(path): error: cannot write: \(error.localizedDescription)", status: ExitStatus.cannotCreate)
            }
        } else {
            print(text, terminator: "")
        }
    }

    func render() throws -> String {
        let analyses = results.compactMap { result in result.analysis.map { (result.file, $0) } }
        switch format {
        case .text:
            return analyses.map { AnalysisTextRenderer(analysis: $0.1, path: $0.0).render() }
                .joined(separator: "\n" + String(repeating: "=", count: 78) + "\n\n")
        case .json:
            if results.count == 1, let only = analyses.first {
                return String(decoding: try only.1.jsonData(), as: UTF8.self) + "\n"
            }
            let documents = try analyses.map { String(decoding: try $0.1.jsonData(), as: UTF8.self) }
            return "[\n" + documents.joined(separator: ",\n") + "\n]\n"
        case .jsonl:
            var lines: [String] = []
            for result in results {
                if let analysis = result.analysis {
                    lines.append(String(decoding: try analysis.jsonData(pretty: false), as: UTF8.self))
                } else if let failure = result.failure {
                    let object = ["file": result.file, "error": failure.message]
                    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    lines.append(String(decoding: data, as: UTF8.self))
                }
            }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
    }
}
