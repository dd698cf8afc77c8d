#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a new detached thread named `name` (shown by debuggers and `top -H`; Linux keeps the
/// first 15 bytes) that runs `body` and exits: Foundation's `Thread(block:).start()` without
/// Foundation. The thread has the default stack size, as a Foundation `Thread` has.
public func startDetachedThread(name: String, _ body: @escaping @Sendable () -> Void) {
    let context = Unmanaged.passRetained(DetachedThreadContext(name: name, body: body)).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    #if canImport(Glibc)
    var thread = pthread_t()  // an integer in glibc, a pointer elsewhere
    #else
    var thread: pthread_t?
    #endif
    let status = pthread_create(&thread, &attributes, { context in
        #if canImport(Darwin)
        let context = Unmanaged<DetachedThreadContext>.fromOpaque(context).takeRetainedValue()
        #else
        let context = Unmanaged<DetachedThreadContext>.fromOpaque(context!).takeRetainedValue()
        #endif
        context.run()
        return nil
    }, context)
    precondition(status == 0, "cannot start thread \(name): pthread_create failed (\(status))")
}

/// What a thread of ``startDetachedThread(name:_:)`` runs, passed to it through `pthread_create`.
private final class DetachedThreadContext {
    let name: String
    let body: @Sendable () -> Void

    init(name: String, body: @escaping @Sendable () -> Void) {
        self.name = name
        self.body = body
    }

    /// Names the calling thread and runs `body`.
    func run() {
        nameCurrentThread(name)
        body()
    }
}

/// Sets the calling thread's name to the first 15 bytes of `name` (Linux's limit; more and the call
/// fails), best effort.
///
/// On Linux through `/proc/thread-self/comm`, which is what `pthread_setname_np` writes for another
/// thread: Swift's Glibc module does not declare the GNU extension `pthread_setname_np`, and `prctl`
/// is variadic, which Swift cannot call.
private func nameCurrentThread(_ name: String) {
    let bytes = Array(name.utf8.prefix(15))
    #if canImport(Darwin)
    _ = (bytes + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { pthread_setname_np($0.baseAddress!) }
    }
    #else
    let file = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
    guard file >= 0 else { return }
    _ = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
    close(file)
    #endif
}
