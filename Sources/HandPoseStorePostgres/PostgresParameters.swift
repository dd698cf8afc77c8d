internal import CLibPQ
import HandPoseStore

/// Statement parameters encoded for `PQexecParams`.
///
/// Every value is sent in text format with its type left for the server to infer from the statement
/// (so `'1'` fits an `integer`, `boolean` or `text` column alike, and text fits `uuid`/`jsonb`),
/// except `blob`, which is sent as raw bytes in binary format typed `bytea` (no hex escaping).
/// `integer` is sent in decimal, `real` in Swift's shortest round-trip form (`Infinity`, `-Infinity`
/// and `NaN` spelled PostgreSQL's way), `null` as a null pointer.
struct PostgresParameters {
    /// The `bytea` type OID.
    static let byteaOID: Oid = 17

    private var payloads: [[UInt8]?] = []
    private var types: [Oid] = []
    private var formats: [Int32] = []

    init(_ values: [SQLValue]) {
        for value in values {
            switch value {
            case .null: append(nil)
            case .integer(let integer): append(Array(String(integer).utf8))
            case .real(let real): append(Array(Self.text(real).utf8))
            case .text(let text): append(Array(text.utf8))
            case .blob(let bytes): append(bytes, type: Self.byteaOID, format: 1)
            }
        }
    }

    private mutating func append(_ bytes: [UInt8]?, type: Oid = 0, format: Int32 = 0) {
        payloads.append(bytes)
        types.append(type)
        formats.append(format)
    }

    /// PostgreSQL's spelling of a double that parses back to the same bits.
    static func text(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    /// Calls `body` with the parameter arrays `PQexecParams` takes, valid only during the call.
    func withCArrays<R>(
        _ body: (
            UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?
        ) -> R
    ) -> R {
        // Copy each payload to its own NUL-terminated allocation (text format needs the terminator).
        let pointers: [UnsafeMutablePointer<CChar>?] = payloads.map { payload in
            guard let payload else { return nil }
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: payload.count + 1)
            payload.withUnsafeBytes { raw in
                UnsafeMutableRawPointer(pointer).copyMemory(from: raw.baseAddress ?? UnsafeRawPointer(pointer), byteCount: raw.count)
            }
            pointer[payload.count] = 0
            return pointer
        }
        defer { pointers.forEach { $0?.deallocate() } }
        let values = pointers.map { UnsafePointer($0) }
        let lengths = payloads.map { Int32($0?.count ?? 0) }
        return types.withUnsafeBufferPointer { types in
            values.withUnsafeBufferPointer { values in
                lengths.withUnsafeBufferPointer { lengths in
                    formats.withUnsafeBufferPointer { formats in
                        body(types.baseAddress, values.baseAddress, lengths.baseAddress, formats.baseAddress)
                    }
                }
            }
        }
    }
}
