import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How the time of each row is obtained.
enum TimeMode: Equatable {
    /// From the time column (its values in the file's unit).
    case column
    /// From the frame column divided by a frame rate.
    case frameIndex(framesPerSecond: Double, provenance: Provenance)
    /// From the row order (a new frame whenever a row would repeat a sample) divided by a frame rate.
    case rowOrder(framesPerSecond: Double, provenance: Provenance)
}

/// The hand label of one row.
enum HandLabel {
    case side(HandSide)
    /// `unknown` or empty: the row is skipped.
    case unknown
    /// Anything else: an error.
    case invalid
}

/// Reads the data lines of a CSV file whose header has been understood, into two ``HandAccumulator``s.
///
/// The per-row work is allocation-free: the ends of all of a line's fields are found first (SWAR,
/// ``FieldScanner/fieldEnds(of:into:limit:)``), then each field is parsed straight from the line
/// buffer, independently of the others; values land in a fixed scratch row and are then written
/// into the current frame.
struct RecordingParser: ~Copyable {
    let path: String
    let schema: Schema
    let scanner: FieldScanner
    let decimalComma: Bool
    let timeMode: TimeMode
    let mirrored: Bool
    let assumedHand: HandSide?

    var left = HandAccumulator(side: .left)
    var right = HandAccumulator(side: .right)

    private let columnCount: Int
    /// What the row loop does with each field: the ``scratch`` slot (≥ 0) of a numeric field, or
    /// one of the negative codes below. One load and one sign test pick the common numeric case.
    private let plan: UnsafeMutablePointer<Int>
    private static let ignoredField = -1
    private static let handField = -2
    private static let landmarkField = -3
    /// Scratch slots after the coordinates: time, frame, hand score, and a sink for confidences.
    private let timeSlot: Int
    private let scratch: UnsafeMutablePointer<Double>
    private let scratchCount: Int
    /// The end offsets of the current line's fields (``FieldScanner/fieldEnds(of:into:limit:)``).
    private let fieldEnds: UnsafeMutablePointer<Int>
    private let groupSides: [HandSide?]
    // Scalars of the schema, kept apart so the row loop never copies the schema struct.
    private let isLong: Bool
    private let hasHandColumn: Bool
    private let frameColumn: Int?

    private(set) var rowOrderFrame = -1
    /// The counts so far; the hands' frames are in ``left`` and ``right`` until ``finish()``.
    private var tallies = ParsedRows(left: HandColumns(), right: HandColumns())

    init(path: String, schema: Schema, delimiter: UInt8, timeMode: TimeMode, options: IngestOptions) {
        self.path = path
        self.schema = schema
        self.scanner = FieldScanner(delimiter: delimiter)
        self.decimalComma = delimiter == UInt8(ascii: ";")
        self.timeMode = timeMode
        self.mirrored = options.mirrored
        self.assumedHand = options.assumedHand
        columnCount = schema.columnCount
        let coordinateCount = max(3, schema.groups.count * Channel.count)
        timeSlot = coordinateCount
        plan = .allocate(capacity: columnCount)
        for (column, role) in schema.roles.enumerated() {
            let step = switch role {
            case .coordinate: schema.slots[column]
            case .time: coordinateCount
            case .frame: coordinateCount + 1
            case .handScore: coordinateCount + 2
            case .confidence: coordinateCount + 3
            case .ignored: Self.ignoredField
            case .hand: Self.handField
            case .landmark: Self.landmarkField
            }
            (plan + column).initialize(to: step)
        }
        scratchCount = coordinateCount + 4
        scratch = .allocate(capacity: scratchCount)
        scratch.initialize(repeating: .nan, count: scratchCount)
        fieldEnds = .allocate(capacity: columnCount + FieldScanner.fieldEndsSlack)
        fieldEnds.initialize(repeating: 0, count: columnCount + FieldScanner.fieldEndsSlack)
        groupSides = schema.groups
        isLong = schema.layout == .long
        hasHandColumn = schema.handColumn != nil
        frameColumn = schema.frameColumn
    }

    deinit {
        plan.deallocate()
        scratch.deallocate()
        fieldEnds.deallocate()
    }

