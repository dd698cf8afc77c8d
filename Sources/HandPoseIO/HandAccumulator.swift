import HandPoseCore

/// Collects the frames of one hand while a file is read.
///
/// Rows arrive with a time key (seconds, milliseconds, frame number… as in the file). A key equal to
/// the current frame's merges into it, a larger key starts a new frame, a smaller one is reported
/// to the caller as time going backwards. Within a frame the first non-missing value of a channel
/// wins and later rows only fill gaps.
///
/// Frames are written straight into a small channel-major block of ``blockFrames`` frames (32 KiB,
/// in the L1 cache), which is appended to the 63 output arrays whenever it fills. So the output
/// arrays are the only large memory touched, each written once, in order: no per-frame stores
/// scattered over 63 distant columns and no second copy of the samples.
struct HandAccumulator: ~Copyable {
    let side: HandSide
    /// The complete frames so far (the block's last frames not yet copied into `channels`) and the
    /// counts behind the warnings.
    private var columns = HandColumns()

    /// Frames per block: 64 frames × 63 channels × 8 bytes = 32 KiB.
    static let blockFrames = 64
    /// `Channel.count` rows of ``blockFrames`` doubles; column `blockFrame` is the current frame's,
    /// NaN until written.
    private let block: UnsafeMutablePointer<Double>
    /// The current frame's column in ``block``; the frames before it are complete.
    private var blockFrame = 0

    private(set) var hasCurrent = false
    private(set) var currentKey = 0.0
    private var currentFrameNumber = 0
    private var currentMask: UInt32 = 0
    private var currentScore = Double.nan
    private var currentPresent = false
    private var currentCountedAsDuplicate = false

    init(side: HandSide) {
        self.side = side
        block = .allocate(capacity: Channel.count * Self.blockFrames)
        block.initialize(repeating: .nan, count: Channel.count * Self.blockFrames)
    }

    deinit {
        block.deallocate()
    }

    /// Reserves room for `frames` frames.
    mutating func reserve(frames: Int) {
        columns.keys.reserveCapacity(frames)
        columns.frameNumbers.reserveCapacity(frames)
        columns.scores.reserveCapacity(frames)
        columns.presence.reserveCapacity(frames)
        for index in 0..<Channel.count { columns.channels[index].reserveCapacity(frames) }
    }

    /// Complete frames so far, the current one not counted.
    var frameCount: Int { columns.keys.count }

    /// The key of the last frame begun, current or complete; `nil` before the first row.
    var lastKey: Double? { hasCurrent ? currentKey : columns.keys.last }

    /// Makes the frame with `key` current. Returns the current key instead when `key` is smaller
    /// (time going backwards); nothing is changed then.
    @inline(__always)
    mutating func begin(key: Double, frameNumber: Int, score: Double, line: Int) -> Double? {
        if hasCurrent {
            if key == currentKey {
                if frameNumber != currentFrameNumber { noteDuplicate(line: line) }
                if currentScore.isNaN { currentScore = score }
                return nil
            }
            if key < currentKey { return currentKey }
            flush()
        }
        hasCurrent = true
        currentKey = key
        currentFrameNumber = frameNumber
        currentScore = score
        return nil
    }

    /// Whether the current frame already holds a row for `landmark`.
    @inline(__always)
    func currentFrameHas(landmark: Int) -> Bool {
        hasCurrent && currentMask & (1 << UInt32(landmark)) != 0
    }

    /// Whether the current frame already holds any row.
    var currentFrameHasRows: Bool { hasCurrent && currentMask != 0 }

