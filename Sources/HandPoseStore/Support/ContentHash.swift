import Foundation

/// The identity of a recording file: SHA-256 of its bytes as 64 lowercase hex digits, stored in
/// `recording_sessions.content_hash` so that saving the same file twice is recognised.
public enum ContentHash {
    /// The hash of the file at `path`, read in 1 MiB chunks. Throws `.invalidArgument` when it
    /// cannot be read (the message does not repeat the path: callers name the file themselves).
    public static func ofFile(atPath path: String) throws(StoreError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.invalidArgument, "the recording file cannot be opened for hashing")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw StoreError(.invalidArgument, "the recording file could not be read for hashing")
            }
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { hasher.update(buffer: $0) }
        }
        return hasher.finalizeHex()
    }

    /// The hash of `bytes`.
    public static func of(_ bytes: some Sequence<UInt8>) -> String { SHA256.hex(bytes) }
}
