#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The identity of a recording file: SHA-256 of its bytes as 64 lowercase hex digits, stored in
/// `recording_sessions.content_hash` so that saving the same file twice is recognised.
public enum ContentHash {
    /// The hash of the file at `path`, read in 1 MiB chunks. Throws `.invalidArgument` when it
    /// cannot be read (the message does not repeat the path: callers name the file themselves).
    public static func ofFile(atPath path: String) throws(StoreError) -> String {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw StoreError(.invalidArgument, "the recording file cannot be opened for hashing") }
        defer { close(file) }
        var hasher = SHA256()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(file, chunk.baseAddress, chunk.count)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError(.invalidArgument, "the recording file could not be read for hashing")
            }
            hasher.update(buffer: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
        return hasher.finalizeHex()
    }

    /// The hash of `bytes`.
    public static func of(_ bytes: some Sequence<UInt8>) -> String { SHA256.hex(bytes) }
}
