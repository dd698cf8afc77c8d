import Foundation

/// Headless Chromium for the rendering tests: found as `$HANDPOSE_CHROMIUM` or on `PATH`
/// (`chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable`). Each run gets its own
/// profile folder, so parallel tests do not share a browser profile.
enum HeadlessChromium {
    static let executable: URL? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["HANDPOSE_CHROMIUM"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }()

    /// CI must run the rendering tests (`.ci/run` installs Chromium); elsewhere they may skip.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Runs Chromium headless with `arguments` (after the common flags) and returns its standard
    /// output; throws when it exits with a failure.
    static func run(_ arguments: [String], in folder: URL) throws -> String {
        guard let executable else { throw Failure(description: "no Chromium") }
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with \(process.terminationStatus): \(messages.suffix(500))")
        }
        return text
    }

    /// A screenshot of `page` in a `width × height` window, decoded.
    static func screenshot(_ page: URL, width: Int, height: Int, in folder: URL) throws -> PNGImage {
        let png = folder.appendingPathComponent(page.deletingPathExtension().lastPathComponent + ".png")
        _ = try run(["--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString], in: folder)
        return try PNGImage(contentsOf: png)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
