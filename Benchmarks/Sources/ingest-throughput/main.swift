// Prints RecordingReader throughput (MB/s, best of several runs) and peak RSS (VmHWM) for a file,
// or for generated long and wide recordings.
//
//   swift run -c release ingest-throughput [--minutes 10] [--runs 3] [FILE …]
import HandPoseIO
import IngestFixtures
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak resident set size in MiB from /proc/self/status, or nil where there is none.
func peakResidentMiB() -> Double? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let digits = text.filter(\.isNumber)
            return Double(digits).map { $0 / 1024 }
        }
    }
    return nil
}

/// Resets the peak RSS counter so that the next measurement is the reader's alone (Linux).
func resetPeakResident() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
}

func fileSize(_ path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : 0
}

func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded.description
}

func measure(_ path: String, runs: Int) {
    let bytes = fileSize(path)
    var best = Double.infinity
    var frames = 0
    for _ in 0..<runs {
        resetPeakResident()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let recording = try RecordingReader.read(contentsOf: path)
            frames = recording.frameCount
        } catch {
            print("\(error)")
            exit(65)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    let megabytes = Double(bytes) / 1e6
    let peak = peakResidentMiB().map { "\(format($0)) MiB" } ?? "n/a"
    print("\(path): \(format(megabytes)) MB, \(frames) frames, best of \(runs): \(format(best * 1000)) ms = \(format(megabytes / best)) MB/s, peak RSS \(peak)")
}

var arguments = Array(CommandLine.arguments.dropFirst())
var minutes = 10.0
var runs = 3
var files: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--minutes": minutes = arguments.isEmpty ? minutes : Double(arguments.removeFirst()) ?? minutes
    case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
    default: files.append(argument)
    }
}
if files.isEmpty {
    for layout in SyntheticRecordingFile.Layout.allCases {
        let path = SyntheticRecordingFile.temporaryPath(layout, minutes: minutes)
        if fileSize(path) == 0 { SyntheticRecordingFile.write(layout: layout, minutes: minutes, to: path) }
        print("\(layout.rawValue) layout, \(format(minutes)) min at 60 fps, two hands:")
        measure(path, runs: runs)
    }
} else {
    for path in files { measure(path, runs: runs) }
}
