import Foundation
import Testing

/// The golden reference vectors in `Fixtures/golden/golden.json` (scipy, PyWavelets, filterpy and the
/// SPARC/LDLJ authors' algorithm; see `Fixtures/golden/README.md` for their provenance).
public enum Golden {
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/golden.json")

    /// The whole document, parsed once.
    nonisolated(unsafe) public static let document: [String: Any] = {
        do {
            let data = try Data(contentsOf: url)
            return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The object at a key path, e.g. `Golden.object("butterworth", "lowpass_o4_6hz_fs30")`.
    public static func object(_ path: String...) -> [String: Any] {
        var current: Any = document
        for key in path {
            guard let next = (current as? [String: Any])?[key] else { fatalError("golden.json has no \(path.joined(separator: "."))") }
            current = next
        }
        guard let object = current as? [String: Any] else { fatalError("golden.json \(path.joined(separator: ".")) is not an object") }
        return object
    }

    /// A number array (JSON numbers, or strings such as "NaN").
    public static func doubles(_ value: Any?) -> [Double] {
        guard let array = value as? [Any] else { fatalError("expected an array, got \(String(describing: value))") }
        return array.map(double)
    }

    /// A matrix as rows of numbers.
    public static func rows(_ value: Any?) -> [[Double]] {
        guard let array = value as? [Any] else { fatalError("expected an array of rows, got \(String(describing: value))") }
        return array.map { doubles($0) }
    }

    /// One number.
    public static func double(_ value: Any?) -> Double {
        switch value {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text) ?? .nan
        default: fatalError("expected a number, got \(String(describing: value))")
        }
    }

    /// The input series `inputs.<name>` (x_a, x_b, x_c, z_d) with its sample rate when given.
    public static func input(_ name: String) -> [Double] {
        let inputs = object("inputs")
        if let series = inputs[name] as? [Any] { return series.map(double) }
        if let block = inputs[name] as? [String: Any] {
            for key in ["x", "values", "data", "z"] where block[key] != nil { return doubles(block[key]) }
        }
        fatalError("golden.json inputs has no series \(name)")
    }
}

/// Expects `actual` to match `expected` elementwise within `relative` of the signal scale (the
/// largest magnitude in `expected`) plus `absolute`; reports the worst index on failure.
public func expectClose(
    _ actual: [Double], _ expected: [Double], relative: Double = 1e-10, absolute: Double = 1e-12,
    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.count == expected.count else {
        Issue.record("\(label): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    let scale = expected.reduce(0) { max($0, abs($1)) }
    var worst = 0, worstError = 0.0
    for index in actual.indices {
        let error = abs(actual[index] - expected[index])
        if error > worstError || (error.isNaN && !worstError.isNaN) { worst = index; worstError = error }
    }
    let tolerance = relative * scale + absolute
    if !(worstError <= tolerance) {
        Issue.record(
            "\(label): worst error \(worstError) at [\(worst)] (actual \(actual[worst]), expected \(expected[worst])) exceeds \(tolerance)",
            sourceLocation: sourceLocation)
    }
}
