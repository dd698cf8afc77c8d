#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes deterministic two-hand hand-landmark CSV files for benchmarks, without any simulator:
/// normalized coordinates with six decimals (`0.512345,0.634567,-0.012345`), a `t_s` column at a
/// fixed frame rate, a slow drift and a small tremor-like wobble per landmark.
public enum SyntheticRecordingFile {
    /// The two layouts benchmarked.
    public enum Layout: String, CaseIterable, Sendable {
        /// `t_s,frame,hand,landmark,x,y,z`: 42 rows per frame.
        case long
        /// `t_s,frame,hand,x0,y0,z0,…,z20`: 2 rows per frame.
        case wide
    }

    /// Writes `minutes` of a 60 fps two-hand recording in `layout` to `path`; returns the byte count.
    @discardableResult
    public static func write(layout: Layout, minutes: Double, framesPerSecond: Int = 60, to path: String) -> Int {
        guard let file = fopen(path, "w") else { fatalError("cannot create \(path)") }
        defer { fclose(file) }
        var writer = ChunkWriter(file: file)
        switch layout {
        case .long: writer.text("t_s,frame,hand,landmark,x,y,z\n")
        case .wide:
            writer.text("t_s,frame,hand")
            for landmark in 0..<21 { writer.text(",x\(landmark),y\(landmark),z\(landmark)") }
            writer.text("\n")
        }
        let frames = Int(minutes * 60 * Double(framesPerSecond))
        var random: UInt64 = 0x2545_F491_4F6C_DD1D
        for frame in 0..<frames {
            let microseconds = frame * 1_000_000 / framesPerSecond
            for hand in 0..<2 {
                if layout == .wide {
                    writer.fixed(microseconds, decimals: 6); writer.byte(44)
                    writer.integer(frame); writer.byte(44)
                    writer.text(hand == 0 ? "left" : "right")
                }
                for landmark in 0..<21 {
                    if layout == .long {
                        writer.fixed(microseconds, decimals: 6); writer.byte(44)
                        writer.integer(frame); writer.byte(44)
                        writer.text(hand == 0 ? "left" : "right"); writer.byte(44)
                        writer.integer(landmark)
                    }
                    for axis in 0..<3 {
                        random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                        let noise = Int((random >> 40) % 2001) - 1000
                        let base = axis == 2
                            ? -(landmark % 5) * 6_000 - 1_000
                            : 300_000 + hand * 300_000 + landmark * 9_000 + axis * 100_000 + (frame % 600) * 150
                        writer.byte(44)
                        writer.fixed(base + noise, decimals: 6)
                    }
                    if layout == .long { writer.byte(10) }
                }
                if layout == .wide { writer.byte(10) }
            }
        }
        writer.flush()
        return writer.written
    }

    /// A path in the temporary directory for `layout`.
    public static func temporaryPath(_ layout: Layout, minutes: Double) -> String {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        return "\(directory)/handpose-ingest-\(layout.rawValue)-\(minutes)min.csv"
    }
}

/// Formats numbers straight into a 1 MiB buffer that is flushed to a `FILE`.
struct ChunkWriter {
    let file: UnsafeMutablePointer<FILE>
    var buffer = [UInt8]()
    var written = 0

    init(file: UnsafeMutablePointer<FILE>) {
        self.file = file
        buffer.reserveCapacity(1 << 20)
    }

    mutating func byte(_ value: UInt8) {
        buffer.append(value)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func text(_ value: String) { for unit in value.utf8 { byte(unit) } }

    mutating func integer(_ value: Int) {
        if value < 0 { byte(45); integer(-value); return }
        if value >= 10 { integer(value / 10) }
        byte(UInt8(48 + value % 10))
    }

    /// `value / 10^decimals` with exactly `decimals` digits after the point.
    mutating func fixed(_ value: Int, decimals: Int) {
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        if value < 0 { byte(45) }
        let magnitude = abs(value)
        integer(magnitude / divisor)
        byte(46)
        var fraction = magnitude % divisor
        var digits = [UInt8](repeating: 48, count: decimals)
        for index in stride(from: decimals - 1, through: 0, by: -1) {
            digits[index] = UInt8(48 + fraction % 10)
            fraction /= 10
        }
        for digit in digits { byte(digit) }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