    /// Stores one landmark in the current frame; the all-zero sentinel and ±∞ become NaN.
    @inline(__always)
    mutating func write(landmark: Int, x: Double, y: Double, z: Double, line: Int) {
        let bit: UInt32 = 1 << UInt32(landmark)
        if currentMask & bit != 0 { noteDuplicate(line: line) }
        currentMask |= bit
        var x = x, y = y, z = z
        screen(&x, &y, &z, line: line)
        let slot = block + (landmark * 3 * Self.blockFrames + blockFrame)
        if slot[0].isNaN { slot[0] = x }
        if slot[Self.blockFrames].isNaN { slot[Self.blockFrames] = y }
        if slot[2 * Self.blockFrames].isNaN { slot[2 * Self.blockFrames] = z }
        if !x.isNaN || !y.isNaN { currentPresent = true }
    }

    /// A landmark's coordinates as stored: the all-zero sentinel some trackers write for "not
    /// detected" and infinities become NaN (missing), counted with the first line of each.
    @inline(__always)
    private mutating func screen(_ x: inout Double, _ y: inout Double, _ z: inout Double, line: Int) {
        if x == 0 && y == 0 && (z == 0 || z.isNaN) {
            columns.zeroSentinels += 1
            if columns.firstZeroSentinelLine == nil { columns.firstZeroSentinelLine = line }
            x = .nan; y = .nan; z = .nan
        } else if x.isInfinite || y.isInfinite || z.isInfinite {
            columns.nonFiniteValues += 1
            if columns.firstNonFiniteLine == nil { columns.firstNonFiniteLine = line }
            if x.isInfinite { x = .nan }
            if y.isInfinite { y = .nan }
            if z.isInfinite { z = .nan }
        }
    }

    /// Stores the 21 landmarks of a wide row, `x, y, z` each, from `values`: the same as
    /// ``write(landmark:x:y:z:line:)`` for each landmark in order, with less work in the usual case
    /// of a frame that holds nothing yet (no duplicate to note, every slot still NaN).
    @inline(__always)
    mutating func writeLandmarks(_ values: UnsafePointer<Double>, line: Int) {
        guard currentMask == 0 else {
            for landmark in 0..<Landmark.count {
                let xyz = values + landmark * 3
                write(landmark: landmark, x: xyz[0], y: xyz[1], z: xyz[2], line: line)
            }
            return
        }
        var present = false
        for landmark in 0..<Landmark.count {
            let xyz = values + landmark * 3
            var x = xyz[0], y = xyz[1], z = xyz[2]
            screen(&x, &y, &z, line: line)
            let slot = block + (landmark * 3 * Self.blockFrames + blockFrame)
            slot[0] = x
            slot[Self.blockFrames] = y
            slot[2 * Self.blockFrames] = z
            if !x.isNaN || !y.isNaN { present = true }
        }
        currentMask = (1 << UInt32(Landmark.count)) - 1
        if present { currentPresent = true }
    }

    private mutating func noteDuplicate(line: Int) {
        guard !currentCountedAsDuplicate else { return }
        currentCountedAsDuplicate = true
        columns.duplicateFrames += 1
        if columns.firstDuplicateLine == nil { columns.firstDuplicateLine = line }
    }

    /// Completes the current frame: its samples stay in the block, which is emptied when full.
    mutating func flush() {
        guard hasCurrent else { return }
        columns.keys.append(currentKey)
        columns.frameNumbers.append(currentFrameNumber)
        columns.scores.append(currentScore)
        columns.presence.append(currentPresent)
        blockFrame += 1
        if blockFrame == Self.blockFrames { emptyBlock() }
        hasCurrent = false
        currentMask = 0
        currentPresent = false
        currentCountedAsDuplicate = false
        currentScore = .nan
    }

    /// Appends the block's complete frames to the output arrays and makes the block all NaN again.
    private mutating func emptyBlock() {
        for index in 0..<Channel.count {
            let row = block + index * Self.blockFrames
            columns.channels[index].append(contentsOf: UnsafeBufferPointer(start: row, count: blockFrame))
            row.update(repeating: .nan, count: blockFrame)
        }
        blockFrame = 0
    }

    /// Hands the collected frames and counts over, leaving the accumulator empty.
    mutating func takeColumns() -> HandColumns {
        flush()
        emptyBlock()
        defer { columns = HandColumns() }
        return columns
    }
}
