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
/// The file is streamed: it is read with POSIX `read` into one reused 1 MiB buffer and parsed in
/// place, so memory is the output arrays plus one chunk, and the per-row work allocates nothing.
/// Time is O(file size).
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

    /// Like ``read(bytes:name:options:)`` with a chosen read size, so tests can make lines cross chunks.
    static func read(
        bytes: [UInt8], name: String, options: IngestOptions, chunkSize: Int
    ) throws(IngestError) -> Recording {
        try options.validate(path: name)
        var reader = LineReader(source: MemoryByteSource(bytes), chunkSize: chunkSize)
        return try read(&reader, name: name, options: options)
    }

    // MARK: Driver

    static func read<Source: ByteSource>(
        _ reader: inout LineReader<Source>, name path: String, options: IngestOptions
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
        var parser = RecordingParser(path: path, schema: schema, delimiter: delimiter, timeMode: timeMode, options: options)
        var reserved = false
        while let line = try reader.nextLine() {
            try parser.consume(
                line, number: reader.lineNumber, mayContainNul: reader.mayContainNul,
                mayContainQuote: reader.mayContainQuote,
                isUnterminatedLast: reader.lastLineUnterminated)
            if !reserved && reader.lineNumber - headerLine == 4096 {
                // Size the output from the file size and the bytes per frame so far, to avoid regrowth.
                reserved = true
                if let size = reader.sizeHint, reader.bytesConsumed > 0 {
                    let frames = max(parser.left.keys.count, parser.right.keys.count) + 1
                    let estimate = Double(size) / Double(reader.bytesConsumed) * Double(frames) * 1.02
                    if estimate < 1e9 { parser.reserve(frames: Int(estimate) + 16) }
                }
            }
        }
        guard parser.dataLines > 0 else {
            throw IngestError(.headerOnly, path: path, line: headerLine, message: "the file has a header but no data lines")
        }

        // Warnings collected while parsing.
        if parser.labelsSwapped > 0 {
            warnings.note(.mirroredLabelsSwapped, "left and right hand labels were swapped because the input is mirrored")
        }
        if parser.unknownHandRows > 0 {
            warnings.note(
                .unknownHandSkipped, "rows with an unknown or empty hand label were skipped",
                line: parser.firstUnknownHandLine, count: parser.unknownHandRows)
        }
        if parser.blankLines > 0 {
            warnings.note(.blankLineSkipped, "lines holding only delimiters were skipped", line: parser.firstBlankLine, count: parser.blankLines)
        }
        if let line = parser.truncatedLastLine {
            warnings.note(
                .truncatedLastLine,
                "the last line has no line end and fewer fields than the header (the file was cut off); it was dropped",
                line: line)
        }

        let left = parser.left.takeColumns()
        let right = parser.right.takeColumns()
        let counters = [(parser.left.duplicateFrames, parser.left.firstDuplicateLine), (parser.right.duplicateFrames, parser.right.firstDuplicateLine)]
        let sentinels = [(parser.left.zeroSentinels, parser.left.firstZeroSentinelLine), (parser.right.zeroSentinels, parser.right.firstZeroSentinelLine)]
        let nonFinite = [(parser.left.nonFiniteValues, parser.left.firstNonFiniteLine), (parser.right.nonFiniteValues, parser.right.firstNonFiniteLine)]

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
                message: "the file has no usable data rows: all \(parser.dataLines) rows were skipped "
                    + "(\(parser.unknownHandRows) with an unknown hand label)")
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
            mirroredInputCorrected: parser.labelsSwapped > 0, sourcePath: nil,
            metadata: metadata, warnings: warnings.warnings)
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
        _ columns: (keys: [Double], frameNumbers: [Int], scores: [Double], presence: [Bool], channels: [[Double]]),
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
