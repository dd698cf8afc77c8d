/// Escaping and a few element helpers for the report's HTML and the inline SVG inside it.
///
/// Every string that comes from outside the renderer (names, e-mails, paths, protocol names,
/// messages, landmark names) goes through ``escape(_:)``, which replaces the five characters that
/// are special in HTML text, attribute values and XML:
///
/// | character | becomes |
/// |---|---|
/// | `&` | `&amp;` |
/// | `<` | `&lt;` |
/// | `>` | `&gt;` |
/// | `"` | `&quot;` |
/// | `'` | `&#39;` |
///
/// Only these five references are used anywhere in the page, so each SVG fragment is also
/// well-formed XML (no `&nbsp;`, which XML does not define). O(characters).
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// `<tag class="…">content</tag>`; `content` is markup, already escaped.
    static func element(_ tag: String, class className: String? = nil, _ content: String) -> String {
        let attribute = className.map { " class=\"\(escape($0))\"" } ?? ""
        return "<\(tag)\(attribute)>\(content)</\(tag)>"
    }

    /// A table row of cells (`td`, or `th` when `header`); cells are markup.
    static func row(_ cells: [String], header: Bool = false, numericFrom: Int = Int.max) -> String {
        let tag = header ? "th" : "td"
        let body = cells.enumerated().map { index, cell in
            index >= numericFrom ? "<\(tag) class=\"num\">\(cell)</\(tag)>" : "<\(tag)>\(cell)</\(tag)>"
        }
        return "<tr>" + body.joined() + "</tr>"
    }
}
