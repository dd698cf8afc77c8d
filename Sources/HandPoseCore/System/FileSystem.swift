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
