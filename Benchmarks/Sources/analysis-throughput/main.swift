// `swift run -c release analysis-throughput FILE.csv [RUNS]`: `handpose analyze`'s own stages in one
// process, on one core: read, the clinical analysis, and the JSON document (pretty-printed as
// `--format json`, compact as each line of `--format jsonl`; `ClinicalAnalysis.jsonData`). The first run is what a one-file
// process pays (cold: FFTW plans, type metadata, page faults); the median of the others is what each
// file of a batch pays (warm). Prints both, in ms.
import Foundation
import HandPoseAnalysis
import HandPoseIO

guard CommandLine.arguments.count >= 2 else {
    print("usage: analysis-throughput FILE.csv [RUNS]")
    exit(64)
}
let path = CommandLine.arguments[1]
let runs = max(2, CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 21 : 21)

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let clock = ContinuousClock()
let stageNames = ["read", "analysis", "JSON, pretty", "JSON, compact"]
var stages: [String: [Double]] = [:]
var bytes = (pretty: 0, compact: 0)
// A file that cannot be read or analysed is a message and exit 65, not a trap.
do {
    for _ in 0..<runs {
        var start = clock.now
        func lap(_ name: String) {
            let now = clock.now
            stages[name, default: []].append(milliseconds(now - start))
            start = now
        }
        let recording = try RecordingReader.read(contentsOf: path)
        lap("read")
        let analysis = try Analyzer().analyze(recording)
        lap("analysis")
        bytes.pretty = try analysis.jsonData(pretty: true).count
        lap("JSON, pretty")
        bytes.compact = try analysis.jsonData(pretty: false).count
        lap("JSON, compact")
    }
} catch {
    FileHandle.standardError.write(Data("analysis-throughput: \(error)\n".utf8))
    exit(65)
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
print("\(path): ms, first run (cold) and median of the other \(runs - 1) (warm)")
for name in stageNames {
    let values = stages[name]!
    print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(format: "%8.2f %8.2f", values[0], median(Array(values.dropFirst()))))
}
print("  JSON sizes: \(bytes.pretty) bytes pretty, \(bytes.compact) compact")
