import Dispatch
import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads hand-landmark CSV files (MediaPipe-style, 21 landmarks per hand) into a ``Recording``.
///
/// The layout (long, wide indexed 0- or 1-based, wide named with optional hand prefixes), the
/// delimiter (`,`, `;` with decimal commas, tab), the time unit and the coordinate space are
/// detected; everything detected is reported in the recording (``Recording/layout``,
/// ``Recording/timeBase``, ``Recording/spatial``, ``Recording/warnings``). Anything that would
/// change the numbers silently is an ``IngestError`` naming the line, column and field.
///
/// The file is streamed: it is read with POSIX `read` into one reused 256 KiB buffer and parsed in
/// place, so memory is the output arrays plus one chunk, and the per-row work allocates nothing.
/// Time is O(file size). A file with 1 MiB of data lines or more is parsed in two halves at once on
/// two threads (``IngestOptions/parallelReading``, ``DataSplit``), with exactly the result, warnings
/// and errors of one thread.
public enum RecordingReader {
    /// Reads the CSV file at `path`.
    ///
    /// - Throws: ``IngestError`` with code `fileNotFound` when the path does not exist,
    ///   `invalidOption` for bad options, and a data code (see ``IngestError/Code``) otherwise.
    public static func read(contentsOf path: String, options: IngestOptions = .init()) throws(IngestError) -> Recording {
        try options.validate(path: path)
        var reader = LineReader(source: try FileByteSource(path: path))
        var recording = try read(&reader, name: path, options: options)
        recording.sourcePath = path
        return recording
    }

    /// Reads CSV text held in memory (tests, standard input); `name` stands for the path in errors.
    public static func read(
        bytes: some Collection<UInt8>, name: String, options: IngestOptions = .init()
    ) throws(IngestError) -> Recording {
        try read(bytes: Array(bytes), name: name, options: options, chunkSize: LineReader<MemoryByteSource>.defaultChunkSize)
    }

    /// Like ``read(bytes:name:options:)`` with a chosen read size, so tests can make lines cross
    /// chunks, and a chosen size above which the data lines are parsed in two halves at once.
    static func read(
        bytes: [UInt8], name: String, options: IngestOptions, chunkSize: Int, parallelAbove: Int = DataSplit.minimumBytes
    ) throws(IngestError) -> Recording {
        try options.validate(path: name)
        var reader = LineReader(source: MemoryByteSource(bytes), chunkSize: chunkSize)
        return try read(&reader, name: name, options: options, parallelAbove: parallelAbove)
    }

    // MARK: Driver

    static func read<Source: ByteSource>(
        _ reader: inout LineReader<Source>, name path: String, options: IngestOptions,
        parallelAbove: Int = DataSplit.minimumBytes
    ) throws(IngestError) -> Recording {
        var warnings = WarningLog()

        // Preamble and header.
        var metadata: [String: String] = [:]
        var header: [String]?
        var delimiter = UInt8(ascii: ",")
        var headerLine = 0
        while let line = try reader.nextLine() {
            guard let base = line.baseAddress, !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            if memchr(base, 0, line.count) != nil {
                throw IngestError(
                    .binaryData, path: path, line: reader.lineNumber,
                    message: "expected a text header, found NUL bytes: this looks like a binary file, not a CSV")
            }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw IngestError(
                    .binaryData, path: path, line: reader.lineNumber,
                    message: "expected UTF-8 text in the header, found invalid bytes: this looks like a binary file or another encoding")
            }
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if trimmed.first == "#" {
                if let (key, value) = metadataEntry(trimmed.dropFirst()) { metadata[key] = value }
                continue
            }
            delimiter = FieldScanner.detectDelimiter(in: line)
            header = FieldScanner(delimiter: delimiter).fields(of: line).map(trim)
            headerLine = reader.lineNumber
            break
        }
        guard let header else {
            throw IngestError(.empty, path: path, message: "the file is empty: expected a header line naming the columns")
        }

        let schema = try LayoutDetector.schema(header: header, options: options, path: path, headerLine: headerLine)
        let timeMode = try timeMode(schema: schema, metadata: metadata, options: options, path: path, headerLine: headerLine)

