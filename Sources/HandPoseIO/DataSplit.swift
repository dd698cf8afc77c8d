/// Where ``RecordingReader`` cuts the data lines of a large file in two, so that both halves are
/// parsed at once on two threads.
///
/// The cut is at the start of a line, the first one after the middle of the data whose key (the time
/// or frame field) differs from the line before it. The rows of one frame are usually adjacent, so
/// this keeps each frame on one side of the cut; when it does not (rows of a frame spread apart,
/// time going backwards), the reader notices and reads the second half again after the first.
enum DataSplit {
    /// Data bytes below which a file is parsed on one thread: there the second thread and the merge
    /// cost about what they save.
    static let minimumBytes = 1 << 20
    /// Bytes read around the middle to find the cut; lines longer than about half of it leave the
    /// file unsplit.
    static let window = 1 << 16

    /// The offset (from the input's start) of the line that starts the second half, or `nil` when
    /// no key change is found in the ``window`` after the middle of `dataStart..<size`.
    ///
    /// - Parameters:
    ///   - keyColumn: the column whose value makes a row's frame (time or frame number).
    ///   - peek: reads up to `count` bytes from an offset (``ByteSource/bytes(at:count:)``).
    static func offset(
        dataStart: Int, size: Int, keyColumn: Int, delimiter: UInt8, peek: (_ offset: Int, _ count: Int) -> [UInt8]?
    ) -> Int? {
        guard size > dataStart else { return nil }
        let middle = dataStart + (size - dataStart) / 2
        guard let bytes = peek(middle, window) else { return nil }
        let scanner = FieldScanner(delimiter: delimiter)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var previousKey: [UInt8]?
            // The line holding `middle` may have begun before it: start with the next one.
            guard var lineStart = nextLineStart(after: 0, in: buffer) else { return nil }
            while let lineEnd = buffer[lineStart...].firstIndex(of: 0x0A) {
                var count = lineEnd - lineStart
                if count > 0 && buffer[lineEnd - 1] == 0x0D { count -= 1 }
                let line = UnsafeBufferPointer(start: base + lineStart, count: count)
                let key = keyField(line, column: keyColumn, scanner: scanner)
                if let previousKey, key != previousKey { return middle + lineStart }
                previousKey = key
                lineStart = lineEnd + 1
            }
            return nil
        }
    }

    /// The bytes of field `column` of `line` (empty when the line is shorter).
    private static func keyField(_ line: UnsafeBufferPointer<UInt8>, column: Int, scanner: FieldScanner) -> [UInt8] {
        guard let base = line.baseAddress, let start = scanner.start(ofField: column, in: line) else { return [] }
        let bounds = scanner.field(at: start, end: base + line.count)
        return Array(UnsafeBufferPointer(start: bounds.contentStart, count: bounds.contentEnd - bounds.contentStart))
    }

    private static func nextLineStart(after index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        buffer[index...].firstIndex(of: 0x0A).map { $0 + 1 }
    }
}
