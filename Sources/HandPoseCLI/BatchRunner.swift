import Dispatch
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
    let jobs: Int

    func run(_ files: [String], _ body: @escaping @Sendable (String) throws -> String) -> [BatchResult] {
        let results = ResultBox(count: files.count)
        let progress = Progress(total: files.count, visible: files.count > 1 && isatty(STDERR_FILENO) == 1)
        let queue = DispatchQueue(label: "handpose.batch", attributes: .concurrent)
        let slots = DispatchSemaphore(value: max(1, jobs))
        let group = DispatchGroup()
        for (index, file) in files.enumerated() {
            slots.wait()
            queue.async(group: group) {
                defer { slots.signal() }
                let result: BatchResult
                do {
                    result = BatchResult(file: file, output: try body(file), failure: nil)
                } catch {
                    result = BatchResult(file: file, output: nil, failure: CommandFailure(error))
                }
                results.set(index, result)
                progress.advance()
            }
        }
        group.wait()
        progress.finish()
        return results.all()
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
