import Foundation

/// Runs the built `handpose` executable as a user would, capturing its output and exit status.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `handpose` binary next to the test bundle in the build products folder.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [bundle.appendingPathComponent("handpose")]
        // On Linux the test bundle is `<products>/handposePackageTests.xctest`.
        if bundle.lastPathComponent.hasSuffix(".xctest") {
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("handpose"))
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        // Fall back on the default debug products folder of the package.
        return packageRoot.appendingPathComponent(".build/debug/handpose")
    }()

    /// The package root (the folder holding Package.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file in the package's `Fixtures/` folder.
    static func fixture(_ relativePath: String) -> String {
        packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(relativePath).path
    }

    /// Runs `handpose arguments…` and waits for it to finish, in `directory` when given, with
    /// `environment` added to (or, for an empty value, removed from) this process's environment.
    static func run(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = [:], directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (key, value) in environment { merged[key] = value.isEmpty ? nil : value }
            process.environment = merged
        }
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