        // Data.
        let makeParser: @Sendable () -> RecordingParser = { [delimiter] in
            RecordingParser(path: path, schema: schema, delimiter: delimiter, timeMode: timeMode, options: options)
        }
        var parser = makeParser()
        let rows: ParsedRows
        if options.parallelReading, let split = parallelSplit(of: reader, schema: schema, delimiter: delimiter, timeMode: timeMode, minimumBytes: parallelAbove) {
            rows = try parseInTwo(&reader, parser: &parser, split: split, makeParser: makeParser)
        } else {
            try parseLines(&reader, into: &parser, expectedBytes: reader.sizeHint)
            rows = parser.finish()
        }
        guard rows.dataLines > 0 else {
            throw IngestError(.headerOnly, path: path, line: headerLine, message: "the file has a header but no data lines")
        }

        // Warnings collected while parsing.
        if rows.labelsSwapped > 0 {
            warnings.note(.mirroredLabelsSwapped, "left and right hand labels were swapped because the input is mirrored")
        }
        if rows.unknownHandRows > 0 {
            warnings.note(
                .unknownHandSkipped, "rows with an unknown or empty hand label were skipped",
                line: rows.firstUnknownHandLine, count: rows.unknownHandRows)
        }
        if rows.blankLines > 0 {
            warnings.note(.blankLineSkipped, "lines holding only delimiters were skipped", line: rows.firstBlankLine, count: rows.blankLines)
        }
        if let line = rows.truncatedLastLine {
            warnings.note(
                .truncatedLastLine,
                "the last line has no line end and fewer fields than the header (the file was cut off); it was dropped",
                line: line)
        }

        let left = rows.left
        let right = rows.right
        let counters = [(left.duplicateFrames, left.firstDuplicateLine), (right.duplicateFrames, right.firstDuplicateLine)]
        let sentinels = [(left.zeroSentinels, left.firstZeroSentinelLine), (right.zeroSentinels, right.firstZeroSentinelLine)]
        let nonFinite = [(left.nonFiniteValues, left.firstNonFiniteLine), (right.nonFiniteValues, right.firstNonFiniteLine)]

        // One timeline: the sorted distinct keys of both hands.
        var timeline: [Double] = []
        var frameNumbers: [Int] = []
        var crossHandDuplicates = 0
        timeline.reserveCapacity(max(left.keys.count, right.keys.count))
        frameNumbers.reserveCapacity(max(left.keys.count, right.keys.count))
        var i = 0, j = 0
        while i < left.keys.count || j < right.keys.count {
            if j >= right.keys.count || (i < left.keys.count && left.keys[i] < right.keys[j]) {
                timeline.append(left.keys[i]); frameNumbers.append(left.frameNumbers[i]); i += 1
            } else if i >= left.keys.count || right.keys[j] < left.keys[i] {
                timeline.append(right.keys[j]); frameNumbers.append(right.frameNumbers[j]); j += 1
            } else {
                if left.frameNumbers[i] != right.frameNumbers[j] { crossHandDuplicates += 1 }
                timeline.append(left.keys[i]); frameNumbers.append(left.frameNumbers[i]); i += 1; j += 1
            }
        }
        guard !timeline.isEmpty else {
            throw IngestError(
                .headerOnly, path: path, line: headerLine,
                message: "the file has no usable data rows: all \(rows.dataLines) rows were skipped "
                    + "(\(rows.unknownHandRows) with an unknown hand label)")
        }

        let duplicateCount = counters.reduce(0) { $0 + $1.0 } + (schema.frameColumn != nil ? crossHandDuplicates : 0)
        if duplicateCount > 0 {
            warnings.note(
                .duplicateTimestamp,
                "frames with the same timestamp were merged into one (the first value of each sample kept, gaps filled from the later rows)",
                line: counters.compactMap(\.1).min(), count: duplicateCount)
        }
        let sentinelCount = sentinels.reduce(0) { $0 + $1.0 }
        if sentinelCount > 0 {
            warnings.note(
                .zeroSentinel, "landmarks given as all zeros (0,0,0) were read as missing",
                line: sentinels.compactMap(\.1).min(), count: sentinelCount)
        }
        let nonFiniteCount = nonFinite.reduce(0) { $0 + $1.0 }
        if nonFiniteCount > 0 {
            warnings.note(
                .nonFiniteValue, "infinite coordinates were read as missing",
                line: nonFinite.compactMap(\.1).min(), count: nonFiniteCount)
        }

