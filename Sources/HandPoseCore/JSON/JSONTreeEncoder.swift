#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `Encoder` behind ``CanonicalJSONEncoder``: turns a value into a ``JSONTree``.
///
/// Scalars passed generically (the elements of `[Double]`, say) are recognised by comparing type
/// metadata (`T.self == Double.self`), never by a cast to a protocol, which is what makes the Swift
/// runtime scan the binary's conformances.
struct JSONTreeEncoder: Encoder {
    /// A `Date`, `Data`, `URL` or `Decimal`, which `JSONEncoder` writes its own way: the whole value
    /// goes to `JSONEncoder` instead.
    struct SpecialType: Error {}

    let slot: JSONSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The tree of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` when `value` encodes nothing (as `JSONEncoder`).
    static func tree<T: Encodable>(of value: T) throws -> JSONTree {
        if let scalar = scalar(value) { return scalar }
        if isSpecial(T.self) { throw SpecialType() }
        let slot = JSONSlot()
        try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: []))
        guard let root = slot.value else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return root
    }

    private static func isSpecial(_ type: Any.Type) -> Bool {
        type == Date.self || type == Data.self || type == URL.self || type == Decimal.self
    }

    static func tree<T: Encodable>(of value: T, codingPath: [any CodingKey]) throws -> JSONTree {
        if let scalar = scalar(value) { return scalar }
        if isSpecial(T.self) { throw SpecialType() }
        let slot = JSONSlot()
        try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: codingPath))
        return slot.value ?? .object(JSONObjectBox())
    }

    /// The node of a standard scalar passed generically, or `nil`.
    private static func scalar<T>(_ value: T) -> JSONTree? {
        if T.self == Double.self { return number(unsafeBitCast(value, to: Double.self)) }
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .number(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Float.self { return number(unsafeBitCast(value, to: Float.self)) }
        return nil
    }

    /// A finite number as `JSONEncoder` writes it (Swift's shortest round-trip text without a
    /// trailing `.0`); NaN and ±∞ as the strings `NaN`, `Infinity`, `-Infinity`.
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> JSONTree {
        guard value.isFinite else { return .string(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing) = slot.value {
            box = existing
        } else {
            box = JSONObjectBox()
            slot.value = .object(box)
        }
        return KeyedEncodingContainer(KeyedContainer(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = slot.value {
            box = existing
        } else {
            box = JSONArrayBox()
            slot.value = .array(box)
        }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(slot: slot, codingPath: codingPath)
    }
}

/// A key for array positions in coding paths (`Index 3`, as `JSONEncoder` names them).
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let codingPath: [any CodingKey]

    private func put(_ node: JSONTree, _ key: Key) { box.members[key.stringValue] = node }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(JSONTreeEncoder.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(JSONTreeEncoder.number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.number(String(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        put(try JSONTreeEncoder.tree(of: value, codingPath: codingPath + [key]), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        put(.object(nested), key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        put(.array(nested), key)
        return UnkeyedContainer(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let slot = JSONSlot()
        box.members["super"] = .slot(slot)
        return JSONTreeEncoder(slot: slot, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let slot = JSONSlot()
        put(.slot(slot), key)
        return JSONTreeEncoder(slot: slot, codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.elements.count }

    private func append(_ node: JSONTree) { box.elements.append(node) }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(JSONTreeEncoder.number(value)) }
    mutating func encode(_ value: Float) throws { append(JSONTreeEncoder.number(value)) }
    mutating func encode(_ value: Int) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { append(.number(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        append(try JSONTreeEncoder.tree(of: value, codingPath: codingPath + [IndexKey(count)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = codingPath + [IndexKey(count)]
        append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = codingPath + [IndexKey(count)]
        append(.array(nested))
        return UnkeyedContainer(box: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = JSONSlot()
        let path = codingPath + [IndexKey(count)]
        append(.slot(slot))
        return JSONTreeEncoder(slot: slot, codingPath: path)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let slot: JSONSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.value = .null }
    mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
    mutating func encode(_ value: String) throws { slot.value = .string(value) }
    mutating func encode(_ value: Double) throws { slot.value = JSONTreeEncoder.number(value) }
    mutating func encode(_ value: Float) throws { slot.value = JSONTreeEncoder.number(value) }
    mutating func encode(_ value: Int) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: Int8) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: Int16) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: Int32) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: Int64) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: UInt) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: UInt8) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: UInt16) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: UInt32) throws { slot.value = .number(String(value)) }
    mutating func encode(_ value: UInt64) throws { slot.value = .number(String(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.value = try JSONTreeEncoder.tree(of: value, codingPath: codingPath)
    }
}
