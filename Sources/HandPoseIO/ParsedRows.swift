/// What ``RecordingParser`` read from the data lines of a file, or of one stretch of them: both
/// hands' frames and the counts behind the reader's warnings. Line numbers are the stretch's own;
/// ``append(_:lineOffset:)`` joins a later stretch.
struct ParsedRows {
    var left: HandColumns
    var right: HandColumns
    /// Data lines read (not counting comments and blank lines).
    var dataLines = 0
    /// Rows with an unknown or empty hand label (skipped).
    var unknownHandRows = 0
    var firstUnknownHandLine: Int?
    /// Lines holding only delimiters and spaces (skipped).
    var blankLines = 0
    var firstBlankLine: Int?
    /// The last line, when it had no line end and too few fields (dropped).
    var truncatedLastLine: Int?
    /// Hand labels swapped because the input is mirrored.
    var labelsSwapped = 0

    /// Appends the rows of `later`, read from the lines after this stretch's; its line numbers
    /// count from the line after `lineOffset`.
    ///
    /// - Precondition: each hand's keys in `later` are above its keys here.
    mutating func append(_ later: ParsedRows, lineOffset: Int) {
        left.append(later.left, lineOffset: lineOffset)
        right.append(later.right, lineOffset: lineOffset)
        dataLines += later.dataLines
        unknownHandRows += later.unknownHandRows
        firstUnknownHandLine = firstUnknownHandLine ?? later.firstUnknownHandLine.map { $0 + lineOffset }
        blankLines += later.blankLines
        firstBlankLine = firstBlankLine ?? later.firstBlankLine.map { $0 + lineOffset }
        truncatedLastLine = later.truncatedLastLine.map { $0 + lineOffset } ?? truncatedLastLine
        labelsSwapped += later.labelsSwapped
    }
}
