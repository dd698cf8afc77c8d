#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Something that fills a buffer with the next bytes of an input, `read(2)` style.
protocol ByteSource: Sendable {
    /// Copies up to `capacity` bytes to `buffer`; returns how many, 0 at the end of the input.
    mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(IngestError) -> Int
    /// The number of bytes this source delivers, when known in advance (used to size output arrays).
    var sizeHint: Int? { get }
    /// Up to `count` bytes from `offset` (counted from this source's start), without moving the read
    /// position; `nil` when the input cannot be read out of order (a pipe) or the read fails.
    func bytes(at offset: Int, count: Int) -> [UInt8]?
    /// A new source over this one's bytes from `offset` to the end, read independently of this one;
    /// `nil` when the input cannot be opened twice.
    func reopened(at offset: Int) -> Self?
}

/// A file read with POSIX `open`/`read`; the descriptor is closed when the source is released.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let path: String
    let sizeHint: Int?
    /// The file offset this source starts at (0 unless reopened).
    private let start: Int
    /// Device and inode of a regular file, so that a reopening can check it reads the same file.
    private let identity: (device: UInt64, inode: UInt64)?

    /// Opens `path` for reading, mapping `ENOENT` to ``IngestError/Code/fileNotFound`` and any
    /// other failure to ``IngestError/Code/unreadable``.
    init(path: String) throws(IngestError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let error = errno
            if error == ENOENT || error == ENOTDIR {
                throw IngestError(.fileNotFound, path: path, message: "no such file")
            }
            throw IngestError(.unreadable, path: path, message: "cannot open the file: \(Self.explain(error))")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                close(descriptor)
                throw IngestError(.unreadable, path: path, message: "expected a CSV file, found a directory")
            }
            let regular = (status.st_mode & S_IFMT) == S_IFREG
            sizeHint = regular ? Int(status.st_size) : nil
            identity = regular ? (UInt64(status.st_dev), UInt64(status.st_ino)) : nil
        } else {
            sizeHint = nil
            identity = nil
        }
        self.descriptor = descriptor
        self.start = 0
    }

    /// A second descriptor on the same regular file (of `size` bytes), positioned at file offset `offset`.
    private init?(reopening path: String, identity: (device: UInt64, inode: UInt64), size: Int, at offset: Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, UInt64(status.st_dev) == identity.device, UInt64(status.st_ino) == identity.inode,
              lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset)
        else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.path = path
        self.sizeHint = size - offset
        self.start = offset
        self.identity = identity
    }

    deinit { close(descriptor) }

    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard sizeHint != nil, offset >= 0, count > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(start + offset)) }
        guard read >= 0 else { return nil }
        bytes.removeLast(count - read)
        return bytes
    }

    func reopened(at offset: Int) -> FileByteSource? {
        guard let identity, let sizeHint, offset >= 0, offset <= sizeHint else { return nil }
        return FileByteSource(reopening: path, identity: identity, size: start + sizeHint, at: start + offset)
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(IngestError) -> Int {
        while true {
            #if canImport(Darwin)
            let count = Darwin.read(descriptor, buffer, capacity)
            #elseif canImport(Musl)
            let count = Musl.read(descriptor, buffer, capacity)
            #else
            let count = Glibc.read(descriptor, buffer, capacity)
            #endif
            if count >= 0 { return count }
            let error = errno
            if error == EINTR { continue }
            throw IngestError(.unreadable, path: path, message: "cannot read the file: \(Self.explain(error))")
        }
    }

    private static func explain(_ error: Int32) -> String {
        guard let text = strerror(error) else { return "errno \(error)" }
        return String(cString: text)
    }
}

/// Bytes already in memory (tests, standard input), handed out in pieces like a file.
struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    /// Where this source starts in `bytes` (0 unless reopened) and where the next read starts.
    private var start = 0
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var sizeHint: Int? { bytes.count - start }

    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        let first = start + offset
        guard offset >= 0, first <= bytes.count, count > 0 else { return nil }
        return Array(bytes[first..<min(bytes.count, first + count)])
    }

    func reopened(at offset: Int) -> MemoryByteSource? {
        guard offset >= 0, start + offset <= bytes.count else { return nil }
        var source = self
        source.start = start + offset
        source.offset = start + offset
        return source
    }

    mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(IngestError) -> Int {
        let count = min(capacity, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            buffer.update(from: base + offset, count: count)
        }
        offset += count
        return count
    }
}
