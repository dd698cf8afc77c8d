import HandPoseCore

/// One hand's frames as read from a file (or from one stretch of it), with the counts behind the
/// reader's warnings. Line numbers are those of the stretch; ``append(_:lineOffset:)`` puts a later
/// stretch's after this one's.
struct HandColumns {
    var keys: [Double] = []
    var frameNumbers: [Int] = []
    var scores: [Double] = []
    var presence: [Bool] = []
    /// One array per channel (``Channel/count``), NaN where missing.
    var channels: [[Double]] = Array(repeating: [], count: Channel.count)

    /// Frames that received a second row for the same sample or another frame number.
    var duplicateFrames = 0
    var firstDuplicateLine: Int?
    /// Landmarks given as the all-zero sentinel.
    var zeroSentinels = 0
    var firstZeroSentinelLine: Int?
    /// Coordinates that were ±∞.
    var nonFiniteValues = 0
    var firstNonFiniteLine: Int?

    /// Appends the frames of `later`, read from the lines after this stretch's; its line numbers
    /// count from the line after `lineOffset`.
    ///
    /// - Precondition: every key of `later` is above every key of `self`, so no frame is split
    ///   between the two (the reader checks this before appending).
    mutating func append(_ later: HandColumns, lineOffset: Int) {
        if let last = keys.last, let first = later.keys.first {
            precondition(first > last, "appended frames (from key \(first)) must come after the existing ones (to key \(last))")
        }
        keys += later.keys
        frameNumbers += later.frameNumbers
        scores += later.scores
        presence += later.presence
        for index in channels.indices { channels[index] += later.channels[index] }
        duplicateFrames += later.duplicateFrames
        firstDuplicateLine = firstDuplicateLine ?? later.firstDuplicateLine.map { $0 + lineOffset }
        zeroSentinels += later.zeroSentinels
        firstZeroSentinelLine = firstZeroSentinelLine ?? later.firstZeroSentinelLine.map { $0 + lineOffset }
        nonFiniteValues += later.nonFiniteValues
        firstNonFiniteLine = firstNonFiniteLine ?? later.firstNonFiniteLine.map { $0 + lineOffset }
    }
}
