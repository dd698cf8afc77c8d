import ArgumentParser
import HandPoseAnalysis
import HandPoseIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
private typealias Glibc = Darwin
#endif

/// Exit statuses from `sysexits.h`, the convention for command-line tools.
public enum ExitStatus {
    /// A command was used incorrectly (bad argument or option value).
    public static let usage: Int32 = 64
    /// The input data was incorrect in some way.
    public static let dataError: Int32 = 65
    /// An input file did not exist or was not readable.
    public static let noInput: Int32 = 66
    /// An output file could not be created.
    public static let cannotCreate: Int32 = 73
    /// An error in the program itself.
    public static let software: Int32 = 70
}

/// An error that ends a command: printed as one line on stderr, mapped to a `sysexits` status.
public struct CommandFailure: Error, CustomStringConvertible {
    public let message: String
    public let status: Int32

    public init(message: String, status: Int32) {
        self.message = message
        self.status = status
    }

    /// Wraps any error raised while running a command, choosing the exit status from its kind.
    public init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let analysis as AnalysisError where analysis.code == .invalidOption:
            self.init(message: analysis.description, status: ExitStatus.usage)
        case let analysis as AnalysisError:
            self.init(message: analysis.description, status: ExitStatus.dataError)
        case let ingest as IngestError:
            let status: Int32 = switch ingest.code {
            case .fileNotFound, .unreadable: ExitStatus.noInput
            case .invalidOption: ExitStatus.usage
            default: ExitStatus.dataError
            }
            self.init(message: ingest.description, status: status)
        default:
            self.init(message: "error: \(error)", status: ExitStatus.software)
        }
    }

    public var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, printing a failure as one line on stderr and exiting with its status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            let failure = CommandFailure(error)
            StandardError.write(failure.message.hasPrefix("error:") || failure.message.contains(": error: ")
                ? failure.message : "error: \(failure.message)")
            throw ExitCode(failure.status)
        }
    }
}

/// Writes lines to the standard error stream.
enum StandardError {
    static func write(_ line: String) {
        writeRaw(line.hasSuffix("\n") ? line : line + "\n")
    }

    /// Writes `text` exactly as given (no newline added).
    static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
