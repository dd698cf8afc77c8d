#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Something that fills a buffer with the next bytes of an input, `read(2)` style.
protocol ByteSource {
    /// Copies up to `capacity` bytes to `buffer`; returns how many, 0 at the end of the input.
    mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(IngestError) -> Int
    /// The total size in bytes when known in advance (used to size output arrays).
    var sizeHint: Int? { get }
}

/// A file read with POSIX `open`/`read`; the descriptor is closed when the source is released.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let path: String
    let sizeHint: Int?

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
            sizeHint = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        } else {
            sizeHint = nil
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

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
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var sizeHint: Int? { bytes.count }

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
