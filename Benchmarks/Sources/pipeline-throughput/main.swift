// `swift run -c release pipeline-throughput FILE.csv [RUNS]`: the Python baseline's full pipeline
// (shared/baseline/baseline.py without --clinical) done by handpose in one process, for the issue's
// "full nine-filter pipeline" comparison: read; Butterworth (order 4, 12 Hz, zero-phase),
// Savitzky-Golay (11, 3), wavelet (db4, level 4, soft VisuShrink) and constant-velocity Kalman + RTS
// on every channel of every hand; the 500-particle filter on each wrist's x, y, z jointly, one cloud
// per wrist, with the baseline's motion model, the discrete white-noise acceleration (one normal per
// particle, coordinate and step: `model: "dwna"`), so it does the baseline's work (both filters with
// the baseline's noises: acceleration 4 m/s², measurement 1.5 mm); then the whole
// clinical analysis (tremor, smoothness, range of motion, asymmetry, quality). Prints the median of
// RUNS (default 15) per stage, in ms, excluding process start-up.
import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseDSP
import HandPoseIO

guard CommandLine.arguments.count >= 2 else {
    print("usage: pipeline-throughput FILE.csv [RUNS]")
    exit(64)
}
let path = CommandLine.arguments[1]
let runs = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 15 : 15

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let clock = ContinuousClock()
var stages: [String: [Double]] = [:]
@MainActor
func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    var result: T?
    let elapsed = try clock.measure { result = try body() }
    stages[name, default: []].append(milliseconds(elapsed))
    return result!
}

let presets: [(String, ProtocolFilterPreset)] = [
    ("butterworth", .init(method: .butterworth, parameters: .init(order: 4, cutoff: 12))),
    ("savgol", .init(method: .savgol, parameters: .init(window: 11, polyorder: 3))),
    ("wavelet", .init(method: .wavelet, parameters: .init(mode: "symmetric", wavelet: "db4", level: 4, threshold: "soft"))),
    // The baseline's noises: kf_sigma_a 4 m/s² (q = 1.6e7 mm²/s⁴), kf_sigma_m 1.5 mm (R = 2.25 mm²).
    ("kalman", .init(method: .kalman, parameters: .init(processNoise: 1.6e7, measurementNoise: 2.25, model: "cv"))),
]
// A file that cannot be read or analysed is a message and exit 65, not a trap.
do {
    for _ in 0..<runs {
        let total = clock.now
        let recording = try time("read") { try RecordingReader.read(contentsOf: path) }
        let rate = Double(recording.frameCount - 1) / max(recording.duration, 1e-9)
        let scale = recording.spatial.millimetresPerUnit ?? 1
        for (name, preset) in presets {
            let filter = try preset.makeFilter(sampleRate: rate, millimetresPerUnit: scale)
            _ = time(name) { RecordingFiltering.apply(filter, to: recording) }
        }
        let particle = try ProtocolFilterPreset(
            method: .particle, parameters: .init(processNoise: 1.6e7, measurementNoise: 2.25, model: "dwna", particles: 500, seed: 1))
            .makeFilter(sampleRate: rate, millimetresPerUnit: scale) as any ChannelFilter
        // The baseline's model: one cloud per wrist over its x, y, z (LandmarkParticleFilter), σa = √q = 4 m/s².
        let joint = LandmarkParticleFilter(particle as! ParticleFilter)
        time("particle (wrists)") {
            let hands = recording.hands
            let outputs = ConcurrentResults<[[Double]]>(count: hands.count)
            DispatchQueue.concurrentPerform(iterations: hands.count) { index in
                outputs[index] = joint.apply(Axis.allCases.map { hands[index][Channel(.wrist, $0)] }).filtered
            }
        }
        _ = try time("analysis") { try Analyzer().analyze(recording) }
        stages["total", default: []].append(milliseconds(clock.now - total))
    }
} catch {
    FileHandle.standardError.write(Data("pipeline-throughput: \(error)\n".utf8))
    exit(65)
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
print("\(path): median of \(runs) runs, ms (both cores; start-up excluded)")
for name in ["read", "butterworth", "savgol", "wavelet", "kalman", "particle (wrists)", "analysis", "total"] {
    print("  " + name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%8.1f", median(stages[name] ?? [.nan])))
}
