// Prints RecordingReader throughput (MB/s, best of several runs, by wall time and by CPU time) and
// peak RSS (VmHWM) for a file, or for generated long and wide recordings. `--checksum` also prints a
// hash of every value read (bit patterns), warning and detected property, so that two builds of the
// reader can be compared on the same files.
//
// `--one-thread` reads every file on one thread (``IngestOptions/parallelReading`` off).
//
//   swift run -c release ingest-throughput [--minutes 10] [--runs 3] [--checksum] [--one-thread] [FILE …]
import HandPoseCore
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

/// User plus system CPU seconds of this process so far. On a machine shared with other builds the
/// CPU time of a run is steadier than its wall time (waiting for a core does not count).
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// FNV-1a over 64-bit words: a checksum of a recording's values that two reader builds must agree on.
struct Checksum {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ word: UInt64) {
        value = (value ^ word) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ values: [Double]) {
        add(UInt64(values.count))
        for value in values { add(value.bitPattern) }
    }

    mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        for byte in text.utf8 { add(UInt64(byte)) }
    }

    /// Every timestamp, sample, presence flag, hand score, frame number, warning and detected property.
    init(_ recording: Recording) {
        add(recording.timestamps)
        for track in [recording.left, recording.right] {
            guard let track else { add(0); continue }
            for channel in track.channels { add(channel) }
            for present in track.presence { add(present ? 1 : 2) }
            add(track.handScore ?? [])
        }
        for frame in recording.frameNumbers ?? [] { add(UInt64(bitPattern: Int64(frame))) }
        add("\(recording.layout) \(recording.timeBase) \(recording.spatial) \(recording.metadata.sorted { $0.key < $1.key })")
        for warning in recording.warnings { add("\(warning)") }
    }
}

func measure(_ path: String, runs: Int, checksum: Bool, parallel: Bool) {
    let bytes = fileSize(path)
    var best = Double.infinity
    var bestCPU = Double.infinity
    var frames = 0
    var sum: Checksum?
    for _ in 0..<runs {
        resetPeakResident()
        let clock = ContinuousClock()
        let start = clock.now
        let startCPU = processCPUSeconds()
        do {
            let recording = try RecordingReader.read(contentsOf: path, options: IngestOptions(parallelReading: parallel))
            frames = recording.frameCount
            if checksum && sum == nil { sum = Checksum(recording) }
        } catch {
            print("\(error)")
            exit(65)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
        bestCPU = min(bestCPU, processCPUSeconds() - startCPU)
    }
    let megabytes = Double(bytes) / 1e6
    let peak = peakResidentMiB().map { "\(format($0)) MiB" } ?? "n/a"
    print("\(path): \(format(megabytes)) MB, \(frames) frames, best of \(runs): \(format(best * 1000)) ms = \(format(megabytes / best)) MB/s (CPU time \(format(bestCPU * 1000)) ms = \(format(megabytes / bestCPU)) MB/s), peak RSS \(peak)")
    if let sum { print("checksum \(String(sum.value, radix: 16))") }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var minutes = 10.0
var runs = 3
var checksum = false
var oneThread = false
var files: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--minutes": minutes = arguments.isEmpty ? minutes : Double(arguments.removeFirst()) ?? minutes
    case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
    case "--checksum": checksum = true
    case "--one-thread": oneThread = true
    default: files.append(argument)
    }
}
if files.isEmpty {
    for layout in SyntheticRecordingFile.Layout.allCases {
        let path = SyntheticRecordingFile.temporaryPath(layout, minutes: minutes)
        if fileSize(path) == 0 { SyntheticRecordingFile.write(layout: layout, minutes: minutes, to: path) }
        print("\(layout.rawValue) layout, \(format(minutes)) min at 60 fps, two hands:")
        measure(path, runs: runs, checksum: checksum, parallel: !oneThread)
    }
} else {
    for path in files { measure(path, runs: runs, checksum: checksum, parallel: !oneThread) }
}
