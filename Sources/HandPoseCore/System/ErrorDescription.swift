#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The message Foundation's `error.localizedDescription` gives for `error` on Linux, for the file
/// errors (`CocoaError`) that `Data(contentsOf:)`, `write(to:)` and `FileManager` throw, so that
/// messages read the same without full Foundation (FoundationEssentials has no `localizedDescription`).
///
/// "The operation could not be completed. " and then the reason Foundation gives for the error's
/// code ("The file doesn’t exist."), the C library's message for a `POSIXError`, or, for any other
/// code or error, "(domain error code.)": `(NSCocoaErrorDomain error 512.)`, `(Module.Type error 1.)`.
public func localizedDescription(of error: any Error) -> String {
    #if canImport(FoundationEssentials)
    let reason: String?
    let fallback: String
    switch error {
    case let cocoa as CocoaError:
        reason = cocoaFileErrorReasons[cocoa.code.rawValue]
        fallback = "(NSCocoaErrorDomain error \(cocoa.code.rawValue).)"
    case let posix as POSIXError:
        reason = String(cString: strerror(posix.code.rawValue))
        fallback = "(NSPOSIXErrorDomain error \(posix.code.rawValue).)"
    default:
        reason = nil
        fallback = "(\(error._domain) error \(error._code).)"
    }
    return "The operation could not be completed. " + (reason ?? fallback)
    #else
    return error.localizedDescription
    #endif
}

/// Foundation's failure reasons for the file error codes of `CocoaError` (Linux, English).
private let cocoaFileErrorReasons: [Int: String] = [
    4: "The file doesn’t exist.",  // fileNoSuchFile
    255: "The file couldn’t be locked.",  // fileLocking
    257: "You don’t have permission.",  // fileReadNoPermission
    258: "The file name is invalid.",  // fileReadInvalidFileName
    259: "The file isn’t in the correct format.",  // fileReadCorruptFile
    260: "The file doesn’t exist.",  // fileReadNoSuchFile
    261: "The specified text encoding isn’t applicable.",  // fileReadInapplicableStringEncoding
    262: "The specified URL type isn’t supported.",  // fileReadUnsupportedScheme
    263: "The item is too large.",  // fileReadTooLarge
    264: "The text encoding of the contents couldn’t be determined.",  // fileReadUnknownStringEncoding
    513: "You don’t have permission.",  // fileWriteNoPermission
    514: "The file name is invalid.",  // fileWriteInvalidFileName
    516: "A file with the same name already exists.",  // fileWriteFileExists
    517: "The specified text encoding isn’t applicable.",  // fileWriteInapplicableStringEncoding
    518: "The specified URL type isn’t supported.",  // fileWriteUnsupportedScheme
    640: "There isn’t enough space.",  // fileWriteOutOfSpace
    642: "The volume is read only.",  // fileWriteVolumeReadOnly
]
