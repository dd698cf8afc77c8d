/// A reused byte buffer for CSV output that hands full blocks to a sink.
struct WriterByteBuffer {
    private(set) var bytes: [UInt8] = []
    private let flushThreshold: Int
    private let sink: (([UInt8]) throws -> Void)?

    /// A buffer that calls `sink` whenever a finished row leaves more than `flushThreshold` bytes;
    /// with no sink, everything stays in ``bytes``.
    init(flushThreshold: Int, sink: (([UInt8]) throws -> Void)?) {
        self.flushThreshold = flushThreshold
        self.sink = sink
        if sink != nil { bytes.reserveCapacity(flushThreshold + 4096) }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `value` in shortest round-trip form, first rounded to `decimals` places when given;
    /// nothing for NaN or ±∞ (an empty field).
    mutating func append(number value: Double, decimals: Int? = nil) {
        guard value.isFinite else { return }
        if let decimals {
            let scale = WriterByteBuffer.powersOfTen[decimals]
            let rounded = (value * scale).rounded() / scale
            bytes.append(contentsOf: (rounded == 0 ? 0 : rounded).description.utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// 10⁰ … 10¹⁵, exact in binary floating point.
    static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    mutating func append(integer value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    /// Ends a row and flushes when the buffer is full.
    mutating func endRow() throws {
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= flushThreshold { try flush() }
    }

    /// Hands the buffered bytes to the sink and empties the buffer (keeping its capacity).
    mutating func flush() throws {
        guard let sink, !bytes.isEmpty else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
