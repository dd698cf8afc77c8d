/// Why a recording could not be read, and where in the file.
///
/// `description` prints the compiler-style one-liner `path:line:column: error: message`, leaving out
/// `:line` and `:column` when they are unknown. The message states what was expected and what was
/// found, and how to fix it when the fix is an option.
public struct IngestError: Error, CustomStringConvertible, Equatable {
    /// The kind of failure; extensible without breaking callers. The CLI exits with 66 for
    /// ``fileNotFound``, 64 for ``invalidOption`` and 65 for every other code.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable name of the code (`"notANumber"`), usable in logs and JSON.
        public var rawValue: String
        /// Creates a code; prefer the predefined static members.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The raw value.
        public var description: String { rawValue }

        /// The path does not exist.
        public static let fileNotFound = Code(rawValue: "fileNotFound")
        /// The file exists but cannot be opened or read (permissions, a directory, an I/O error).
        public static let unreadable = Code(rawValue: "unreadable")
        /// The file holds no header line (0 bytes, or only blank and comment lines).
        public static let empty = Code(rawValue: "empty")
        /// The file has a header but no usable data line.
        public static let headerOnly = Code(rawValue: "headerOnly")
        /// The header matches none of the known layouts.
        public static let unknownLayout = Code(rawValue: "unknownLayout")
        /// The header matches several layouts, or names one coordinate twice.
        public static let ambiguousLayout = Code(rawValue: "ambiguousLayout")
        /// A data line has more or fewer fields than the header.
        public static let wrongFieldCount = Code(rawValue: "wrongFieldCount")
        /// A field that must hold a number holds something else.
        public static let notANumber = Code(rawValue: "notANumber")
        /// A landmark index outside 0-20 (or 1-21 for one-based files).
        public static let landmarkOutOfRange = Code(rawValue: "landmarkOutOfRange")
        /// A landmark name that is not a MediaPipe hand landmark or a known synonym.
        public static let unknownLandmark = Code(rawValue: "unknownLandmark")
        /// A hand label other than left, right, L, R, unknown or empty.
        public static let unknownHand = Code(rawValue: "unknownHand")
        /// Nothing says which hand a row belongs to.
        public static let missingHand = Code(rawValue: "missingHand")
        /// A row's time is earlier than the previous frame of the same hand.
        public static let timeGoesBackwards = Code(rawValue: "timeGoesBackwards")
        /// No time column and no frame rate to derive times from.
        public static let missingTimeBase = Code(rawValue: "missingTimeBase")
        /// NUL bytes or invalid UTF-8 where text is expected.
        public static let binaryData = Code(rawValue: "binaryData")
        /// An ``IngestOptions`` value is invalid on its own or for this file.
        public static let invalidOption = Code(rawValue: "invalidOption")
    }

    /// What went wrong.
    public var code: Code
    /// The file path, or the name given to ``RecordingReader/read(bytes:name:options:)``.
    public var path: String
    /// The 1-based line of the file, when the problem is on one line.
    public var line: Int?
    /// The 1-based character column in that line where the offending field starts.
    public var column: Int?
    /// The header name of the offending field.
    public var field: String?
    /// What was expected and what was found.
    public var message: String

    /// Creates an error; see the properties for the meaning of each argument.
    public init(
        _ code: Code, path: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
        message: String
    ) {
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `path:line:column: error: message`, without `:line` / `:column` when unknown.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}
