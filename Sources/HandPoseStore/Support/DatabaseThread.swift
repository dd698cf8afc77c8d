import HandPoseCore

/// A serial executor that runs its jobs on one dedicated thread, so an actor using it can make
/// blocking database calls (libpq's network round trips, SQLite's disk I/O) without occupying one of
/// the cooperative pool's few threads, on which every other task of the process depends.
///
/// The thread lives until ``stop()``; ``ClinicalStore`` stops its executor when it is deinitialised.
public final class DatabaseThread: SerialExecutor, @unchecked Sendable {
    // @unchecked: `queue` and `stopped` are only touched while holding `condition`.
    private let condition = Condition()
    private var queue: [UnownedJob] = []
    private var stopped = false

    /// Starts the thread, named `name` for debuggers and `top -H`.
    public init(name: String) {
        startDetachedThread(name: name) { [self] in run() }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }

    /// Lets the thread finish the jobs already queued and exit.
    public func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            if queue.isEmpty && stopped {
                condition.unlock()
                return
            }
            swap(&batch, &queue)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
