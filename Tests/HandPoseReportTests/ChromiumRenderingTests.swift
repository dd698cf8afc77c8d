import Foundation
import Testing

/// The report as a browser shows it: headless Chromium loads the page from disk, and the test
/// checks what it drew. Skipped without Chromium, except in CI (`CI=true`), where `.ci/run`
/// installs it and a missing browser is a failure.
///
/// Non-blankness is checked on the decoded screenshot pixels, not on file sizes: a blank page of
/// the same size, shot the same way, is the control (one colour only); the report must show many
/// colours, the tremor band's exact fill colour over a large area (the SVG spectra were drawn),
/// the asymmetry bars' and curves' blue, the verdict box's green background (the style sheet
/// applied) and dark text pixels. Chromium's DOM dump must hold the key numbers and every SVG.
@Suite("Report in headless Chromium", .serialized)
struct ChromiumRenderingTests {
    static let available = HeadlessChromium.executable != nil

    @Test("CI provides Chromium", .enabled(if: HeadlessChromium.required))
    func required() {
        #expect(Self.available, "CI=true but no Chromium was found (HANDPOSE_CHROMIUM or chromium on PATH): the rendering tests would be skipped")
    }

    @Test("the screenshot is not blank: charts, colours and text are drawn", .enabled(if: available))
    func screenshot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let blankPage = folder.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>".write(to: blankPage, atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("report.html")
        try ReportFixtures.twoHands.report().html().write(to: page, atomically: true, encoding: .utf8)

        let width = 800, height = 2600
        let blank = try HeadlessChromium.screenshot(blankPage, width: width, height: height, in: folder)
        #expect(blank.width == width && blank.height == height)
        #expect(Set(blank.colours).count == 1, "the blank control should be one colour")

        let shot = try HeadlessChromium.screenshot(page, width: width, height: height, in: folder)
        #expect(shot.width == width && shot.height == height)
        var histogram: [Int: Int] = [:]
        var dark = 0, nonWhite = 0
        for colour in shot.colours {
            histogram[colour, default: 0] += 1
            let r = colour >> 16, g = colour >> 8 & 0xff, b = colour & 0xff
            if r < 100 && g < 100 && b < 100 { dark += 1 }
            if colour != 0xffffff { nonWhite += 1 }
        }
        let pixels = width * height
        #expect(histogram.count > 200, "\(histogram.count) distinct colours")
        #expect(nonWhite > pixels / 20, "\(nonWhite) of \(pixels) pixels are not white")
        #expect(histogram[0xfde6c4, default: 0] > 20_000, "tremor band fill: \(histogram[0xfde6c4, default: 0]) pixels")
        #expect(histogram[0x1f5fa8, default: 0] > 2_000, "bars and curves: \(histogram[0x1f5fa8, default: 0]) pixels")
        #expect(histogram[0xeef7ee, default: 0] > 20_000, "verdict box: \(histogram[0xeef7ee, default: 0]) pixels")
        #expect(dark > 5_000, "\(dark) dark (text) pixels")
    }

    @Test("Chromium's DOM holds the key numbers, the verdict and every SVG", .enabled(if: available))
    func dom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-dom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = ReportFixtures.twoHands.report(earlier: TrendFixtures.points).html()
        let page = folder.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let dom = try HeadlessChromium.run(["--dump-dom", page.absoluteString], in: folder)
        for text in ["Recording quality: good", "4.60 Hz, 1.54 mm", "5.20 Hz, 3.01 mm", "Trend over earlier sessions", "not a diagnosis"] {
            #expect(dom.contains(text), "the DOM lacks \(text)")
        }
        #expect(dom.components(separatedBy: "<svg").count == html.components(separatedBy: "<svg").count)
    }
}
