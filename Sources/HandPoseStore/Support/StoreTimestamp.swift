#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How the store writes and reads instants: UTC ISO 8601 text with millisecond precision
/// (`2026-11-27T02:09:57.123Z`), the same text in both dialects, so a value survives a copy between
/// backends unchanged.
///
/// Reading also accepts PostgreSQL's `timestamptz` output (`2026-11-27 02:09:57.123+00`, any offset,
/// up to microseconds) and a bare `date` (`2026-11-27`, midnight UTC).
public enum StoreTimestamp {
    /// `date` truncated to whole milliseconds (what a round trip through the store keeps).
    public static func truncated(_ date: Date) -> Date {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }

    /// The current instant, truncated to milliseconds.
    public static func now() -> Date { truncated(Date()) }

    /// `date` as `YYYY-MM-DDTHH:MM:SS.sssZ` in UTC.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, millisecondOfDay) = floorDivision(totalMilliseconds, 86_400_000)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let hours = millisecondOfDay / 3_600_000
        let minutes = millisecondOfDay / 60_000 % 60
        let seconds = millisecondOfDay / 1000 % 60
        let milliseconds = millisecondOfDay % 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hours, 2)):\(pad(minutes, 2)):"
            + "\(pad(seconds, 2)).\(pad(milliseconds, 3))Z"
    }

    /// `date`'s UTC calendar day as `YYYY-MM-DD`.
    public static func day(_ date: Date) -> String { String(format(date).prefix(10)) }

    /// Parses the forms described above; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.take(UInt8(ascii: "-")),
              let month = scanner.digits(2), scanner.take(UInt8(ascii: "-")),
              let day = scanner.digits(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        if scanner.atEnd { return Date(timeIntervalSince1970: Double(days) * 86_400) }
        guard scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")),
              let hours = scanner.digits(2), scanner.take(UInt8(ascii: ":")),
              let minutes = scanner.digits(2), scanner.take(UInt8(ascii: ":")),
              let seconds = scanner.digits(2), hours < 24, minutes < 60, seconds < 61
        else { return nil }
        var fraction = 0.0
        if scanner.take(UInt8(ascii: ".")) {
            var scale = 0.1
            var any = false
            while let digit = scanner.digit() {
                fraction += Double(digit) * scale
                scale /= 10
                any = true
            }
            guard any else { return nil }
        }
        var offsetSeconds = 0
        if scanner.take(UInt8(ascii: "Z")) {
        } else if let sign = scanner.sign() {
            guard let offsetHours = scanner.digits(2) else { return nil }
            var offsetMinutes = 0
            if scanner.take(UInt8(ascii: ":")) {
                guard let parsed = scanner.digits(2) else { return nil }
                offsetMinutes = parsed
            } else if let parsed = scanner.digits(2) {
                offsetMinutes = parsed
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        guard scanner.atEnd else { return nil }
        let wholeSeconds = Int64(days) * 86_400 + Int64(hours * 3600 + minutes * 60 + seconds) - Int64(offsetSeconds)
        // Round to the microsecond so PostgreSQL's six digits read back exactly as they were written.
        let interval = Double(wholeSeconds) + (fraction * 1_000_000).rounded() / 1_000_000
        return Date(timeIntervalSince1970: interval)
    }

    // MARK: - Civil calendar (proleptic Gregorian; H. Hinnant's days-from-civil algorithm)

    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysSinceEpoch: Int64) -> (Int, Int, Int) {
        let z = Int(daysSinceEpoch) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int) {
        var quotient = value / divisor
        var remainder = value % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, Int(remainder))
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func digit() -> Int? {
            guard index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
            index += 1
            return Int(bytes[index - 1] - 48)
        }

        mutating func digits(_ count: Int) -> Int? {
            let start = index
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else {
                    index = start
                    return nil
                }
                value = value * 10 + digit
            }
            return value
        }

        mutating func sign() -> Int? {
            if take(UInt8(ascii: "+")) { return 1 }
            if take(UInt8(ascii: "-")) { return -1 }
            return nil
        }
    }
}
