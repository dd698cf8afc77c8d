#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// Where a command's text output goes: the file `--output` names, or standard output.
enum CommandOutput {
    /// Writes `text` to `path` (atomically), or prints it without one.
    ///
    /// - Throws: ``CommandFailure`` with status 73 (cannot create) naming the file.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "\(path): error: cannot write: \(localizedDescription(of: error))", status: ExitStatus.cannotCreate)
        }
    }
}
