import HandPoseCore

/// What one column of the file means to the reader.
enum ColumnRole: UInt8 {
    /// Not used (parsed only to find the next field).
    case ignored
    case time
    case frame
    case hand
    case handScore
    case landmark
    /// A coordinate stored in the row scratch at the column's slot.
    case coordinate
    /// A confidence (`conf`, `visibility`, `presence`): checked to be a number, not stored.
    case confidence
}

/// The meaning of every column of a file, decided from its header by ``LayoutDetector``.
struct Schema {
    var layout: SourceLayout
    /// Header names as written (unquoted, trimmed).
    var columnNames: [String]
    var roles: [ColumnRole]
    /// For `.coordinate` columns: index into the row scratch, `group * 63 + landmark * 3 + axis`
    /// (wide) or the axis (long); -1 for other columns.
    var slots: [Int]

    var timeColumn: Int?
    /// The time unit declared by the time column's name (`t_ms` → milliseconds), `nil` when it must be inferred.
    var declaredTimeUnit: TimeBase.Source?
    var frameColumn: Int?
    var handColumn: Int?
    var scoreColumn: Int?
    var landmarkColumn: Int?
    /// Whether a z coordinate exists: per axis slot group for wide layouts (`group * 21 + landmark`),
    /// one entry for long.
    var hasZ: [Bool]
    /// Wide layouts: the hand of each group of 63 slots; `nil` means "from the hand column or the
    /// assumed hand". Long layouts: one `nil` group.
    var groups: [HandSide?]

    var columnCount: Int { columnNames.count }
}

/// Column names the reader recognises, after ``LayoutDetector/normalize(_:)``.
enum ColumnNames {
    static let time: [(String, TimeBase.Source?)] = [
        ("t_s", .seconds), ("timestamp", nil), ("t", nil), ("time", nil), ("time_s", .seconds),
        ("timestamp_s", .seconds), ("timestamp_sec", .seconds), ("time_sec", .seconds), ("t_sec", .seconds),
        ("t_ms", .milliseconds), ("time_ms", .milliseconds), ("timestamp_ms", .milliseconds),
        ("t_us", .microseconds), ("time_us", .microseconds), ("timestamp_us", .microseconds), ("time_stamp", nil),
    ]
    static let frame = ["frame", "frame_number", "frame_idx", "frame_id", "frame_index", "fnum", "frame_num"]
    static let hand = ["hand", "handedness", "side", "hand_label", "chirality"]
    static let handScore = ["hand_score", "handedness_score", "score"]
    static let landmark = ["landmark", "landmark_id", "landmark_index", "landmark_name", "keypoint"]
    static let confidence = ["conf", "confidence", "visibility", "presence", "likelihood"]
    /// Hand prefixes of wide columns, longest first.
    static let handPrefixes: [(String, HandSide)] = [
        ("left_hand_", .left), ("right_hand_", .right), ("lefthand_", .left), ("righthand_", .right),
        ("left_", .left), ("right_", .right), ("lh_", .left), ("rh_", .right),
    ]
}

/// Decides the layout of a file from its header.
///
/// Three layouts are tried; exactly one must match, otherwise the error lists what each attempt found.
/// | layout | signature |
/// |---|---|
/// | long | a landmark column and `x`, `y` columns |
/// | wide indexed | `x0…x20` and `y0…y20` (also `x_0`, `lm0_x`, `landmark_0_x`), or `x1…x21` without `x0` |
/// | wide named | `x` and `y` of all 21 landmarks by name (`WRIST_x`, `index_finger_mcp.y`), optionally hand-prefixed |
enum LayoutDetector {
    /// Lowercases, trims, and turns the separators ` `, `.`, `-`, `/` into `_` (collapsing repeats).
    static func normalize(_ name: String) -> String {
        var result = ""
        var lastWasSeparator = true
        for character in name.lowercased() {
            if character == " " || character == "." || character == "-" || character == "/" || character == "_" {
                if !lastWasSeparator { result.append("_") }
                lastWasSeparator = true
            } else {
                result.append(character)
                lastWasSeparator = false
            }
        }
        if result.hasSuffix("_") { result.removeLast() }
        return result
    }

    /// One coordinate named by a wide column.
    struct WideColumn {
        var side: HandSide?
        var landmarkNumber: Int
        var axis: Axis
    }

    /// Splits a hand prefix off a normalized name.
    static func stripHandPrefix(_ name: String) -> (HandSide?, Substring) {
        for (prefix, side) in ColumnNames.handPrefixes where name.hasPrefix(prefix) && name.count > prefix.count {
            return (side, name.dropFirst(prefix.count))
        }
        return (nil, name[...])
    }

    static func axis(_ character: Character) -> Axis? {
        switch character {
        case "x": .x
        case "y": .y
        case "z": .z
        default: nil
        }
    }

