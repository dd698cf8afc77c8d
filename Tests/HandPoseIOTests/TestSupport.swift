import HandPoseCore
@testable import HandPoseIO
import Testing

/// Reads inline CSV text with the default chunk size (or a tiny one to cross chunk boundaries).
func readCSV(_ text: String, name: String = "test.csv", options: IngestOptions = .init(), chunkSize: Int? = nil) throws(IngestError) -> Recording {
    if let chunkSize {
        return try RecordingReader.read(bytes: Array(text.utf8), name: name, options: options, chunkSize: chunkSize)
    }
    return try RecordingReader.read(bytes: Array(text.utf8), name: name, options: options)
}

/// The error that reading `text` throws, or `nil` (recorded as a failure) when it reads fine.
func readError(_ text: String, options: IngestOptions = .init(), sourceLocation: SourceLocation = #_sourceLocation) -> IngestError? {
    do {
        _ = try readCSV(text, options: options)
        Issue.record("expected an ingest error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// A plausible landmark position: the wrist at the centre, the middle-finger MCP at distance `length`.
func syntheticPosition(_ landmark: Int, frame: Int, centre: (Double, Double), length: Double, handOffset: Double = 0) -> (Double, Double, Double) {
    let wobble = 0.01 * length * Double(frame % 7)
    let x = centre.0 + handOffset + length * 0.5 * _sin(Double(landmark) * 0.7) + wobble
    let y = centre.1 - length * Double(landmark) / 9
    let z = landmark == 0 ? 0 : -0.1 * length * Double(landmark % 5)
    return (x, y, z)
}

/// A Taylor-series sine good enough for test data (no Foundation needed).
func _sin(_ x: Double) -> Double {
    var angle = x.truncatingRemainder(dividingBy: 2 * .pi)
    if angle > .pi { angle -= 2 * .pi }
    var term = angle, sum = angle
    for n in 1..<12 {
        term *= -angle * angle / Double((2 * n) * (2 * n + 1))
        sum += term
    }
    return sum
}

/// A long-layout CSV: `t_s,frame,hand,landmark,x,y,z`, `frames` frames at `fps` for the given hands.
func longCSV(
    frames: Int, hands: [String] = ["left", "right"], fps: Double = 30, centre: (Double, Double) = (0.5, 0.6),
    length: Double = 0.1, timeHeader: String = "t_s", timeOf: ((Int) -> String)? = nil
) -> String {
    var lines = ["\(timeHeader),frame,hand,landmark,x,y,z"]
    for frame in 0..<frames {
        let time = timeOf?(frame) ?? String(Double(frame) / fps)
        for (handIndex, hand) in hands.enumerated() {
            for landmark in 0..<21 {
                let (x, y, z) = syntheticPosition(landmark, frame: frame, centre: centre, length: length, handOffset: Double(handIndex) * length * 2)
                lines.append("\(time),\(frame),\(hand),\(landmark),\(x),\(y),\(z)")
            }
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Header names `x0,y0,z0 … x20,y20,z20` built by `name(axis, index)`.
func wideHeader(_ name: (String, Int) -> String, range: ClosedRange<Int> = 0...20, z: Bool = true) -> [String] {
    range.flatMap { index in (z ? ["x", "y", "z"] : ["x", "y"]).map { name($0, index) } }
}

/// One wide row of 21 landmarks (x, y[, z]) for `frame`.
func wideValues(frame: Int, length: Double = 0.1, centre: (Double, Double) = (0.5, 0.6), z: Bool = true) -> [String] {
    (0..<21).flatMap { landmark -> [String] in
        let (x, y, zz) = syntheticPosition(landmark, frame: frame, centre: centre, length: length)
        return z ? ["\(x)", "\(y)", "\(zz)"] : ["\(x)", "\(y)"]
    }
}

/// A wide CSV with the given header names and `frames` rows of `prefix` fields then 21 landmarks.
func wideCSV(header: [String], frames: Int, prefix: (Int) -> [String], length: Double = 0.1, z: Bool = true) -> String {
    var lines = [header.joined(separator: ",")]
    for frame in 0..<frames {
        lines.append((prefix(frame) + wideValues(frame: frame, length: length, z: z)).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Whether two doubles are equal, NaN equal to NaN.
func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
