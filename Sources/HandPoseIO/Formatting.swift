/// Number formatting for messages, without Foundation.
enum Formatting {
    /// `value` rounded to `significant` significant digits, without a trailing `.0`
    /// (`0.091234` → `"0.0912"`, `85.0` → `"85"`).
    static func significant(_ value: Double, _ significant: Int = 3) -> String {
        guard value.isFinite, value != 0 else { return plain(value) }
        var magnitude = 0
        var scaled = abs(value)
        while scaled >= 10 { scaled /= 10; magnitude += 1 }
        while scaled < 1 { scaled *= 10; magnitude -= 1 }
        let decimals = max(0, significant - 1 - magnitude)
        guard decimals <= 15 else { return plain(value) }
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        return plain((value * power).rounded() / power)
    }

    /// Shortest round-trip text of `value`, without a trailing `.0`.
    static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
