import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of one file of a batch.
struct BatchResult: Sendable {
    var file: String
    /// The file's part of the output, rendered by its job (``AnalysisOutput/render(_:file:)``).
    var output: String?
    var failure: CommandFailure?
}

/// Runs one job per file on up to `jobs` threads, keeping the input order, showing progress on
/// stderr when it is a terminal. A failing file never stops the others.
struct BatchRunner {
    /// Files run at once; `nil` for one per active core.
    let jobs: Int?

    func run(_ files: [String], _ body: @escaping @Sendable (String) throws -> String) -> [BatchResult] {
        // One file runs on the calling thread: no queue, and no core count (which reads the
        // cgroup's CPU quota).
        if files.count == 1 { return [Self.outcome(files[0], body)] }
        let results = ResultBox(count: files.count)
        let progress = Progress(total: files.count, visible: isatty(STDERR_FILENO) == 1)
        let queue = DispatchQueue(label: "handpose.batch", attributes: .concurrent)
        let slots = DispatchSemaphore(value: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
        let group = DispatchGroup()
        for (index, file) in files.enumerated() {
            slots.wait()
            queue.async(group: group) {
                defer { slots.signal() }
                results.set(index, Self.outcome(file, body))
                progress.advance()
            }
        }
        group.wait()
        progress.finish()
        return results.all()
    }

    private static func outcome(_ file: String, _ body: (String) throws -> String) -> BatchResult {
        do {
            return BatchResult(file: file, output: try body(file), failure: nil)
        } catch {
            return BatchResult(file: file, output: nil, failure: CommandFailure(error))
        }
    }
}

extension BatchRunner {
    /// ``run(_:_:)`` from async code: the batch blocks its calling thread until every file is done,
    /// so it gets a thread of its own, neither one of Swift's cooperative threads nor one of
    /// Dispatch's workers (on Linux their pool has one thread per core, and a worker blocked here
    /// would leave the jobs one core short).
    func runOnOwnThread(
        _ files: [String], _ body: @escaping @Sendable (String) throws -> String
    ) async -> [BatchResult] {
        await withCheckedContinuation { continuation in
            startDetachedThread(name: "handpose-batch") { continuation.resume(returning: run(files, body)) }
        }
    }
}

/// Results written by concurrent jobs, each to its own index, under a lock.
private final class ResultBox: @unchecked Sendable {
    private var results: [BatchResult?]
    private let lock = Lock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: BatchResult) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func all() -> [BatchResult] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }
}

/// A one-line progress bar on stderr (only when stderr is a terminal).
private final class Progress: @unchecked Sendable {
    private let total: Int
    private let visible: Bool
    private var done = 0
    private let lock = Lock()

    init(total: Int, visible: Bool) {
        self.total = total
        self.visible = visible
    }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard visible else { return }
        let width = 30, filled = width * done / max(1, total)
        StandardError.writeRaw("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)")
    }

    func finish() {
        if visible { StandardError.writeRaw("\n") }
    }
}
