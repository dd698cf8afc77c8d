#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SimulationTruth {
    /// The truth as pretty-printed JSON with sorted keys (stable across runs), ending in a newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Decodes a truth document written by ``jsonData()``.
    public static func decode(from data: Data) throws -> SimulationTruth {
        try JSONDecoder().decode(SimulationTruth.self, from: data)
    }
}
