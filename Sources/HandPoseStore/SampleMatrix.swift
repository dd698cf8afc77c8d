import HandPoseCore

/// A recording's samples as one binary blob: the `raw_landmarks` and per-filter columns of
/// `signal_processing_results`.
///
/// Layout version 1, all integers and samples little-endian:
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 4 | magic `HPSM` |
/// | 4 | 2 | layout version (1) |
/// | 6 | 1 | hands present: bit 0 left, bit 1 right |
/// | 7 | 1 | reserved, 0 |
/// | 8 | 4 | channels |
/// | 12 | 4 | samples per channel |
/// | 16 | 8 · channels · samples | Float64, channel after channel |
///
/// Channel 0 is the frame time in seconds; then, for each present hand (left before right), its 63
/// landmark channels in ``Channel`` order (`landmark · 3 + axis`). An absent sample is NaN. A 60 s
/// two-hand recording at 30 fps is 16 + 8 · 127 · 1800 bytes ≈ 1.8 MB.
public struct SampleMatrix: Sendable, Equatable {
    /// The layout version this code writes and reads.
    public static let layoutVersion: UInt16 = 1
    static let magic: [UInt8] = Array("HPSM".utf8)
    static let headerSize = 16

    /// Frame times in seconds.
    public var timestamps: [Double]
    /// Per present hand, its 63 channels of `timestamps.count` samples.
    public var hands: [(side: HandSide, channels: [[Double]])]

    public init(timestamps: [Double], hands: [(side: HandSide, channels: [[Double]])]) {
        self.timestamps = timestamps
        self.hands = hands.sorted { $0.side == .left && $1.side == .right }
    }

    /// The samples of `recording` (its hands' channels, NaN where absent).
    public init(_ recording: Recording) {
        self.init(timestamps: recording.timestamps, hands: recording.hands.map { ($0.side, $0.channels) })
    }

    public static func == (lhs: SampleMatrix, rhs: SampleMatrix) -> Bool {
        func same(_ a: [Double], _ b: [Double]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
        }
        return same(lhs.timestamps, rhs.timestamps) && lhs.hands.count == rhs.hands.count
            && zip(lhs.hands, rhs.hands).allSatisfy { a, b in
                a.side == b.side && a.channels.count == b.channels.count
                    && zip(a.channels, b.channels).allSatisfy { same($0, $1) }
            }
    }

    /// The blob: header then samples.
    public func encoded() -> [UInt8] {
        let channelCount = 1 + hands.count * Channel.count
        let sampleCount = timestamps.count
        var bytes = [UInt8](repeating: 0, count: Self.headerSize + 8 * channelCount * sampleCount)
        bytes.withUnsafeMutableBytes { raw in
            raw.copyBytes(from: Self.magic)
            raw.storeBytes(of: Self.layoutVersion.littleEndian, toByteOffset: 4, as: UInt16.self)
            var mask: UInt8 = 0
            for hand in hands { mask |= hand.side == .left ? 1 : 2 }
            raw[6] = mask
            raw.storeBytes(of: UInt32(channelCount).littleEndian, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: UInt32(sampleCount).littleEndian, toByteOffset: 12, as: UInt32.self)
            var offset = Self.headerSize
            func write(_ channel: [Double]) {
                precondition(channel.count == sampleCount, "channel has \(channel.count) samples, expected \(sampleCount)")
                for value in channel {
                    raw.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: offset, as: UInt64.self)
                    offset += 8
                }
            }
            write(timestamps)
            for hand in hands { hand.channels.forEach(write) }
        }
        return bytes
    }

    /// Decodes a blob written by ``encoded()``; throws `.invalidArgument` naming what is wrong.
    public init(decoding bytes: [UInt8]) throws(StoreError) {
        func invalid(_ reason: String) -> StoreError {
            StoreError(.invalidArgument, "the sample blob is not a handpose sample matrix: \(reason)")
        }
        guard bytes.count >= Self.headerSize else { throw invalid("\(bytes.count) bytes, shorter than the header") }
        guard Array(bytes[0..<4]) == Self.magic else { throw invalid("wrong magic number") }
        let (version, mask, channelCount, sampleCount) = bytes.withUnsafeBytes { raw in
            (UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt16.self)), raw[6],
             Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self))),
             Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self))))
        }
        guard version == Self.layoutVersion else {
            throw invalid("layout version \(version); this handpose reads version \(Self.layoutVersion)")
        }
        let sides = [HandSide.left, .right].filter { mask & ($0 == .left ? 1 : 2) != 0 }
        guard mask & ~3 == 0, channelCount == 1 + sides.count * Channel.count else {
            throw invalid("\(channelCount) channels do not match the hands mask \(mask)")
        }
        guard bytes.count == Self.headerSize + 8 * channelCount * sampleCount else {
            throw invalid("\(bytes.count) bytes for \(channelCount) channels of \(sampleCount) samples")
        }
        var channels: [[Double]] = []
        channels.reserveCapacity(channelCount)
        bytes.withUnsafeBytes { raw in
            var offset = Self.headerSize
            for _ in 0..<channelCount {
                channels.append([Double](unsafeUninitializedCapacity: sampleCount) { buffer, count in
                    for index in 0..<sampleCount {
                        let bits = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                        buffer[index] = Double(bitPattern: bits)
                        offset += 8
                    }
                    count = sampleCount
                })
            }
        }
        self.timestamps = channels[0]
        self.hands = sides.enumerated().map { index, side in
            let start = 1 + index * Channel.count
            return (side, Array(channels[start..<start + Channel.count]))
        }
    }
}
