import Foundation
@testable import HandPoseAnalysis

/// Protocol documents for the protocol tests: the bundled JSON as an editable dictionary.
enum ProtocolFixtures {
    /// The bundled document `id` as JSON text.
    static func json(_ id: String) -> String {
        ProtocolLibrary.bundledDocuments.first { $0.fileName == "\(id).json" }!.json
    }

    /// The bundled document `id` as a JSON object.
    static func object(_ id: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(json(id).utf8)) as! [String: Any]
    }

    /// `object` serialised.
    static func data(_ object: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Sets (or with `nil` removes) `key` of movement `index`.
    static func setMovement(_ root: inout [String: Any], _ index: Int, _ key: String, _ value: Any?) {
        var movements = root["movements"] as! [[String: Any]]
        movements[index][key] = value
        root["movements"] = movements
    }

    /// Sets (or removes) a key of movement `index`'s filter preset parameters.
    static func setFilterParameter(_ root: inout [String: Any], _ index: Int, _ key: String, _ value: Any?) {
        var movements = root["movements"] as! [[String: Any]]
        var preset = movements[index]["filterPreset"] as! [String: Any]
        var parameters = preset["parameters"] as? [String: Any] ?? [:]
        parameters[key] = value
        preset["parameters"] = parameters
        movements[index]["filterPreset"] = preset
        root["movements"] = movements
    }

    /// A small valid protocol with the given movements.
    static func make(_ movements: [Movement], requiredMetrics: [ProtocolMetric] = [.tremorFrequency]) -> ClinicalProtocol {
        ClinicalProtocol(
            id: "test-protocol", name: "Test", version: "1.0", description: "A protocol for tests.",
            movements: movements, requiredMetrics: requiredMetrics)
    }
}