    /// Data lines read so far (not counting comments and blank lines).
    var dataLines: Int { tallies.dataLines }

    /// Everything read so far, the current frames completed, leaving the parser empty.
    mutating func finish() -> ParsedRows {
        var rows = tallies
        rows.left = left.takeColumns()
        rows.right = right.takeColumns()
        tallies = ParsedRows(left: HandColumns(), right: HandColumns())
        return rows
    }

    /// Reserves output room for about `frames` frames per hand.
    mutating func reserve(frames: Int) {
        left.reserve(frames: frames)
        right.reserve(frames: frames)
    }

    // MARK: Lines

    /// Handles one line after the header: skips blank and comment lines, checks for binary data,
    /// and parses a row. `mayContainNul` and `mayContainQuote` say whether the line must be checked
    /// for NUL bytes and quotes.
    ///
    /// - Precondition: ``FieldScanner/fieldEndsLookahead`` bytes after the line and
    ///   ``DecimalParser/plainLookbehind`` before it are readable, as ``LineReader`` guarantees.
    mutating func consume(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, mayContainNul: Bool, mayContainQuote: Bool,
        isUnterminatedLast: Bool
    ) throws(IngestError) {
        guard let base = line.baseAddress, line.count > 0 else { return }
        let first = base.pointee
        if first == UInt8(ascii: "#") { return }
        if mayContainNul, memchr(base, 0, line.count) != nil {
            throw IngestError(
                .binaryData, path: path, line: number,
                message: "expected text, found NUL bytes: this looks like a binary file, not a CSV")
        }
        if first == scanner.delimiter || first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            if line.allSatisfy({ $0 == scanner.delimiter || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                tallies.blankLines += 1
                if tallies.firstBlankLine == nil { tallies.firstBlankLine = number }
                return
            }
        }
        tallies.dataLines += 1
        let quoted = mayContainQuote && memchr(base, Int32(FieldScanner.quote), line.count) != nil
        try parseRow(line, number: number, quoted: quoted, isUnterminatedLast: isUnterminatedLast)
    }

    // MARK: Rows

    /// Parses the fields of one row into ``scratch`` (and the hand and landmark), then commits it.
    /// Fields are checked in order, so the first bad field is the one reported, before a wrong
    /// field count. `quoted` lines are split by the quote-aware scanner, the others all at once.
    private mutating func parseRow(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, quoted: Bool, isUnterminatedLast: Bool
    ) throws(IngestError) {
        guard let lineStart = line.baseAddress else { return }
        let lineEnd = lineStart + line.count
        // Locals, so that the stores into `scratch` do not make the loop reload them from `self`.
        let ends = fieldEnds, plan = plan, scratch = scratch, decimalComma = decimalComma, scanner = scanner
        let fieldCount = quoted
            ? scanner.quotedFieldEnds(of: line, into: ends, limit: columnCount)
            : scanner.fieldEnds(of: line, into: ends, limit: columnCount)
        var rowLandmark = -1
        var rowHand = HandLabel.unknown
        var fieldStart = lineStart
        for index in 0..<min(fieldCount, columnCount) {
            let fieldEnd = lineStart + ends[index]
            let step = plan[index]
            // The common shapes inline; everything else out of line, to keep this loop small.
            if step >= 0, let value = DecimalParser.parsePlain(fieldStart, fieldEnd, decimalComma: decimalComma) {
                scratch[step] = value
            } else if step == Self.landmarkField, let landmark = Self.plainLandmark(fieldStart, fieldEnd) {
                rowLandmark = landmark
            } else if step == Self.handField, let side = Self.wholeWordHand(fieldStart, fieldEnd) {
                rowHand = .side(side)
            } else if step != Self.ignoredField, Self.otherField(
                step, at: fieldStart, end: lineEnd, scanner: scanner, decimalComma: decimalComma, scratch: scratch,
                hand: &rowHand, landmark: &rowLandmark) == nil {
                throw fieldError(step, at: fieldStart, end: lineEnd, lineStart: lineStart, column: index, line: number)
            }
            fieldStart = fieldEnd + 1
        }
        if fieldCount > columnCount { throw fieldCountError(line, number: number) }
        if fieldCount < columnCount {
            if isUnterminatedLast {
                tallies.truncatedLastLine = number
                return
            }
            throw fieldCountError(line, number: number)
        }
        let rowTime = scratch[timeSlot], rowFrame = scratch[timeSlot + 1], rowScore = scratch[timeSlot + 2]
        try commit(
            line: line, number: number, time: rowTime, frame: rowFrame, score: rowScore,
            landmark: rowLandmark, hand: rowHand)
    }

