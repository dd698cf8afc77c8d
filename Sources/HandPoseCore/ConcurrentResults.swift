/// Write-once result slots filled by concurrent tasks (for example `DispatchQueue.concurrentPerform`),
/// one index per task. Raw storage, so writes to different indices never touch shared Swift state
/// (no array copy-on-write or exclusivity check). Reading a slot before its task has finished, or
/// two tasks writing one slot, is a programming error.
public final class ConcurrentResults<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    /// Number of slots.
    public let count: Int

    /// `count` empty slots.
    public init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// The value of slot `index` (`nil` until written).
    public subscript(index: Int) -> Value? {
        get {
            precondition(index >= 0 && index < count, "slot \(index) outside 0..<\(count)")
            return storage[index]
        }
        set {
            precondition(index >= 0 && index < count, "slot \(index) outside 0..<\(count)")
            storage[index] = newValue
        }
    }
}
