#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a ``ByteSource`` into lines while reading it in chunks into one reused buffer.
///
/// A line is handed out as a view into the buffer, valid until the next call to ``nextLine()``.
/// `\n` ends a line and a `\r` before it is dropped; a UTF-8 byte-order mark at the start of the
/// input is skipped. A line longer than the buffer grows the buffer, so lines of any length work
/// and a line may span any number of chunks. Memory use is one chunk plus the longest line.
///
/// At least ``lookahead`` initialized bytes follow the end of every line handed out, and at least
/// ``lookbehind`` precede its start, so the parser may load whole words near a line's ends without
/// checking the distance to them.
struct LineReader<Source: ByteSource>: ~Copyable {
    /// Default number of bytes requested from the source per read: 256 KiB. The 1 MiB used before
    /// cost about 430 page faults (first touch of two readers' buffers) per one-minute recording;
    /// the larger chunk bought nothing measurable on long files once the executable keeps freed
    /// blocks on the heap (`AllocatorTuning` in HandPoseCLI).
    static var defaultChunkSize: Int { 1 << 18 }
    /// Readable bytes guaranteed after the end of each line (allocated beyond `capacity`).
    static var lookahead: Int { 64 }
    /// Readable bytes guaranteed before the start of each line (allocated before the buffer).
    static var lookbehind: Int { 16 }

    private var source: Source
    private let chunkSize: Int
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var filled = 0
    private var sourceExhausted = false
    private var atFirstLine = true

    /// 1-based number of the line last returned (0 before the first).
    private(set) var lineNumber = 0
    /// Whether the line last returned was the input's last and had no line terminator.
    private(set) var lastLineUnterminated = false
    /// Bytes handed out as lines so far, terminators included.
    private(set) var bytesConsumed = 0
    /// Whether any chunk read so far held a NUL byte (lines must then be checked one by one).
    private(set) var mayContainNul = false
    /// Whether the bytes now in the buffer hold a double quote anywhere, so that a line handed out may
    /// have quoted fields (lines must then be checked one by one); false for most files.
    private(set) var mayContainQuote = false

    /// When set, ``nextLine()`` hands out no line starting at or after this many bytes from the input's start.
    private var stopOffset: Int?

    /// `startsInput`: whether `source` starts at the beginning of the input (where a byte-order mark
    /// is skipped) rather than at a line in the middle of it.
    init(source: consuming Source, chunkSize: Int = defaultChunkSize, startsInput: Bool = true) {
        precondition(chunkSize > 0, "chunk size \(chunkSize) must be positive")
        self.source = source
        self.chunkSize = chunkSize
        self.atFirstLine = startsInput
        self.capacity = max(chunkSize * 2, 64)
        self.buffer = Self.allocateBuffer(capacity: capacity)
    }

    /// A buffer of `capacity` bytes with the lookbehind before and the lookahead after it. Only the
    /// lookbehind is zeroed here: ``refill()`` zeroes the lookahead after the filled bytes each time,
    /// so that no read near a line is of uninitialized memory, and the rest is written by the reads
    /// before it is read. (Zeroing it all would touch every page of a buffer that a small file never
    /// fills, and a page fault costs more than the read.)
    private static func allocateBuffer(capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let allocation = UnsafeMutablePointer<UInt8>.allocate(capacity: lookbehind + capacity + lookahead)
        allocation.initialize(repeating: 0, count: lookbehind)
        return allocation + lookbehind
    }

    private static func deallocateBuffer(_ buffer: UnsafeMutablePointer<UInt8>) {
        (buffer - lookbehind).deallocate()
    }

    deinit { Self.deallocateBuffer(buffer) }

    /// The next line without its terminator, or `nil` at the end of the input.
    mutating func nextLine() throws(IngestError) -> UnsafeBufferPointer<UInt8>? {
        if let stopOffset, bytesConsumed >= stopOffset { return nil }
        while true {
            if start < filled {
                let base = buffer + start
                if let newline = memchr(base, 0x0A, filled - start) {
                    let length = newline.assumingMemoryBound(to: UInt8.self) - base
                    start += length + 1
                    return finish(base, length)
                }
            }
            if sourceExhausted {
                guard start < filled else { return nil }
                let base = buffer + start
                let length = filled - start
                start = filled
                lastLineUnterminated = true
                return finish(base, length)
            }
            try refill()
        }
    }

    @inline(__always)
    private mutating func finish(_ base: UnsafeMutablePointer<UInt8>, _ length: Int) -> UnsafeBufferPointer<UInt8> {
        lineNumber += 1
        bytesConsumed += length + 1
        var first = base
        var count = length
        if count > 0 && first[count - 1] == 0x0D { count -= 1 }
        if atFirstLine {
            atFirstLine = false
            if count >= 3 && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF {
                first += 3
                count -= 3
            }
        }
        return UnsafeBufferPointer(start: first, count: count)
    }

    /// Moves the unfinished line to the front, grows the buffer if a chunk would not fit, reads a chunk.
    private mutating func refill() throws(IngestError) {
        let pending = filled - start
        if start > 0 {
            if pending > 0 { memmove(buffer, buffer + start, pending) }
            start = 0
            filled = pending
        }
        if capacity - filled < chunkSize {
            let newCapacity = max(capacity * 2, filled + chunkSize)
            let grown = Self.allocateBuffer(capacity: newCapacity)
            grown.initialize(from: buffer, count: filled)
            Self.deallocateBuffer(buffer)
            buffer = grown
            capacity = newCapacity
        }
        (buffer + filled).initialize(repeating: 0, count: Self.lookahead)
        let count = try source.read(into: buffer + filled, capacity: chunkSize)
        if count == 0 {
            sourceExhausted = true
            return
        }
        if !mayContainNul && memchr(buffer + filled, 0, count) != nil { mayContainNul = true }
        filled += count
        (buffer + filled).initialize(repeating: 0, count: Self.lookahead)
        // Over all the buffered bytes, the unfinished line moved to the front included.
        mayContainQuote = memchr(buffer, 0x22, filled) != nil
    }

    /// Ends the input for ``nextLine()`` at the line starting `offset` bytes from the input's start
    /// (`nil`: at the real end again). Lines already buffered past it stay, so that reading can go on
    /// from there after the stop is lifted.
    mutating func stop(atByteOffset offset: Int?) {
        stopOffset = offset
    }

    /// The total input size when the source knows it.
    var sizeHint: Int? { source.sizeHint }

    /// Up to `count` bytes of the input from `offset`, read without disturbing the lines (see
    /// ``ByteSource/bytes(at:count:)``).
    func peek(at offset: Int, count: Int) -> [UInt8]? { source.bytes(at: offset, count: count) }

    /// An independent source over the input from `offset` (see ``ByteSource/reopened(at:)``).
    func reopenedSource(at offset: Int) -> Source? { source.reopened(at: offset) }
}
