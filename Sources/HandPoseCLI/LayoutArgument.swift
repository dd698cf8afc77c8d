import ArgumentParser
import HandPoseCore

/// `--layout`: the CSV layouts handpose writes.
public enum LayoutArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case long, wide, wideOneBased = "wide-one-based", named

    /// The argument that names `layout`.
    init(_ layout: SourceLayout) {
        switch layout {
        case .long: self = .long
        case .wideIndexed: self = .wide
        case .wideIndexedOneBased: self = .wideOneBased
        case .wideNamed: self = .named
        }
    }

    var sourceLayout: SourceLayout {
        switch self {
        case .long: .long
        case .wide: .wideIndexed
        case .wideOneBased: .wideIndexedOneBased
        case .named: .wideNamed
        }
    }
}