    /// A field that the row loop's fast paths did not take: stores a number in `scratch` or reads the
    /// hand or landmark, and returns the field's end, or `nil` when the field is bad (then
    /// ``fieldError(_:at:end:lineStart:column:line:)`` says why). Static, so that calling it from
    /// the row loop never copies the parser.
    @inline(never)
    private static func otherField(
        _ step: Int, at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, scanner: FieldScanner,
        decimalComma: Bool, scratch: UnsafeMutablePointer<Double>, hand: inout HandLabel, landmark: inout Int
    ) -> UnsafePointer<UInt8>? {
        switch step {
        case 0...:
            var value = 0.0
            if let stop = DecimalParser.scan(p, end, decimalComma: decimalComma, into: &value),
               stop == end || stop.pointee == scanner.delimiter {
                scratch[step] = value
                return stop
            }
            let (parsed, stop) = slowNumber(at: p, end: end, scanner: scanner, decimalComma: decimalComma)
            guard let parsed else { return nil }
            scratch[step] = parsed
            return stop
        case ignoredField:
            return scanner.field(at: p, end: end).next
        case handField:
            let bounds = scanner.field(at: p, end: end)
            hand = handLabel(bounds)
            if case .invalid = hand { return nil }
            return bounds.next
        default:
            let bounds = scanner.field(at: p, end: end)
            landmark = landmarkNumber(bounds)
            return landmark < 0 ? nil : bounds.next
        }
    }

    /// The error for a field ``otherField(_:at:end:scanner:decimalComma:scratch:hand:landmark:)`` refused.
    @inline(never)
    private func fieldError(
        _ step: Int, at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, lineStart: UnsafePointer<UInt8>,
        column: Int, line: Int
    ) -> IngestError {
        let bounds = scanner.field(at: p, end: end)
        switch step {
        case 0...: return notANumber(at: p, end: end, lineStart: lineStart, column: column, line: line)
        case Self.handField: return handError(bounds, line: line, lineStart: lineStart, at: p, column: column)
        default: return landmarkError(Self.landmarkNumber(bounds), bounds, line: line, lineStart: lineStart, at: p, column: column)
        }
    }

    /// A numeric field neither fast path took: quoted, padded, empty, a missing-value word, or bad
    /// (`nil` value).
    @inline(never)
    private static func slowNumber(
        at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, scanner: FieldScanner, decimalComma: Bool
    ) -> (Double?, UnsafePointer<UInt8>) {
        let bounds = scanner.field(at: p, end: end)
        if bounds.hasEscapedQuotes { return (nil, bounds.next) }
        return (DecimalParser.parseField(bounds.contentStart, bounds.contentEnd, decimalComma: decimalComma), bounds.next)
    }

    @inline(never)
    private func notANumber(at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, lineStart: UnsafePointer<UInt8>, column: Int, line: Int) -> IngestError {
        let bounds = scanner.field(at: p, end: end)
        return error(
            .notANumber, line: line, lineStart: lineStart, at: p, column: column,
            message: "expected a number in column \"\(schema.columnNames[column])\", found \"\(FieldScanner.text(bounds))\"")
    }

