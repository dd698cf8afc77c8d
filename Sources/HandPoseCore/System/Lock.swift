#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutual-exclusion lock on a pthread mutex: Foundation's `NSLock` (or, with `recursive`,
/// `NSRecursiveLock`) without Foundation.
public final class Lock: @unchecked Sendable {
    // @unchecked: the mutex is the synchronisation; it lives at a stable address until deinit.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    /// An unlocked lock. A `recursive` lock may be taken again by the thread holding it; it is free
    /// once each `lock()` has had its `unlock()`.
    public init(recursive: Bool = false) {
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        defer { pthread_mutexattr_destroy(&attributes) }
        pthread_mutexattr_settype(&attributes, Int32(recursive ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_NORMAL))
        let status = pthread_mutex_init(mutex, &attributes)
        precondition(status == 0, "pthread_mutex_init failed (\(status))")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Waits until the lock is free and takes it.
    public func lock() { pthread_mutex_lock(mutex) }

    /// Releases the lock, which the calling thread holds.
    public func unlock() { pthread_mutex_unlock(mutex) }

    /// `body`'s result, computed while holding the lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock()
        defer { unlock() }
        return try body()
    }
}

/// A lock with a condition variable, for a thread that waits until another changes the state the
/// lock guards: Foundation's `NSCondition` without Foundation.
public final class Condition: @unchecked Sendable {
    // @unchecked: the mutex is the synchronisation; both live at stable addresses until deinit.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    public init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Waits until the lock is free and takes it.
    public func lock() { pthread_mutex_lock(mutex) }

    /// Releases the lock, which the calling thread holds.
    public func unlock() { pthread_mutex_unlock(mutex) }

    /// Releases the lock, which the calling thread holds, sleeps until signalled (or woken
    /// spuriously: check the state again in a loop) and takes the lock again.
    public func wait() { pthread_cond_wait(condition, mutex) }

    /// Wakes one thread waiting in ``wait()``, if any.
    public func signal() { pthread_cond_signal(condition) }
}
