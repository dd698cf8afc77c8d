#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for writing with the C stream API (`-` is standard output).
final class WriterOutputFile {
    private let path: String
    private var stream: UnsafeMutablePointer<FILE>?

    init(path: String) throws {
        self.path = path
        // Standard output through a duplicate descriptor, so closing the stream leaves fd 1 open.
        stream = path == "-" ? fdopen(dup(1), "wb") : fopen(path, "wb")
        guard stream != nil else {
            throw RecordingWriterError(.cannotOpen, path: path, reason: Self.systemReason())
        }
    }

    func write(_ bytes: [UInt8]) throws {
        guard let stream else { throw RecordingWriterError(.writeFailed, path: path, reason: "file already closed") }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stream) }
        guard written == bytes.count else {
            throw RecordingWriterError(.writeFailed, path: path, reason: Self.systemReason())
        }
    }

    func close() throws {
        guard let stream else { return }
        self.stream = nil
        let status = fclose(stream)
        guard status == 0 else { throw RecordingWriterError(.writeFailed, path: path, reason: Self.systemReason()) }
    }

    deinit {
        if let stream { fclose(stream) }
    }

    private static func systemReason() -> String {
        guard let message = strerror(errno) else { return "error \(errno)" }
        return String(cString: message)
    }
}
