/// A small SVG builder: shapes in user units on a `width × height` view box, styled by class names
/// that the page's style sheet defines (``ReportStyle``).
///
/// The output is an inline `<svg>` element with a `<title>` (read by screen readers and shown as a
/// tooltip), scaling to the width of its container. Text is escaped (``HTML/escape(_:)``), so the
/// fragment is well-formed XML. Coordinates are written with one decimal.
struct SVGCanvas {
    enum Anchor: String { case start, middle, end }

    let width: Double
    let height: Double
    let title: String
    private var elements: [String] = []

    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    private static func c(_ value: Double) -> String { ReportNumber.coordinate(value) }

    private static func attribute(_ className: String?) -> String {
        className.map { " class=\"\(HTML.escape($0))\"" } ?? ""
    }

    mutating func raw(_ markup: String) { elements.append(markup) }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class className: String) {
        elements.append(
            "<line x1=\"\(Self.c(x1))\" y1=\"\(Self.c(y1))\" x2=\"\(Self.c(x2))\" y2=\"\(Self.c(y2))\"\(Self.attribute(className))/>")
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, class className: String) {
        elements.append(
            "<rect x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" width=\"\(Self.c(max(0, width)))\" height=\"\(Self.c(max(0, height)))\"\(Self.attribute(className))/>")
    }

    mutating func circle(_ x: Double, _ y: Double, radius: Double, class className: String) {
        elements.append("<circle cx=\"\(Self.c(x))\" cy=\"\(Self.c(y))\" r=\"\(Self.c(radius))\"\(Self.attribute(className))/>")
    }

    /// A path through `points`, broken where a point is `nil` (a gap is not drawn across).
    mutating func path(_ points: [(x: Double, y: Double)?], class className: String, clip: String? = nil) {
        var d = ""
        var pen = false
        d.reserveCapacity(points.count * 12)
        for point in points {
            guard let point, point.x.isFinite, point.y.isFinite else {
                pen = false
                continue
            }
            d += (pen ? "L" : "M") + Self.c(point.x) + " " + Self.c(point.y)
            pen = true
        }
        guard !d.isEmpty else { return }
        let clipAttribute = clip.map { " clip-path=\"url(#\(HTML.escape($0)))\"" } ?? ""
        elements.append("<path d=\"\(d)\"\(Self.attribute(className))\(clipAttribute)/>")
    }

    /// A clip rectangle that paths can refer to by `id`.
    mutating func clipRect(id: String, _ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        elements.append(
            "<clipPath id=\"\(HTML.escape(id))\"><rect x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" width=\"\(Self.c(width))\" height=\"\(Self.c(height))\"/></clipPath>")
    }

    mutating func text(
        _ text: String, _ x: Double, _ y: Double, anchor: Anchor = .start, class className: String, rotate: Double? = nil
    ) {
        let transform = rotate.map { " transform=\"rotate(\(Self.c($0)) \(Self.c(x)) \(Self.c(y)))\"" } ?? ""
        elements.append(
            "<text x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" text-anchor=\"\(anchor.rawValue)\"\(Self.attribute(className))\(transform)>\(HTML.escape(text))</text>")
    }

    /// The `<svg>` element.
    func render(class className: String = "plot") -> String {
        "<svg viewBox=\"0 0 \(Self.c(width)) \(Self.c(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\"\(Self.attribute(className))>"
            + "<title>\(HTML.escape(title))</title>" + elements.joined() + "</svg>"
    }
}
