#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// Prints a report page to PDF with headless Chromium (`--format pdf`).
///
/// The binary is `$HANDPOSE_CHROMIUM` when set, else the first of `chromium`, `chromium-browser`,
/// `google-chrome`, `google-chrome-stable` on `PATH`; none is exit 69 (a service is unavailable)
/// with what to install. The page is written to a temporary folder and printed with
/// `chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=OUT file://PAGE`,
/// which honours the page's `@page` A4 size and margins.
struct ChromiumPrinter {
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// A print that takes longer than this is stopped (a hung browser must not hang the command).
    static let timeoutSeconds = 120.0

    let executable: URL

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ChromiumPrinter {
        let fileManager = FileManager.default
        if let path = environment["HANDPOSE_CHROMIUM"], !path.isEmpty {
            guard fileManager.isExecutableFile(atPath: path) else {
                throw CommandFailure(
                    message: "error: HANDPOSE_CHROMIUM is set to \(path), which is not an executable file", status: ExitStatus.unavailable)
            }
            return ChromiumPrinter(executable: URL(fileURLWithPath: path))
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in candidates {
            for folder in folders {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if fileManager.isExecutableFile(atPath: path) { return ChromiumPrinter(executable: URL(fileURLWithPath: path)) }
            }
        }
        throw CommandFailure(
            message: "error: --format pdf prints the page with headless Chromium, and none was found (looked for \(candidates.joined(separator: ", ")) on PATH); install it (Debian: apt-get install chromium) or set HANDPOSE_CHROMIUM to its path, or write --format html, which needs nothing",
            status: ExitStatus.unavailable)
    }

    func printPDF(html: String, to destination: URL, named output: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let profile = folder.appendingPathComponent("profile")
        do {
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
            try html.write(to: page, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "error: cannot write the page for Chromium: \(localizedDescription(of: error))", status: ExitStatus.cannotCreate)
        }
        try? FileManager.default.removeItem(at: destination)
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile.path)",
            "--print-to-pdf=\(destination.path)", page.absoluteString,
        ]
        let termination: ChildProcess.Termination
        do {
            termination = try ChildProcess.run(executable.path, arguments: arguments, timeoutSeconds: Self.timeoutSeconds)
        } catch {
            throw CommandFailure(
                message: "error: cannot start \(executable.path): \(localizedDescription(of: error.fileReadError))",
                status: ExitStatus.unavailable)
        }
        let written = FileManager.default.fileExists(atPath: destination.path)
        guard termination.status == 0, written else {
            let last = termination.standardError.split(separator: "\n").last.map { ": \($0)" } ?? ""
            throw CommandFailure(
                message: "\(output): error: Chromium (\(executable.path)) did not print the PDF (exit \(termination.status))\(last)",
                status: ExitStatus.cannotCreate)
        }
    }
}
