import Foundation
import Testing
@testable import HandPoseCore

/// The HandPoseCore stand-ins for full-Foundation APIs, checked against Foundation itself (which this
/// test target links; the tools do not).
@Suite("Foundation stand-ins")
struct FoundationStandInTests {
    @Test("trimmingWhitespace and trimmingWhitespaceAndNewlines trim what CharacterSet holds, every scalar")
    func whitespaceSets() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)a\(scalar)"
            let whitespace = text.trimmingWhitespace() == "a"
            let whitespaceAndNewlines = text.trimmingWhitespaceAndNewlines() == "a"
            guard whitespace != CharacterSet.whitespaces.contains(scalar)
                || whitespaceAndNewlines != CharacterSet.whitespacesAndNewlines.contains(scalar)
            else { continue }
            Issue.record("U+\(String(value, radix: 16, uppercase: true)): whitespace \(whitespace), and newlines \(whitespaceAndNewlines)")
        }
    }

    @Test("trimming works on scalars, as Foundation's does", arguments: [
        "", " ", "  a b  ", "\t\u{A0}x\u{3000}", " \u{301}a ", "a \u{301}", "\u{2028}a\u{85}\r\n", "\u{200B}a", "é ", "\r\n",
    ])
    func trimming(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test("replacingLiteral: Foundation's result for ASCII, every quote doubled otherwise")
    func literalReplacement() {
        for (text, target, replacement) in [
            ("a\"b\"", "\"", "\"\""), ("\"\"", "\"", "\"\""), ("x = $? AND y = $?", "$?", "$1"),
            ("2025-03-14T09:30", "T", " "), ("none", "\"", "\"\""), ("aaa", "aa", "b"), ("", "a", "b"), ("😀\"é", "\"", "\"\""),
        ] {
            #expect(text.replacingLiteral(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
        }
        #expect("abc".replacingLiteral("", with: "x") == "abc")
        // Foundation skips this quote (a combining accent follows it); a CSV field needs it doubled.
        #expect("\"\u{301}".replacingLiteral("\"", with: "\"\"") == "\"\"\u{301}")
        #expect("e\u{301}".replacingLiteral("\u{E9}", with: "x") == "e\u{301}")
    }

    @Test("localizedDescription(of:) gives Foundation's message for file errors")
    func errorDescriptions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing/file.json")
        let failures: [() throws -> Void] = [
            { _ = try Data(contentsOf: missing) },
            { _ = try Data(contentsOf: directory) },
            { try Data("x".utf8).write(to: missing) },
            { try Data("x".utf8).write(to: directory) },
            { try "x".write(to: missing, atomically: true, encoding: .utf8) },
            { try "x".write(toFile: missing.path, atomically: true, encoding: .utf8) },
            { _ = try FileManager.default.contentsOfDirectory(atPath: missing.path) },
            { _ = try FileManager.default.contentsOfDirectory(atPath: #filePath) },
        ]
        for failure in failures {
            do {
                try failure()
                Issue.record("expected an error")
            } catch {
                #expect(localizedDescription(of: error) == error.localizedDescription)
            }
        }
        for code: CocoaError.Code in [.fileNoSuchFile, .fileReadNoPermission, .fileReadUnknown, .fileWriteOutOfSpace, .fileWriteUnknown, .fileLocking] {
            #expect(localizedDescription(of: CocoaError(code)) == CocoaError(code).localizedDescription)
        }
        #expect(localizedDescription(of: CocoaError(.fileReadNoSuchFile)) == "The operation could not be completed. The file doesn’t exist.")
        #expect(localizedDescription(of: CocoaError(.fileWriteUnknown)) == "The operation could not be completed. (NSCocoaErrorDomain error 512.)")
        #expect(localizedDescription(of: POSIXError(.ENOENT)) == POSIXError(.ENOENT).localizedDescription)
        struct Failure: Error {}
        #expect(localizedDescription(of: Failure()) == Failure().localizedDescription)
    }

    @Test("directoryExists follows links; fileSize reads Essentials' UInt and Foundation's NSNumber alike")
    func fileSystem() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("file.txt")
        try Data(repeating: 7, count: 1234).write(to: file)
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/link", withDestinationPath: directory.path)
        #expect(FileManager.default.directoryExists(atPath: directory.path))
        #expect(FileManager.default.directoryExists(atPath: directory.path + "/link"))
        #expect(!FileManager.default.directoryExists(atPath: file.path))
        #expect(!FileManager.default.directoryExists(atPath: directory.path + "/none"))
        #expect(FileManager.default.fileSize(atPath: file.path) == 1234)
        #expect(FileManager.default.fileSize(atPath: directory.path + "/none") == nil)
        #expect(runningExecutableURL?.path == Bundle.main.executableURL?.path)
    }

    @Test("Lock serialises, and a recursive Lock may be taken again by its holder")
    func threading() async {
        final class Counter: @unchecked Sendable {
            let lock = Lock()
            var value = 0
        }
        let counter = Counter()
        let recursive = Lock(recursive: true)
        recursive.withLock { recursive.withLock { counter.value += 0 } }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1000 { counter.lock.withLock { counter.value += 1 } } }
            }
        }
        #expect(counter.value == 8000)
    }

    /// Synchronous, so that the whole test runs on one thread (an `await` may resume on another).
    @Test("ThreadLocal keeps one object per thread; startDetachedThread names its thread")
    func threadLocal() {
        final class Box { let id: Int; init(_ id: Int) { self.id = id } }
        let perThread = ThreadLocal<Box>()
        #expect(perThread.value == nil)
        perThread.value = Box(1)
        final class Seen: @unchecked Sendable { var before: Int?, after: Int?, name: String? }
        let seen = Seen()
        let done = DispatchSemaphore(value: 0)
        startDetachedThread(name: "handpose-test-thread-name-too-long") {
            seen.before = perThread.value?.id
            perThread.value = Box(2)
            seen.after = perThread.value?.id
            #if os(Linux)
            seen.name = try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)
            #else
            seen.name = "handpose-test-t\n"
            #endif
            done.signal()
        }
        done.wait()
        #expect(seen.before == nil)  // another thread starts empty, then keeps its own object
        #expect(seen.after == 2)
        #expect(seen.name == "handpose-test-t\n")  // Linux keeps 15 bytes of a thread name
        #expect(perThread.value?.id == 1)
        perThread.value = nil
        #expect(perThread.value == nil)
    }
}
