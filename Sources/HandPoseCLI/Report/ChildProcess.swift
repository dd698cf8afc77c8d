import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with `posix_spawn`, collecting what it writes to standard error:
/// what ``ChromiumPrinter`` needs of Foundation's `Process`, without Foundation.
///
/// Like `Process`, the child inherits the environment, the working directory and standard input,
/// runs in a process group of its own (a Ctrl-C at the terminal reaches this process, not it) and
/// gets no other open file of ours but the three standard ones.
enum ChildProcess {
    /// How a child ended.
    struct Termination {
        /// The exit status, or the number of the signal that ended the child (`Process.terminationStatus`).
        let status: Int32
        /// Everything the child wrote to standard error, as UTF-8 (invalid bytes replaced).
        let standardError: String
    }

    /// `posix_spawn` or a call preparing it failed with the error number `code`.
    struct StartFailure: Error, CustomStringConvertible {
        let code: Int32
        /// The C library's message for ``code`` (`strerror`), such as "No such file or directory".
        var description: String { String(cString: strerror(code)) }

        /// The failure as Foundation's `Process.run()` reported it: the error number as the
        /// `CocoaError` of a file that cannot be read.
        var fileReadError: CocoaError {
            switch code {
            case EFBIG: CocoaError(.fileReadTooLarge)
            case ENOENT: CocoaError(.fileReadNoSuchFile)
            case EPERM, EACCES: CocoaError(.fileReadNoPermission)
            default: CocoaError(.fileReadUnknown)
            }
        }
    }

    /// Runs `path` with `arguments` (not counting the program name), its standard output sent to
    /// `/dev/null`, and waits for it to exit. A child still running after `timeoutSeconds` is sent
    /// `SIGTERM`.
    static func run(_ path: String, arguments: [String], timeoutSeconds: Double) throws(StartFailure) -> Termination {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw StartFailure(code: errno) }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        // Close-on-exec, so that neither end stays open in the child (it writes to its own fd 2).
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        let child: pid_t
        do {
            child = try spawn(path, arguments: arguments, standardError: writeEnd)
        } catch {
            close(readEnd)
            close(writeEnd)
            throw error
        }
        close(writeEnd)
        let watchdog = Watchdog(child: child)
        let timer = DispatchWorkItem { watchdog.terminate() }
        // A queue of its own: the global queues run Swift's tasks, and when every one of their few
        // threads is blocked (this one waits for the child) a timer there would never fire.
        DispatchQueue(label: "handpose.child-process.watchdog").asyncAfter(deadline: .now() + timeoutSeconds, execute: timer)
        let messages = readToEnd(readEnd)
        close(readEnd)
        let status = watchdog.waitForExit()
        timer.cancel()
        return Termination(status: status, standardError: String(decoding: messages, as: UTF8.self))
    }

    /// Starts `path`, its standard output `/dev/null` and its standard error `standardError`.
    private static func spawn(_ path: String, arguments: [String], standardError: Int32) throws(StartFailure) -> pid_t {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, standardError, STDERR_FILENO)
        var flags = Int32(POSIX_SPAWN_SETPGROUP)  // process group 0: a new group led by the child
        // No blocked signals in the child: it inherits the signal mask of the thread that starts it,
        // and Dispatch's worker threads, where Swift's tasks (this command's included) run, block
        // every asynchronous signal. Foundation's Process passed that mask on, so a hung Chromium
        // ignored the watchdog's SIGTERM.
        flags |= Int32(POSIX_SPAWN_SETSIGMASK)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
        markOpenFilesCloseOnExec()
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        // argv: the program, the arguments, then a null pointer; copies freed after the call.
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        #if canImport(Darwin)
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        var child = pid_t()
        let code = posix_spawn(&child, path, &actions, &attributes, argv, environment)
        guard code == 0 else { throw StartFailure(code: code) }
        return child
    }

    /// Marks every open file descriptor above standard error close-on-exec, so that the child
    /// inherits none of them (`posix_spawn_file_actions_addclosefrom_np` would be the direct way, but
    /// Swift's Glibc module does not declare that GNU extension). Listed from `/proc/self/fd`.
    private static func markOpenFilesCloseOnExec() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in names {
            guard let descriptor = Int32(name), descriptor > STDERR_FILENO else { continue }
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// All bytes read from `descriptor` until end of file (or a read error).
    private static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return bytes
            }
        }
    }
}

/// Waits for a child and, when asked from another thread, ends it with `SIGTERM`, without ever
/// signalling a process id that has been reaped (and so may name another process by now).
private final class Watchdog: @unchecked Sendable {
    // @unchecked: `reaped` is only touched while holding `lock`.
    private let child: pid_t
    private let lock = Lock()
    private var reaped = false

    init(child: pid_t) { self.child = child }

    /// Sends the child `SIGTERM` unless ``waitForExit()`` has already reaped it.
    func terminate() {
        lock.withLock {
            if !reaped { _ = kill(child, SIGTERM) }
        }
    }

    /// Waits until the child ends and reaps it; its exit status, or the number of the signal that
    /// ended it.
    func waitForExit() -> Int32 {
        // Wait for the exit without reaping: until reaped the child's id cannot be reused, so
        // ``terminate()`` stays safe up to the moment `reaped` is set.
        var info = siginfo_t()
        while waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        var status: Int32 = 0
        lock.withLock {
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            reaped = true
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : signal
    }
}
