import Foundation
import HandPoseCore
import Testing
@testable import HandPoseCLI

/// The CLI pieces that replaced full-Foundation APIs (Process, padding, the directory enumerator,
/// JSONSerialization), checked against what Foundation did.
@Suite("CLI without full Foundation")
struct FoundationFreeOutputTests {
    @Test("ChildProcess: exit status and standard error of the child")
    func childExit() throws {
        let result = try ChildProcess.run("/bin/sh", arguments: ["-c", "echo first >&2; echo out; echo 'last: é' >&2; exit 3"], timeoutSeconds: 30)
        #expect(result.status == 3)
        #expect(result.standardError == "first\nlast: é\n")
    }

    @Test("ChildProcess: a child past the timeout is ended with SIGTERM, reported as status 15")
    func childTimeout() throws {
        let started = ContinuousClock.now
        let result = try ChildProcess.run("/bin/sleep", arguments: ["30"], timeoutSeconds: 0.3)
        #expect(result.status == SIGTERM)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test("ChildProcess: a program that cannot be started is an error with the C library's reason")
    func childStartFailure() {
        #expect(throws: ChildProcess.StartFailure.self) {
            _ = try ChildProcess.run("/nonexistent/program", arguments: [], timeoutSeconds: 1)
        }
        do {
            _ = try ChildProcess.run("/nonexistent/program", arguments: [], timeoutSeconds: 1)
        } catch {
            #expect("\(error)" == "No such file or directory")
            #expect(localizedDescription(of: error.fileReadError) == "The operation could not be completed. The file doesn’t exist.")
        }
    }

    @Test("TextTable pads in UTF-16 units, as NSString's padding(toLength:) did", arguments: [
        "", "abc", "abcdefgh", "Zoë", "Jose\u{301}", "😀😀", "abcdefghijk", "😀abcdefgh",
    ])
    func padding(_ text: String) {
        for length in [0, 3, 5, 8, 10] {
            #expect(TextTable.pad(text, toUTF16Length: length) == text.padding(toLength: length, withPad: " ", startingAt: 0))
        }
    }

    @Test("BatchInputs lists a directory as FileManager.enumerator(atPath:) did")
    func directoryWalk() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for folder in ["d/sub/deeper", "d/.hidden", "other"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["d/a.csv", "d/.h.csv", "d/sub/b.CSV", "d/sub/deeper/c.csv", "d/.hidden/d.csv", "d/notes.txt", "other/o.csv"] {
            try Data().write(to: root.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: root.path + "/d/link", withDestinationPath: root.path + "/other")
        try manager.createSymbolicLink(atPath: root.path + "/d/alias.csv", withDestinationPath: root.path + "/d/a.csv")
        try manager.createSymbolicLink(atPath: root.path + "/linked-d", withDestinationPath: root.path + "/d")
        for input in ["d", "d/", "linked-d", "linked-d/", "d/sub"].map({ root.path + "/" + $0 }) {
            let expected = (manager.enumerator(atPath: input)?.compactMap { $0 as? String } ?? []).sorted()
            #expect(BatchInputs.subpaths(of: input).sorted() == expected, "\(input)")
        }
        let files = try BatchInputs.expand([root.path + "/d/"])
        #expect(files == ["d/.h.csv", "d/.hidden/d.csv", "d/a.csv", "d/alias.csv", "d/sub/b.CSV", "d/sub/deeper/c.csv"].map { root.path + "/" + $0 })
    }

    @Test("a failed file's JSON line is the one JSONSerialization wrote")
    func jsonlFailureLine() throws {
        for (file, message) in [("a/b.csv", "a/b.csv: error: no such file"), ("x\"y\\z\u{1}.csv", "error: é 😀\n\t/")] {
            let result = BatchResult(file: file, output: nil, failure: CommandFailure(message: message, status: 66))
            let line = try AnalysisOutput(format: .jsonl).assemble([result])
            let reference = try JSONSerialization.data(
                withJSONObject: ["file": file, "error": message], options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(line == String(decoding: reference, as: UTF8.self) + "\n")
        }
    }
}
