#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One object per thread (pthread thread-specific data), released when its thread exits: an entry of
/// Foundation's `Thread.current.threadDictionary` without Foundation, and without the dictionary's
/// string key and dynamic cast.
///
/// Meant to be a `static let`: the key is never deleted, and a process has a limited number of them
/// (`PTHREAD_KEYS_MAX`, 1024 on Linux).
public final class ThreadLocal<Value: AnyObject>: @unchecked Sendable {
    // @unchecked: the key is immutable after init; each thread sees only its own slot.
    private var key = pthread_key_t()

    public init() {
        // The destructor runs at thread exit for a non-nil slot and balances the retain of `value`'s setter.
        #if canImport(Darwin)
        let status = pthread_key_create(&key) { Unmanaged<AnyObject>.fromOpaque($0).release() }
        #else
        let status = pthread_key_create(&key) { Unmanaged<AnyObject>.fromOpaque($0!).release() }
        #endif
        precondition(status == 0, "pthread_key_create failed (\(status))")
    }

    /// The calling thread's object, `nil` until it sets one.
    public var value: Value? {
        get {
            pthread_getspecific(key).map { Unmanaged<Value>.fromOpaque($0).takeUnretainedValue() }
        }
        set {
            let old = pthread_getspecific(key)
            pthread_setspecific(key, newValue.map { Unmanaged.passRetained($0).toOpaque() })
            if let old { Unmanaged<AnyObject>.fromOpaque(old).release() }
        }
    }
}