    @inline(never)
    private func fieldCountError(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> IngestError {
        IngestError(
            .wrongFieldCount, path: path, line: number,
            message: "expected \(columnCount) fields as in the header, found \(scanner.fieldCount(of: line))")
    }

    @inline(never)
    private func handError(
        _ bounds: FieldScanner.Bounds, line: Int, lineStart: UnsafePointer<UInt8>, at p: UnsafePointer<UInt8>, column: Int
    ) -> IngestError {
        error(
            .unknownHand, line: line, lineStart: lineStart, at: p, column: column,
            message: "expected a hand label (left, right, L, R, or unknown) in column "
                + "\"\(schema.columnNames[column])\", found \"\(FieldScanner.text(bounds))\"")
    }

    @inline(never)
    private func error(
        _ code: IngestError.Code, line: Int, lineStart: UnsafePointer<UInt8>, at position: UnsafePointer<UInt8>,
        column: Int, message: String
    ) -> IngestError {
        IngestError(
            code, path: path, line: line,
            column: FieldScanner.characterColumn(of: position, lineStart: lineStart),
            field: schema.columnNames[column], message: message)
    }

    /// `left`/`right`/`L`/`R` in any case, `unknown`/empty, or invalid.
    @inline(__always)
    static func handLabel(_ bounds: FieldScanner.Bounds) -> HandLabel {
        if let side = wholeWordHand(bounds.contentStart, bounds.contentEnd) { return .side(side) }
        return handLabelSlowly(bounds)
    }

    /// The common spellings `left` and `right` in any case (`Left`, `RIGHT`, …) filling `[start, end)`
    /// exactly, compared as whole words; `nil` for anything else. Setting bit 5 of each byte
    /// lowercases an ASCII letter, and only `L`/`l` become `l` (and so on), so the comparison is
    /// exactly a case-insensitive one.
    @inline(__always)
    static func wholeWordHand(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> HandSide? {
        let count = end - start
        guard count == 4 || count == 5 else { return nil }
        let word = UnsafeRawPointer(start).loadUnaligned(as: UInt32.self) | Self.lowercaseBits
        if count == 4, word == Self.leftWord { return .left }
        if count == 5, word == Self.rightWord, start[4] | 0x20 == UInt8(ascii: "t") { return .right }
        return nil
    }

    /// A landmark index of one or two digits, 0-20, filling `[start, end)` exactly; `nil` for
    /// anything else (names, other numbers, spaces, quotes), which ``landmarkNumber(_:)`` reads.
    @inline(__always)
    static func plainLandmark(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Int? {
        let first = Int(start[0] &- UInt8(ascii: "0"))
        guard first <= 9 else { return nil }
        switch end - start {
        case 1: return first
        case 2:
            let second = Int(start[1] &- UInt8(ascii: "0"))
            let value = first &* 10 &+ second
            return second <= 9 && value <= 20 ? value : nil
        default: return nil
        }
    }

    private static let lowercaseBits = UInt32(littleEndian: 0x2020_2020)
    private static let leftWord = UInt32(littleEndian: 0x7466_656C)   // "left"
    private static let rightWord = UInt32(littleEndian: 0x6867_6972)  // "righ"

    @inline(never)
    static func handLabelSlowly(_ bounds: FieldScanner.Bounds) -> HandLabel {
        var start = bounds.contentStart
        var end = bounds.contentEnd
        while start < end, start.pointee == UInt8(ascii: " ") { start += 1 }
        while end > start, (end - 1).pointee == UInt8(ascii: " ") { end -= 1 }
        let word = UnsafeBufferPointer(start: start, count: end - start)
        if word.isEmpty { return .unknown }
        if word.count == 1 {
            switch DecimalParser.asciiLowercase(word[0]) {
            case UInt8(ascii: "l"): return .side(.left)
            case UInt8(ascii: "r"): return .side(.right)
            default: return .invalid
            }
        }
        if DecimalParser.equalsIgnoringCase(word, "left") { return .side(.left) }
        if DecimalParser.equalsIgnoringCase(word, "right") { return .side(.right) }
        if DecimalParser.equalsIgnoringCase(word, "unknown") { return .unknown }
        return .invalid
    }

    /// A landmark index 0-20 or a landmark name → 0...20; -1 for an index out of range, -2 for an
    /// unknown name, -3 for an empty field.
    @inline(__always)
    static func landmarkNumber(_ bounds: FieldScanner.Bounds) -> Int {
        var start = bounds.contentStart
        var end = bounds.contentEnd
        // Fast path: one or two plain digits.
        let count = end - start
        if count == 1 {
            let digit = start.pointee &- UInt8(ascii: "0")
            if digit <= 9 { return Int(digit) }
        } else if count == 2 {
            let tens = start[0] &- UInt8(ascii: "0"), ones = start[1] &- UInt8(ascii: "0")
            if tens <= 9 && ones <= 9 {
                let value = Int(tens) * 10 + Int(ones)
                return value <= 20 ? value : -1
            }
        }
        while start < end, start.pointee == UInt8(ascii: " ") { start += 1 }
        while end > start, (end - 1).pointee == UInt8(ascii: " ") { end -= 1 }
        guard start < end else { return -3 }
        let first = start.pointee
        if first &- UInt8(ascii: "0") <= 9 || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            var value = 0.0
            if let stop = DecimalParser.scan(start, end, decimalComma: false, into: &value), stop == end,
               value == value.rounded(), value >= 0, value <= 20 {
                return Int(value)
            }
            return -1
        }
        if let key = PackedName(UnsafeBufferPointer(start: start, count: end - start)),
           let landmark = LandmarkNames.byPackedName[key] {
            return landmark.rawValue
        }
        return -2
    }

    @inline(never)
    private func landmarkError(
        _ result: Int, _ bounds: FieldScanner.Bounds, line: Int, lineStart: UnsafePointer<UInt8>,
        at p: UnsafePointer<UInt8>, column: Int
    ) -> IngestError {
        let name = schema.columnNames[column]
        switch result {
        case -3:
            return error(
                .unknownLandmark, line: line, lineStart: lineStart, at: p, column: column,
                message: "expected a landmark (0-20 or a MediaPipe name) in column \"\(name)\", found an empty field")
        case -1:
            return error(
                .landmarkOutOfRange, line: line, lineStart: lineStart, at: p, column: column,
                message: "expected a landmark index 0-20 (MediaPipe order) in column \"\(name)\", found \"\(FieldScanner.text(bounds))\"")
        default:
            return error(
                .unknownLandmark, line: line, lineStart: lineStart, at: p, column: column,
                message: "expected a MediaPipe hand landmark name (WRIST, THUMB_CMC … PINKY_TIP) or index 0-20 in column "
                    + "\"\(name)\", found \"\(FieldScanner.text(bounds))\"")
        }
    }

    // MARK: Frames

    private mutating func commit(
        line: UnsafeBufferPointer<UInt8>, number: Int, time: Double, frame: Double, score: Double,
        landmark: Int, hand: HandLabel
    ) throws(IngestError) {
        // Which hand the row (or its first group) belongs to.
        var rowSide: HandSide?
        if hasHandColumn {
            switch hand {
            case .side(let side):
                rowSide = mirrored ? side.opposite : side
                if mirrored { tallies.labelsSwapped += 1 }
            case .unknown, .invalid:
                tallies.unknownHandRows += 1
                if tallies.firstUnknownHandLine == nil { tallies.firstUnknownHandLine = number }
                rowSide = nil
            }
        } else {
            rowSide = assumedHand
        }

        var frameNumber = 0
        if let frameColumn {
            // Range first, so that the conversion to Int cannot trap (and no call to libm's round).
            guard abs(frame) < 9.0e15, Double(Int(frame)) == frame else {
                throw frameError(line: line, number: number, column: frameColumn)
            }
            frameNumber = Int(frame)
        }

        var key: Double
        switch timeMode {
        case .column:
            guard time.isFinite else { throw timeError(line: line, number: number) }
            key = time
        case .frameIndex:
            key = Double(frameNumber)
        case .rowOrder:
            key = Double(rowOrderFrame)
        }

        if isLong {
            guard let side = rowSide else { return }
            if case .rowOrder = timeMode {
                let accumulatorHasIt = side == .left
                    ? left.hasCurrent && left.currentKey == key && left.currentFrameHas(landmark: landmark)
                    : right.hasCurrent && right.currentKey == key && right.currentFrameHas(landmark: landmark)
                if rowOrderFrame < 0 || accumulatorHasIt { rowOrderFrame += 1 }
                key = Double(rowOrderFrame)
            }
            let x = scratch[0], y = scratch[1], z = scratch[2]
            if side == .left {
                if let previous = left.begin(key: key, frameNumber: frameNumber, score: score, line: number) {
                    throw backwards(side: side, line: number, key: key, previous: previous)
                }
                left.write(landmark: landmark, x: x, y: y, z: z, line: number)
            } else {
                if let previous = right.begin(key: key, frameNumber: frameNumber, score: score, line: number) {
                    throw backwards(side: side, line: number, key: key, previous: previous)
                }
                right.write(landmark: landmark, x: x, y: y, z: z, line: number)
            }
            return
        }

        // Wide: one group of 63 slots per hand in the row.
        if case .rowOrder = timeMode {
            if groupSides.count > 1 || rowOrderFrame < 0 {
                rowOrderFrame += 1
            } else if let side = rowSide {
                let seen = side == .left ? left.currentFrameHasRows : right.currentFrameHasRows
                if seen { rowOrderFrame += 1 }
            }
            key = Double(rowOrderFrame)
        }
        for group in 0..<groupSides.count {
            let side: HandSide
            if let fixed = groupSides[group] {
                side = mirrored ? fixed.opposite : fixed
                if mirrored { tallies.labelsSwapped += 1 }
            } else if let rowSide {
                side = rowSide
            } else {
                continue
            }
            let values = scratch + group * Channel.count
            if side == .left {
                if let previous = left.begin(key: key, frameNumber: frameNumber, score: score, line: number) {
                    throw backwards(side: side, line: number, key: key, previous: previous)
                }
                left.writeLandmarks(values, line: number)
            } else {
                if let previous = right.begin(key: key, frameNumber: frameNumber, score: score, line: number) {
                    throw backwards(side: side, line: number, key: key, previous: previous)
                }
                right.writeLandmarks(values, line: number)
            }
        }
    }

    @inline(never)
    private func frameError(line: UnsafeBufferPointer<UInt8>, number: Int, column: Int) -> IngestError {
        fieldError(
            .notANumber, line: line, number: number, column: column,
            message: "expected an integer frame number in column \"\(schema.columnNames[column])\", found \"\(fieldText(line, column))\"")
    }

    @inline(never)
    private func timeError(line: UnsafeBufferPointer<UInt8>, number: Int) -> IngestError {
        let column = schema.timeColumn ?? 0
        return fieldError(
            .notANumber, line: line, number: number, column: column,
            message: "expected a time in column \"\(schema.columnNames[column])\", found \"\(fieldText(line, column))\"")
    }

    @inline(never)
    private func backwards(side: HandSide, line: Int, key: Double, previous: Double) -> IngestError {
        let what: String
        switch timeMode {
        case .column:
            let name = schema.timeColumn.map { schema.columnNames[$0] } ?? "time"
            what = "\(name) \(Formatting.plain(key)) comes after \(Formatting.plain(previous))"
        case .frameIndex:
            let name = schema.frameColumn.map { schema.columnNames[$0] } ?? "frame"
            what = "\(name) \(Formatting.plain(key)) comes after \(Formatting.plain(previous))"
        case .rowOrder:
            what = "row \(Formatting.plain(key)) comes after \(Formatting.plain(previous))"
        }
        return IngestError(
            .timeGoesBackwards, path: path, line: line,
            field: schema.timeColumn.map { schema.columnNames[$0] } ?? schema.frameColumn.map { schema.columnNames[$0] },
            message: "time goes backwards for the \(side) hand: \(what); rows of one hand must be in time order")
    }

    private func fieldText(_ line: UnsafeBufferPointer<UInt8>, _ column: Int) -> String {
        guard let start = scanner.start(ofField: column, in: line), let base = line.baseAddress else { return "" }
        return FieldScanner.text(scanner.field(at: start, end: base + line.count))
    }

    private func fieldError(
        _ code: IngestError.Code, line: UnsafeBufferPointer<UInt8>, number: Int, column: Int, message: String
    ) -> IngestError {
        var characterColumn: Int?
        if let start = scanner.start(ofField: column, in: line), let base = line.baseAddress {
            characterColumn = FieldScanner.characterColumn(of: start, lineStart: base)
        }
        return IngestError(
            code, path: path, line: number, column: characterColumn, field: schema.columnNames[column], message: message)
    }
}
