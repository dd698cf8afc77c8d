/// An analysis could not run at all (as opposed to a metric that is not computable, which is
/// reported inside the analysis): an invalid protocol, an unreadable recording, an impossible request.
public struct AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure. Extensible.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A protocol document is malformed or inconsistent; the message names the field.
        public static let invalidProtocol = Code(rawValue: "invalidProtocol")
        /// No protocol with that id is known and no file has that path.
        public static let unknownProtocol = Code(rawValue: "unknownProtocol")
        /// The recording could not be read.
        public static let unreadableRecording = Code(rawValue: "unreadableRecording")
        /// An option contradicts the recording or the protocol (e.g. a band above Nyquist).
        public static let invalidOption = Code(rawValue: "invalidOption")
    }

    public var code: Code
    /// The file (protocol or recording) concerned, when there is one.
    public var path: String?
    /// The 1-based line and column in the file, for a recording that could not be read.
    public var line: Int?
    public var column: Int?
    /// The reader's error code (`fileNotFound`, `notANumber`, …) for an unreadable recording.
    public var ingestCode: String?
    /// The field at fault, as a JSON path for protocols (`movements[1].tremorBandHz`).
    public var field: String?
    /// What is wrong and what would be right.
    public var message: String

    public init(_ code: Code, path: String? = nil, field: String? = nil, _ message: String) {
        self.code = code
        self.path = path
        self.field = field
        self.message = message
    }

    /// This error with `path` as its file when it names none yet: an option that cannot apply to a
    /// recording is reported against that recording's file, which matters in a batch.
    public func naming(_ path: String) -> AnalysisError {
        var named = self
        if named.path == nil { named.path = path }
        return named
    }

    /// `path:line:column: error: field: message`, omitting what is unknown.
    public var description: String {
        let location = path.map { "\($0)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): " } ?? ""
        let field = field.map { "\($0): " } ?? ""
        return "\(location)error: \(field)\(message)"
    }
}
