import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// `--format text|json`: a human-readable report or the JSON document of the output contract.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}

/// Encodes machine output: stable key order, no escaped slashes, pretty-printed.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try CanonicalJSONEncoder().encode(value), as: UTF8.self)
    }
}
