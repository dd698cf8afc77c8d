import HandPoseCore

/// Writes a ``Recording`` as CSV in any of the layouts the reader accepts.
///
/// | layout | header | rows |
/// |---|---|---|
/// | `.long` | `t_s,frame,hand,landmark,x,y,z` | one per frame, present hand and landmark (0-20) |
/// | `.wideIndexed` | `t_s,frame,hand,x0,y0,z0,…,x20,y20,z20` | one per frame and present hand |
/// | `.wideIndexedOneBased` | `t_s,frame,hand,x1,y1,z1,…,x21,y21,z21` | one per frame and present hand |
/// | `.wideNamed` | `t_s,frame,left_wrist_x,…,right_pinky_tip_z` | one per frame; absent hand → empty fields |
///
/// Hands are written left first; ``HandSide`` raw values (`left`, `right`) label them. The frame
/// column holds `recording.frameNumbers`, or the frame index when there are none. A missing
/// value (NaN) is an empty field. A hand absent in a frame has no rows in the long and indexed
/// layouts and empty fields in the named layout; `.wideNamed` has columns only for the hands the
/// recording has a track for.
///
/// Numbers use Swift's shortest round-trip formatting (`Double.description`: `0.016667`,
/// `-12.5`, `1e-05`), so reading the file back gives exactly the same `Double` values. With
/// `coordinateDecimals`, coordinates are first rounded to that many decimal places (0-15), which
/// keeps files small when full double precision means nothing (a pose estimator's output has about
/// seven significant digits); time is always written exactly.
///
/// With `includeMetadata`, a `# key: value` preamble comes first: `coord_space` (`world_m`,
/// `world_mm`, `image_normalized`, `image_pixels`), `image_width` and `image_height` when the
/// image size is known, `mm_per_unit` for a calibrated image space, then every entry of
/// `recording.metadata` in key order.
public enum RecordingWriter {
    /// Writes `recording` to the file at `path` (created or truncated; `-` means standard output),
    /// streaming through a reused 64 KiB byte buffer.
    ///
    /// - Throws: ``RecordingWriterError`` when the file cannot be opened or written.
    /// - Complexity: O(frames × hands × 63); memory O(buffer), independent of the recording size.
    public static func write(
        _ recording: Recording, layout: SourceLayout, to path: String, includeMetadata: Bool = true,
        coordinateDecimals: Int? = nil
    ) throws {
        precondition(coordinateDecimals.map { (0...15).contains($0) } ?? true, "coordinateDecimals must be 0...15")
        let file = try WriterOutputFile(path: path)
        var buffer = WriterByteBuffer(flushThreshold: 1 << 16) { bytes in try file.write(bytes) }
        try WriterLayoutEncoder(recording: recording, layout: layout, coordinateDecimals: coordinateDecimals).encode(
            into: &buffer, includeMetadata: includeMetadata)
        try buffer.flush()
        try file.close()
    }

    /// The CSV text of `recording`, for tests and small data.
    public static func csv(
        _ recording: Recording, layout: SourceLayout, includeMetadata: Bool = true, coordinateDecimals: Int? = nil
    ) -> String {
        precondition(coordinateDecimals.map { (0...15).contains($0) } ?? true, "coordinateDecimals must be 0...15")
        var buffer = WriterByteBuffer(flushThreshold: .max, sink: nil)
        // Without a sink nothing can throw.
        try! WriterLayoutEncoder(recording: recording, layout: layout, coordinateDecimals: coordinateDecimals).encode(
            into: &buffer, includeMetadata: includeMetadata)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}

/// A file could not be opened or written by ``RecordingWriter``.
public struct RecordingWriterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong. Extensible: new codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name.
        public var rawValue: String
        /// Creates a code; prefer the named constants.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The file could not be created or opened for writing.
        public static let cannotOpen = Code(rawValue: "cannotOpen")
        /// Writing or closing the file failed (disk full, I/O error).
        public static let writeFailed = Code(rawValue: "writeFailed")
    }

    /// What went wrong.
    public var code: Code
    /// The path of the file.
    public var path: String
    /// The system's reason (`No such file or directory`, …).
    public var reason: String

    /// Creates an error for the file at `path`.
    public init(_ code: Code, path: String, reason: String) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    /// `path: error: …`, one line for the command line.
    public var description: String {
        switch code {
        case .cannotOpen: "\(path): error: cannot open for writing: \(reason)"
        default: "\(path): error: cannot write: \(reason)"
        }
    }
}