    /// `x0`, `x_0`, `lm0_x`, `lm_0_x`, `landmark_0_x`, `landmark0x` → number and axis.
    static func indexedColumn(_ name: String) -> WideColumn? {
        let (side, rest) = stripHandPrefix(name)
        if let first = rest.first, let axis = axis(first) {
            var digits = rest.dropFirst()
            if digits.first == "_" { digits = digits.dropFirst() }
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0, number < 1000 {
                return WideColumn(side: side, landmarkNumber: number, axis: axis)
            }
        }
        for stem in ["landmark", "lm"] where rest.hasPrefix(stem) {
            var body = rest.dropFirst(stem.count)
            guard let last = body.last, let axis = axis(last) else { continue }
            body = body.dropLast()
            if body.first == "_" { body = body.dropFirst() }
            if body.last == "_" { body = body.dropLast() }
            if !body.isEmpty, body.allSatisfy(\.isASCII), let number = Int(body), number >= 0, number < 1000 {
                return WideColumn(side: side, landmarkNumber: number, axis: axis)
            }
        }
        return nil
    }

    /// `WRIST_x`, `index_finger_mcp_y`, `left_hand_thumb_tip_z`, `thumbTip_X` → landmark and axis.
    static func namedColumn(_ name: String) -> WideColumn? {
        let (side, rest) = stripHandPrefix(name)
        guard let last = rest.last, let axis = axis(last) else { return nil }
        var body = rest.dropLast()
        if body.last == "_" { body = body.dropLast() }
        guard let landmark = LandmarkNames.landmark(named: body) else { return nil }
        return WideColumn(side: side, landmarkNumber: landmark.rawValue, axis: axis)
    }

