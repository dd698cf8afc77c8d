#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// `format` with `arguments` filled in by C's `vsnprintf` (`%.2f`, `%g`, `%.1e`, `%04x`, `%02d`, …).
    ///
    /// Replaces Foundation's `String(format:)` so that the tools need not link full Foundation. Numbers
    /// come out exactly as `String(format:)` writes them: its default is the C locale, as is this
    /// process's (nothing calls `setlocale`), and it formats floating-point conversions with the C
    /// library too. C conversions only: no `%@`, and no Swift `String` arguments (`String` is `CVarArg`
    /// only with Foundation). `%d` reads a C `int`, so an `Int` argument must fit in `Int32`.
    public init(cFormat format: String, _ arguments: any CVarArg...) {
        // One call measures, the second writes; each needs its own `va_list`, as a call uses one up.
        let length = withVaList(arguments) { vsnprintf(nil, 0, format, $0) }
        precondition(length >= 0, "invalid format \"\(format)\"")
        self = String(unsafeUninitializedCapacity: Int(length) + 1) { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                _ = withVaList(arguments) { vsnprintf(text.baseAddress, text.count, format, $0) }
            }
            return Int(length)
        }
    }
}
