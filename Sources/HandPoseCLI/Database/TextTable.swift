#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A plain-text table with left-aligned columns, for terminal listings.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: String...) { self.header = header }

    mutating func add(_ cells: String...) { rows.append(cells) }

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : Self.pad(cell, toUTF16Length: widths[index] + 2)
            }.joined()
        }
        return (all.map(line)).joined(separator: "\n") + "\n"
    }

    /// `text` padded with spaces, or cut, to `length` UTF-16 code units: what Foundation's
    /// `padding(toLength:withPad:" ",startingAt:0)` does, which counts `NSString` units where
    /// ``render()`` measures the columns in characters (the two agree for text without combining
    /// marks or characters outside the Basic Multilingual Plane).
    static func pad(_ text: String, toUTF16Length length: Int) -> String {
        let units = text.utf16.count
        if units <= length { return text + String(repeating: " ", count: length - units) }
        return String(decoding: Array(text.utf16.prefix(length)), as: UTF16.self)
    }
}
