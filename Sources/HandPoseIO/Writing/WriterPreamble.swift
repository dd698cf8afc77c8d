import HandPoseCore

/// The `# key: value` metadata lines written before the CSV header.
enum WriterPreamble {
    /// The file spelling of each coordinate space (`coord_space` key).
    static func name(of space: CoordinateSpace) -> String {
        switch space {
        case .worldMetres: "world_m"
        case .worldMillimetres: "world_mm"
        case .imageNormalized: "image_normalized"
        case .imagePixels: "image_pixels"
        }
    }

    /// The preamble entries in order: `coord_space`, `image_width`, `image_height`, `mm_per_unit`
    /// (image spaces with a calibration only), then `recording.metadata` sorted by key, skipping
    /// keys already written. Line breaks in keys or values become spaces.
    static func entries(of recording: Recording) -> [(String, String)] {
        let spatial = recording.spatial
        var entries = [("coord_space", name(of: spatial.space))]
        if let size = spatial.imageSize {
            entries.append(("image_width", String(size.width)))
            entries.append(("image_height", String(size.height)))
        }
        if spatial.space.intrinsicMillimetresPerUnit == nil, let scale = spatial.millimetresPerUnit {
            entries.append(("mm_per_unit", scale.description))
        }
        let written = Set(entries.map(\.0))
        for key in recording.metadata.keys.sorted() where !written.contains(key) {
            entries.append((singleLine(key), singleLine(recording.metadata[key]!)))
        }
        return entries
    }

    private static func singleLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