        let time = TimeBaseResolver.resolve(keys: timeline, mode: timeMode, schema: schema, warnings: &warnings)
        let hasScore = schema.scoreColumn != nil
        var leftTrack = track(.left, left, timeline: timeline, seconds: time.seconds, hasScore: hasScore)
        var rightTrack = track(.right, right, timeline: timeline, seconds: time.seconds, hasScore: hasScore)

        let spatial = try CoordinateSpaceInference.resolve(
            left: &leftTrack, right: &rightTrack, metadata: metadata, options: options, path: path, warnings: &warnings)

        return Recording(
            timestamps: time.seconds, left: leftTrack, right: rightTrack,
            frameNumbers: schema.frameColumn != nil ? frameNumbers : nil,
            layout: schema.layout, timeBase: time.timeBase, spatial: spatial,
            mirroredInputCorrected: rows.labelsSwapped > 0, sourcePath: nil,
            metadata: metadata, warnings: warnings.warnings)
    }

    // MARK: Data lines

    /// Parses the lines `reader` hands out into `parser`. After 4096 of them, the output is sized for
    /// `expectedBytes` of input at the bytes per frame seen so far, to avoid regrowth.
    static func parseLines<Source: ByteSource>(
        _ reader: inout LineReader<Source>, into parser: inout RecordingParser, expectedBytes: Int?
    ) throws(IngestError) {
        let firstLine = reader.lineNumber, firstByte = reader.bytesConsumed
        var reserved = expectedBytes == nil
        while let line = try reader.nextLine() {
            try parser.consume(
                line, number: reader.lineNumber, mayContainNul: reader.mayContainNul,
                mayContainQuote: reader.mayContainQuote,
                isUnterminatedLast: reader.lastLineUnterminated)
            if !reserved && reader.lineNumber - firstLine == 4096 {
                reserved = true
                if let expectedBytes, reader.bytesConsumed > firstByte {
                    let frames = max(parser.left.frameCount, parser.right.frameCount) + 1
                    let estimate = Double(expectedBytes) / Double(reader.bytesConsumed) * Double(frames) * 1.02
                    if estimate < 1e9 { parser.reserve(frames: Int(estimate) + 16) }
                }
            }
        }
    }

    /// Where to cut the data lines still to be read, and a source for the second half; `nil` when the
    /// file is read on one thread: a small file, no second source (a pipe), rows numbered by their
    /// order (the count of rows before the cut is not known), or no cut found.
    static func parallelSplit<Source: ByteSource>(
        of reader: borrowing LineReader<Source>, schema: Schema, delimiter: UInt8, timeMode: TimeMode, minimumBytes: Int
    ) -> (offset: Int, source: Source)? {
        let keyColumn: Int?
        switch timeMode {
        case .column: keyColumn = schema.timeColumn
        case .frameIndex: keyColumn = schema.frameColumn
        case .rowOrder: keyColumn = nil
        }
        guard let keyColumn, let size = reader.sizeHint, size - reader.bytesConsumed >= max(minimumBytes, 1),
              let offset = DataSplit.offset(
                dataStart: reader.bytesConsumed, size: size, keyColumn: keyColumn, delimiter: delimiter,
                peek: { reader.peek(at: $0, count: $1) }),
              let source = reader.reopenedSource(at: offset)
        else { return nil }
        return (offset, source)
    }

    /// Parses the lines before `split.offset` with `reader` and `parser` on this thread while a
    /// parser from `makeParser` parses the rest from `split.source` on another, then joins the two.
    ///
    /// The result, warnings and errors are exactly those of reading on one thread: an error in the
    /// first half is thrown as it is, and when the second half failed or does not simply continue the
    /// first (a hand's first time there not after its last time before), the second half is read
    /// again with `reader` and `parser`, as if never split.
    static func parseInTwo<Source: ByteSource>(
        _ reader: inout LineReader<Source>, parser: inout RecordingParser, split: (offset: Int, source: Source),
        makeParser: @escaping @Sendable () -> RecordingParser
    ) throws(IngestError) -> ParsedRows {
        reader.stop(atByteOffset: split.offset)
        let later = ConcurrentResults<Result<ParsedRows, IngestError>>(count: 1)
        let secondHalf = DispatchGroup()
        let source = split.source
        DispatchQueue.global().async(group: secondHalf) {
            later[0] = Result { () throws(IngestError) in
                var secondParser = makeParser()
                var secondReader = LineReader(source: source, startsInput: false)
                try parseLines(&secondReader, into: &secondParser, expectedBytes: source.sizeHint)
                return secondParser.finish()
            }
        }
        var firstError: IngestError?
        do throws(IngestError) {
            // Sized for the whole file, so that the second half's frames are appended without regrowth.
            try parseLines(&reader, into: &parser, expectedBytes: reader.sizeHint)
        } catch {
            firstError = error
        }
        secondHalf.wait()
        if let firstError { throw firstError }
        reader.stop(atByteOffset: nil)
        guard case .success(let laterRows) = later[0],
              continues(laterRows.left, after: parser.left.lastKey), continues(laterRows.right, after: parser.right.lastKey)
        else {
            try parseLines(&reader, into: &parser, expectedBytes: nil)
            return parser.finish()
        }
        let lineOffset = reader.lineNumber
        var rows = parser.finish()
        rows.append(laterRows, lineOffset: lineOffset)
        return rows
    }

    /// Whether `later`'s frames all come after a hand whose last key so far is `lastKey`.
    private static func continues(_ later: HandColumns, after lastKey: Double?) -> Bool {
        guard let lastKey, let first = later.keys.first else { return true }
        return first > lastKey
    }

    /// How times are obtained: the time column, else the frame column or the row order with a frame
    /// rate from the options or the file's `nominal_fps`.
    static func timeMode(
        schema: Schema, metadata: [String: String], options: IngestOptions, path: String, headerLine: Int
    ) throws(IngestError) -> TimeMode {
        if schema.timeColumn != nil { return .column }
        var rate: (Double, Provenance)?
        if let given = options.frameRate {
            rate = (given, .assumed)
        } else if let declared = metadata.first(where: { LayoutDetector.normalize($0.key) == "nominal_fps" })?.value,
                  let fps = Double(declared.trimmingSpaces), fps > 0, fps.isFinite {
            rate = (fps, .declared)
        }
        guard let (fps, provenance) = rate else {
            let what = schema.frameColumn.map { "only a frame column (\"\(schema.columnNames[$0])\")" } ?? "no time or frame column"
            throw IngestError(
                .missingTimeBase, path: path, line: headerLine,
                message: "the file has \(what), so times cannot be known; "
                    + "expected a time column (\(ColumnNames.time.map(\.0).joined(separator: ", "))) or pass --fps")
        }
        return schema.frameColumn != nil
            ? .frameIndex(framesPerSecond: fps, provenance: provenance)
            : .rowOrder(framesPerSecond: fps, provenance: provenance)
    }

    /// Spreads one hand's columns over the whole timeline (absent, NaN, where the hand has no frame).
    static func track(
        _ side: HandSide,
        _ columns: HandColumns,
        timeline: [Double], seconds: [Double], hasScore: Bool
    ) -> HandTrack? {
        guard columns.presence.contains(true) else { return nil }
        if columns.keys.count == timeline.count {
            return HandTrack(
                side: side, timestamps: seconds, channels: columns.channels, presence: columns.presence,
                handScore: hasScore ? columns.scores : nil)
        }
        var positions: [Int] = []
        positions.reserveCapacity(columns.keys.count)
        var cursor = 0
        for key in columns.keys {
            while cursor < timeline.count && timeline[cursor] < key { cursor += 1 }
            positions.append(cursor)
        }
        func spread<T>(_ values: [T], missing: T) -> [T] {
            var result = [T](repeating: missing, count: timeline.count)
            for (index, position) in positions.enumerated() where position < timeline.count { result[position] = values[index] }
            return result
        }
        return HandTrack(
            side: side, timestamps: seconds, channels: columns.channels.map { spread($0, missing: .nan) },
            presence: spread(columns.presence, missing: false),
            handScore: hasScore ? spread(columns.scores, missing: .nan) : nil)
    }

    /// `key: value` after the `#` of a preamble line; keys are one word of letters, digits, `_ . -`.
    static func metadataEntry(_ text: Substring) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon]).trimmingSpaces
        let value = String(text[text.index(after: colon)...]).trimmingSpaces
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }) else { return nil }
        return (key, value)
    }

    static func trim(_ name: String) -> String { name.trimmingSpaces }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