    /// Builds the schema for a header, or explains why no single layout matches.
    static func schema(
        header: [String], options: IngestOptions, path: String, headerLine: Int
    ) throws(IngestError) -> Schema {
        let normalized = header.map(normalize)
        func firstColumn(_ names: [String]) -> Int? { normalized.firstIndex { names.contains($0) } }

        var timeColumn: Int?
        var declaredUnit: TimeBase.Source?
        for (index, name) in normalized.enumerated() {
            if let entry = ColumnNames.time.first(where: { $0.0 == name }) {
                timeColumn = index
                declaredUnit = entry.1
                break
            }
        }
        let frameColumn = firstColumn(ColumnNames.frame)
        let handColumn = firstColumn(ColumnNames.hand)
        let scoreColumn = firstColumn(ColumnNames.handScore)
        let landmarkColumn = firstColumn(ColumnNames.landmark)
        let xColumn = normalized.firstIndex(of: "x")
        let yColumn = normalized.firstIndex(of: "y")
        let zColumn = normalized.firstIndex(of: "z")

        // Try every layout and keep a sentence about each.
        var matches: [(SourceLayout, String)] = []
        var tried: [String] = []

        if let landmarkColumn, xColumn != nil, yColumn != nil {
            matches.append((.long, "long (landmark column \"\(header[landmarkColumn])\" with x, y)"))
        } else {
            var missing: [String] = []
            if landmarkColumn == nil { missing.append("a landmark column (\(ColumnNames.landmark.joined(separator: ", ")))") }
            if xColumn == nil || yColumn == nil { missing.append("x and y columns") }
            tried.append("long: no \(missing.joined(separator: " and no "))")
        }

        let indexed = normalized.enumerated().compactMap { entry in indexedColumn(entry.element).map { (entry.offset, $0) } }
        let named = normalized.enumerated().compactMap { entry in namedColumn(entry.element).map { (entry.offset, $0) } }

        let indexedPlan = widePlan(indexed, oneBasedAllowed: true)
        if let plan = indexedPlan.plan {
            let oneBased = plan.oneBased
            matches.append((oneBased ? .wideIndexedOneBased : .wideIndexed,
                            oneBased ? "wide indexed one-based (x1…x21)" : "wide indexed (x0…x20)"))
        } else {
            tried.append("wide indexed: \(indexedPlan.explanation)")
        }
        let namedPlan = widePlan(named, oneBasedAllowed: false)
        if namedPlan.plan != nil {
            matches.append((.wideNamed, "wide named (WRIST_x … PINKY_TIP_y)"))
        } else {
            tried.append("wide named: \(namedPlan.explanation)")
        }

        guard !matches.isEmpty else {
            throw IngestError(
                .unknownLayout, path: path, line: headerLine,
                message: "the header matches no known layout; tried \(tried.joined(separator: "; "))")
        }
        guard matches.count == 1, let (layout, _) = matches.first else {
            throw IngestError(
                .ambiguousLayout, path: path, line: headerLine,
                message: "the header matches several layouts: \(matches.map(\.1).joined(separator: ", ")); "
                    + "rename or remove the columns of the layout the file is not in")
        }

        var roles = [ColumnRole](repeating: .ignored, count: header.count)
        var slots = [Int](repeating: -1, count: header.count)
        var hasZ: [Bool]
        var groups: [HandSide?]
        if let timeColumn { roles[timeColumn] = .time }
        if let frameColumn { roles[frameColumn] = .frame }
        if let scoreColumn { roles[scoreColumn] = .handScore }
        for (index, name) in normalized.enumerated() where ColumnNames.confidence.contains(name) { roles[index] = .confidence }

        if layout == .long {
            guard let landmarkColumn, let xColumn, let yColumn else { preconditionFailure("long layout without its columns") }
            roles[landmarkColumn] = .landmark
            if let handColumn { roles[handColumn] = .hand }
            roles[xColumn] = .coordinate; slots[xColumn] = 0
            roles[yColumn] = .coordinate; slots[yColumn] = 1
            if let zColumn { roles[zColumn] = .coordinate; slots[zColumn] = 2 }
            hasZ = [zColumn != nil]
            groups = [nil]
        } else {
            guard let plan = (layout == .wideNamed ? namedPlan : indexedPlan).plan else { preconditionFailure("wide layout without a plan") }
            groups = plan.groups
            hasZ = [Bool](repeating: false, count: groups.count * Landmark.count)
            var owner = [Int: Int]()
            for (column, wide) in plan.columns {
                guard let group = groups.firstIndex(where: { $0 == wide.side }) else { continue }
                let landmark = wide.landmarkNumber - (plan.oneBased ? 1 : 0)
                let slot = group * Channel.count + landmark * 3 + wide.axis.rawValue
                if let previous = owner[slot] {
                    throw IngestError(
                        .ambiguousLayout, path: path, line: headerLine,
                        message: "columns \"\(header[previous])\" and \"\(header[column])\" both name "
                            + "\(Channel(Landmark(rawValue: landmark) ?? .wrist, wide.axis))\(wide.side.map { " of the \($0) hand" } ?? ""); keep one")
                }
                owner[slot] = column
                roles[column] = .coordinate
                slots[column] = slot
                if wide.axis == .z { hasZ[group * Landmark.count + landmark] = true }
            }
            if groups == [nil], let handColumn { roles[handColumn] = .hand }
        }

        let needsHand = groups.contains { $0 == nil }
        let handAvailable = layout == .long ? handColumn != nil : (handColumn != nil)
        if needsHand && !handAvailable && options.assumedHand == nil {
            throw IngestError(
                .missingHand, path: path, line: headerLine,
                message: "the file has no hand column (\(ColumnNames.hand.joined(separator: ", "))) and no "
                    + "hand-prefixed columns, so nothing says which hand it holds; pass --hand left|right")
        }

        return Schema(
            layout: layout, columnNames: header, roles: roles, slots: slots, timeColumn: timeColumn,
            declaredTimeUnit: declaredUnit, frameColumn: frameColumn,
            handColumn: roles.firstIndex(of: .hand), scoreColumn: scoreColumn,
            landmarkColumn: layout == .long ? landmarkColumn : nil, hasZ: hasZ, groups: groups)
    }

    struct WidePlan {
        var groups: [HandSide?]
        var oneBased: Bool
        var columns: [(Int, WideColumn)]
    }

    /// Chooses the hand groups and index base of wide columns: every group must have x and y of all 21 landmarks.
    static func widePlan(_ columns: [(Int, WideColumn)], oneBasedAllowed: Bool) -> (plan: WidePlan?, explanation: String) {
        guard !columns.isEmpty else { return (nil, "no matching columns") }
        let oneBased: Bool = oneBasedAllowed
            && columns.contains { $0.1.axis == .x && $0.1.landmarkNumber == 21 }
            && !columns.contains { $0.1.axis == .x && $0.1.landmarkNumber == 0 }
        let range = oneBased ? 1...21 : 0...20
        var complete: [HandSide?] = []
        var best = 0
        for side in [nil, HandSide.left, HandSide.right] as [HandSide?] {
            var found = 0
            for number in range {
                let hasX = columns.contains { $0.1.side == side && $0.1.landmarkNumber == number && $0.1.axis == .x }
                let hasY = columns.contains { $0.1.side == side && $0.1.landmarkNumber == number && $0.1.axis == .y }
                if hasX && hasY { found += 1 }
            }
            best = max(best, found)
            if found == 21 { complete.append(side) }
        }
        if complete.count > 1 { complete.removeAll { $0 == nil } }
        guard !complete.isEmpty else {
            return (nil, "found x and y for \(best) of 21 landmarks")
        }
        let used = columns.filter { range.contains($0.1.landmarkNumber) && complete.contains($0.1.side) }
        return (WidePlan(groups: complete, oneBased: oneBased, columns: used), "")
    }
}
