#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension FileManager {
    /// Whether `path` names a directory, following symbolic links.
    public func directoryExists(atPath path: String) -> Bool {
        #if canImport(FoundationEssentials)
        var isDirectory = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
        #else
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        #endif
    }
}

/// The running executable's file, symbolic links resolved, as `Bundle.main.executableURL` gives
/// it; nil if unknown. On Linux the target of `/proc/self/exe`.
public var runningExecutableURL: URL? {
    #if os(Linux)
    guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    return URL(fileURLWithPath: path)
    #elseif canImport(FoundationEssentials)
    return nil
    #else
    return Bundle.main.executableURL
    #endif
}

extension FileManager {
    /// The size in bytes of the file at `path`, nil if it cannot be read.
    ///
    /// `attributesOfItem(atPath:)[.size]` is a `UInt` with FoundationEssentials alone and an
    /// `NSNumber` (which casts to `Int`, not from `UInt`) with full Foundation; this reads either.
    public func fileSize(atPath path: String) -> Int? {
        guard let value = try? attributesOfItem(atPath: path)[.size] else { return nil }
        if let size = value as? UInt { return Int(exactly: size) }
        return value as? Int
    }
}
