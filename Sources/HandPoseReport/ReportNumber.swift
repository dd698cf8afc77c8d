#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseCore

/// Number formats shared with the text report (`handpose analyze`), so that a value reads the
/// same on paper and on the terminal: `fixed(4.6, 2)` is `4.60`, as the text report prints
/// "Tremor frequency 4.60 Hz".
enum ReportNumber {
    /// `value` with exactly `digits` decimals (`printf` `%.Nf`).
    static func fixed(_ value: Double, _ digits: Int) -> String { String(cFormat: "%.\(digits)f", value) }

    /// `value` with three significant digits (plain notation), as the text report prints values
    /// without a millimetre scale.
    static func significant(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : "\(value)" }
        let magnitude = Int((log10(abs(value))).rounded(.down))
        return fixed(value, max(0, 2 - magnitude))
    }

    /// A tick label: as few decimals as the tick step needs (`0.5` → 1 decimal, `2` → none).
    static func tick(_ value: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up)))
        let text = fixed(value, decimals)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// A setting such as a band edge: up to two decimals, trailing zeros dropped (`3`, `4.5`, `0.25`).
    static func compact(_ value: Double) -> String { String(trimmedDecimal: value, places: 2) }

    /// A coordinate in the SVG: one decimal, no `-0.0`.
    static func coordinate(_ value: Double) -> String {
        let text = fixed(value, 1)
        return text == "-0.0" ? "0.0" : text
    }

    /// A UTC date and time, `2025-03-14 09:30 UTC`.
    static func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        // A fixed offset: FoundationEssentials alone knows no time zone identifiers ("UTC" is nil there).
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(cFormat: "%04d-%02d-%02d %02d:%02d UTC", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// A UTC date, `2025-03-14`.
    static func date(_ date: Date) -> String { String(dateTime(date).prefix(10)) }
}
