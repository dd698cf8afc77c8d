#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Strict decoding support for protocol documents: unknown keys are refused, enum values are checked
/// against their known names, and `JSONDecoder`'s `DecodingError`s become ``AnalysisError``s whose
/// `field` is a JSON path such as `movements[1].tremorBandHz`.
enum ProtocolDecoding {
    /// Any key of a JSON object, for listing the keys a document actually holds.
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            self.stringValue = "\(intValue)"
            self.intValue = intValue
        }
    }

    /// Throws a `dataCorrupted` error at the first key of the object being decoded that is not in
    /// `known`, naming the closest known key when one is near (a likely typo).
    ///
    /// Complexity: O(k·n) for k keys in the object and n known keys, plus the edit distances of a
    /// stray key.
    static func rejectUnknownKeys(in decoder: any Decoder, known: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let knownSet = Set(known)
        // Sorted so that the error names the same key on every run (JSON objects are unordered).
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !knownSet.contains(key.stringValue) {
            var message = "unknown field \"\(key.stringValue)\""
            if let suggestion = closest(to: key.stringValue, among: known) {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            message += "; known fields: \(known.joined(separator: ", "))"
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key], debugDescription: message))
        }
    }

    /// Decodes a string enum, refusing an unknown value with a message that lists the known ones.
    static func decodeEnum<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, from decoder: any Decoder, what: String
    ) throws -> Value where Value.RawValue == String {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Value(rawValue: raw) else {
            let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown \(what) \"\(raw)\"; known: \(known)"))
        }
        return value
    }

    /// The JSON path of a coding path: `movements[1].tremorBandHz`; empty for the document itself.
    static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }

    /// Converts whatever `JSONDecoder` threw into an ``AnalysisError`` with code `invalidProtocol`,
    /// the document's `path` and the offending `field`.
    static func analysisError(from error: any Error, path: String?) -> AnalysisError {
        if let error = error as? AnalysisError { return error }
        guard let decodingError = error as? DecodingError else {
            return AnalysisError(.invalidProtocol, path: path, "\(error)")
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            return AnalysisError(
                .invalidProtocol, path: path, field: fieldName(context.codingPath + [key]), "missing required field")
        case .typeMismatch(let type, let context):
            return AnalysisError(
                .invalidProtocol, path: path, field: fieldName(context.codingPath), "wrong type: expected \(jsonTypeName(type))")
        case .valueNotFound(let type, let context):
            return AnalysisError(
                .invalidProtocol, path: path, field: fieldName(context.codingPath), "is null: expected \(jsonTypeName(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                #if canImport(FoundationEssentials)
                // swift-foundation's JSONDecoder attaches no underlying error outside Apple's platforms.
                let underlying: String? = nil
                #else
                let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
                #endif
                return AnalysisError(
                    .invalidProtocol, path: path, "not a valid JSON document: \(underlying ?? context.debugDescription)")
            }
            return AnalysisError(.invalidProtocol, path: path, field: fieldName(context.codingPath), context.debugDescription)
        @unknown default:
            return AnalysisError(.invalidProtocol, path: path, "\(decodingError)")
        }
    }

    /// The JSON path, or `(document)` for the top level.
    private static func fieldName(_ codingPath: [any CodingKey]) -> String {
        let path = jsonPath(codingPath)
        return path.isEmpty ? "(document)" : path
    }

    /// A JSON word for a Swift type `JSONDecoder` expected.
    static func jsonTypeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "String": return "a string"
        case "Bool": return "true or false"
        case "Int", "Int64", "UInt64", "Int32", "UInt32": return "an integer"
        case "Double", "Float": return "a number"
        default:
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
            if name.hasPrefix("Dictionary") || name.contains("KeyedDecodingContainer") { return "an object" }
            if name.contains("UnkeyedDecodingContainer") { return "an array" }
            return name
        }
    }

    /// The known name within edit distance 2 (or sharing a long prefix) of `word`, if any.
    static func closest(to word: String, among known: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for name in known {
            let distance = editDistance(lowered, name.lowercased())
            if distance <= 2, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        if let best { return best.name }
        // A missing unit suffix (`tremorBand` for `tremorBandHz`) or an extra one.
        return known.first { $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased()) }
    }

    /// Levenshtein distance, O(|a|·|b|) time, O(|b|) memory.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension KeyedDecodingContainer {
    /// Decodes an integer, naming the field when the number is fractional or out of range: this
    /// toolchain's `JSONDecoder` reports that case with an internal error that only becomes "not
    /// valid JSON" without a coding path at the top level.
    func decodeWholeNumber<T: FixedWidthInteger & Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        do {
            return try decode(T.self, forKey: key)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw wholeNumberError(T.self, key)
        }
    }

    /// ``decodeWholeNumber(_:forKey:)`` for an optional field.
    func decodeWholeNumberIfPresent<T: FixedWidthInteger & Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        do {
            return try decodeIfPresent(T.self, forKey: key)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw wholeNumberError(T.self, key)
        }
    }

    private func wholeNumberError<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: "must be a whole number from \(T.min) to \(T.max)"))
    }
}
