import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects the frames of one hand while a file is read.
///
/// Rows arrive with a time key (seconds, milliseconds, frame number… as in the file). A key equal to
/// the current frame's merges into it, a larger key starts a new frame, a smaller one is reported
/// to the caller as time going backwards. Within a frame the first non-missing value of a channel
/// wins and later rows only fill gaps. Columns are appended per frame, so memory is the output arrays.
struct HandAccumulator: ~Copyable {
    let side: HandSide
    private(set) var keys: [Double] = []
    private(set) var frameNumbers: [Int] = []
    private(set) var scores: [Double] = []
    private(set) var presence: [Bool] = []
    /// 63 column buffers of `capacity` doubles, `frameCount` of them filled; grown with `realloc`
    /// so that a frame is appended with plain stores.
    private let columns: UnsafeMutablePointer<UnsafeMutablePointer<Double>?>
    private var frameCount = 0
    private var capacity = 0

    private let current: UnsafeMutablePointer<Double>
    private(set) var hasCurrent = false
    private(set) var currentKey = 0.0
    private var currentFrameNumber = 0
    private var currentMask: UInt32 = 0
    private var currentScore = Double.nan
    private var currentPresent = false
    private var currentCountedAsDuplicate = false

    /// Frames that received a second row for the same sample or another frame number.
    private(set) var duplicateFrames = 0
    private(set) var firstDuplicateLine: Int?
    /// Landmarks given as the all-zero sentinel.
    private(set) var zeroSentinels = 0
    private(set) var firstZeroSentinelLine: Int?
    /// Coordinates that were ±∞.
    private(set) var nonFiniteValues = 0
    private(set) var firstNonFiniteLine: Int?

    init(side: HandSide) {
        self.side = side
        current = .allocate(capacity: Channel.count)
        current.initialize(repeating: .nan, count: Channel.count)
        columns = .allocate(capacity: Channel.count)
        columns.initialize(repeating: nil, count: Channel.count)
    }

    deinit {
        current.deallocate()
        for index in 0..<Channel.count { free(columns[index]) }
        columns.deallocate()
    }

    /// Reserves room for `frames` frames.
    mutating func reserve(frames: Int) {
        keys.reserveCapacity(frames)
        frameNumbers.reserveCapacity(frames)
        scores.reserveCapacity(frames)
        presence.reserveCapacity(frames)
        if frames > capacity { grow(to: frames) }
    }

    private mutating func grow(to newCapacity: Int) {
        for index in 0..<Channel.count {
            guard let grown = realloc(columns[index], newCapacity * MemoryLayout<Double>.stride) else {
                fatalError("out of memory growing a hand column to \(newCapacity) frames")
            }
            columns[index] = grown.bindMemory(to: Double.self, capacity: newCapacity)
        }
        capacity = newCapacity
    }

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
        if x == 0 && y == 0 && (z == 0 || z.isNaN) {
            zeroSentinels += 1
            if firstZeroSentinelLine == nil { firstZeroSentinelLine = line }
            x = .nan; y = .nan; z = .nan
        } else if x.isInfinite || y.isInfinite || z.isInfinite {
            nonFiniteValues += 1
            if firstNonFiniteLine == nil { firstNonFiniteLine = line }
            if x.isInfinite { x = .nan }
            if y.isInfinite { y = .nan }
            if z.isInfinite { z = .nan }
        }
        let slot = current + landmark * 3
        if slot[0].isNaN { slot[0] = x }
        if slot[1].isNaN { slot[1] = y }
        if slot[2].isNaN { slot[2] = z }
        if !x.isNaN || !y.isNaN { currentPresent = true }
    }

    private mutating func noteDuplicate(line: Int) {
        guard !currentCountedAsDuplicate else { return }
        currentCountedAsDuplicate = true
        duplicateFrames += 1
        if firstDuplicateLine == nil { firstDuplicateLine = line }
    }

    /// Appends the current frame to the columns.
    mutating func flush() {
        guard hasCurrent else { return }
        keys.append(currentKey)
        frameNumbers.append(currentFrameNumber)
        scores.append(currentScore)
        presence.append(currentPresent)
        if frameCount == capacity { grow(to: max(1024, capacity * 2)) }
        for index in 0..<Channel.count {
            columns[index].unsafelyUnwrapped[frameCount] = current[index]
            current[index] = .nan
        }
        frameCount += 1
        hasCurrent = false
        currentMask = 0
        currentPresent = false
        currentCountedAsDuplicate = false
        currentScore = .nan
    }

    /// Hands the collected columns over, leaving the accumulator empty.
    mutating func takeColumns() -> (keys: [Double], frameNumbers: [Int], scores: [Double], presence: [Bool], channels: [[Double]]) {
        flush()
        // Copy one column at a time into an array and free it, so the peak is one column above the output.
        var channels: [[Double]] = []
        channels.reserveCapacity(Channel.count)
        for index in 0..<Channel.count {
            if let column = columns[index] {
                channels.append(Array(UnsafeBufferPointer(start: column, count: frameCount)))
            } else {
                channels.append([])
            }
            free(columns[index])
            columns[index] = nil
        }
        capacity = 0
        frameCount = 0
        defer { keys = []; frameNumbers = []; scores = []; presence = [] }
        return (keys, frameNumbers, scores, presence, channels)
    }
}
