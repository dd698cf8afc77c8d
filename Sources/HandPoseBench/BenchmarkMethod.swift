import HandPoseAnalysis

/// One row of a benchmark: a filter built by the single filter factory
/// (``ProtocolFilterPreset/makeFilter(sampleRate:millimetresPerUnit:)``) with its documented
/// defaults or with the parameters given, or `raw`, the input left unfiltered as the reference row.
///
/// Written as `METHOD[:KEY=VALUE[:KEY=VALUE…]]`, the keys being `handpose filter`'s options without
/// their dashes (camelCase is accepted too):
///
/// | text | row |
/// |---|---|
/// | `raw` | the input, unfiltered |
/// | `butterworth` | `handpose filter --method butterworth` (order 4, 12 Hz low-pass, zero phase) |
/// | `butterworth:cutoff=6:order=2` | `--method butterworth --cutoff 6 --order 2` |
/// | `butterworth:type=bandpass:band=3-12` | `--type bandpass --band 3,12` (`band=3,12` in a list works too) |
/// | `exponential:alpha=0.3:causal` | `--alpha 0.3 --causal` (a flag without a value is on) |
/// | `kalman:process-noise=1e5:no-smooth` | `--process-noise 1e5 --no-smooth` |
public struct BenchmarkMethod: Sendable, Hashable, CustomStringConvertible {
    /// The row's name, unique within a benchmark: `raw`, `butterworth`, or the text with its
    /// parameters (`butterworth:cutoff=6`).
    public var name: String
    /// The filter; `nil` for `raw`.
    public var preset: ProtocolFilterPreset?

    /// A row named `name` for `preset` (`nil`: the unfiltered input).
    public init(name: String, preset: ProtocolFilterPreset?) {
        self.name = name
        self.preset = preset
    }

    /// The unfiltered input, the reference row of every benchmark.
    public static let raw = BenchmarkMethod(name: "raw", preset: nil)

    /// `method` with every documented default, named after the method.
    public static func defaults(_ method: ProtocolFilterPreset.Method) -> BenchmarkMethod {
        BenchmarkMethod(name: method.rawValue, preset: ProtocolFilterPreset(method: method))
    }

    /// `raw` and the nine methods with their defaults, in `handpose filter`'s order.
    public static let all: [BenchmarkMethod] = [raw] + ProtocolFilterPreset.Method.allCases.map(defaults)

    /// Whether this is the unfiltered reference row.
    public var isRaw: Bool { preset == nil }

    public var description: String { name }

    /// Every name a method list accepts.
    static let knownNames = ["all", "raw"] + ProtocolFilterPreset.Method.allCases.map(\.rawValue)

    /// Parses a comma-separated list of methods (`all` expands to the nine defaults); `raw` is
    /// always included, first.
    ///
    /// A piece that is only a number continues the previous parameter (`band=3,12`).
    ///
    /// - Throws: ``BenchmarkError`` (``BenchmarkError/Code/invalidMethod``) for an empty list, an
    ///   unknown method or parameter, a bad value, or a row named twice.
    public static func parseList(_ text: String) throws(BenchmarkError) -> [BenchmarkMethod] {
        var items: [String] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false).map(trimmed) {
            if !items.isEmpty, Double(piece) != nil, items[items.count - 1].contains("=") {
                items[items.count - 1] += "," + piece
            } else {
                items.append(piece)
            }
        }
        guard items.contains(where: { !$0.isEmpty }) else {
            throw BenchmarkError(.invalidMethod, "the method list is empty; give all or names such as raw,butterworth,savgol")
        }
        var methods: [BenchmarkMethod] = [raw]
        for item in items {
            guard !item.isEmpty else {
                throw BenchmarkError(.invalidMethod, "the method list \"\(text)\" has an empty entry; separate names with single commas")
            }
            let parsed: [BenchmarkMethod] = item == "all" ? Array(all.dropFirst()) : [try parse(item)]
            for method in parsed where !method.isRaw {
                guard !methods.contains(where: { $0.name == method.name }) else {
                    throw BenchmarkError(.invalidMethod, "method \"\(method.name)\" is listed twice; give each row once")
                }
                methods.append(method)
            }
        }
        return methods
    }

    /// Parses one `METHOD[:KEY=VALUE…]` and checks the parameters against the method (ranges that
    /// depend on the recording, such as a cut-off below Nyquist, are checked per recording).
    ///
    /// - Throws: ``BenchmarkError`` (``BenchmarkError/Code/invalidMethod``).
    public static func parse(_ text: String) throws(BenchmarkError) -> BenchmarkMethod {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(trimmed)
        let methodName = parts[0].lowercased()
        if methodName == "raw" {
            guard parts.count == 1 else {
                throw BenchmarkError(.invalidMethod, "\"\(text)\": raw is the unfiltered input and takes no parameters")
            }
            return raw
        }
        guard let method = ProtocolFilterPreset.Method(rawValue: methodName) else {
            let suggestion = closestName(to: methodName).map { " (did you mean \"\($0)\"?)" } ?? ""
            throw BenchmarkError(
                .invalidMethod,
                "unknown method \"\(parts[0])\"\(suggestion); known: \(knownNames.joined(separator: ", "))")
        }
        guard parts.count > 1 else { return defaults(method) }
        var parameters = ProtocolFilterPreset.Parameters()
        for part in parts.dropFirst() {
            try assign(part, to: &parameters, in: text)
        }
        let preset = ProtocolFilterPreset(method: method, parameters: parameters)
        do {
            try preset.validate(field: "method")
        } catch {
            let parameter = error.field.map { $0.replacingPrefix("method.parameters.") } ?? "parameters"
            throw BenchmarkError(.invalidMethod, "method \"\(text)\": \(optionName(parameter)): \(error.message)")
        }
        return BenchmarkMethod(name: ([methodName] + parts.dropFirst()).joined(separator: ":"), preset: preset)
    }

    /// Sets one `KEY=VALUE` (or a bare flag) in `parameters`.
    private static func assign(_ part: String, to parameters: inout ProtocolFilterPreset.Parameters, in text: String) throws(BenchmarkError) {
        let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(trimmed)
        let key = pair[0], value = pair.count == 2 ? pair[1] : nil
        func fail(_ problem: String) -> BenchmarkError {
            BenchmarkError(.invalidMethod, "method \"\(text)\": \(problem)")
        }
        func required() throws(BenchmarkError) -> String {
            guard let value, !value.isEmpty else { throw fail("\(key) needs a value: \(key)=VALUE") }
            return value
        }
        func number() throws(BenchmarkError) -> Double {
            let text = try required()
            guard let number = Double(text), number.isFinite else { throw fail("\(key)=\(text) is not a number") }
            return number
        }
        func whole() throws(BenchmarkError) -> Int {
            let text = try required()
            guard let number = Int(text) else { throw fail("\(key)=\(text) is not a whole number") }
            return number
        }
        func flag() throws(BenchmarkError) -> Bool {
            switch value?.lowercased() {
            case nil, "true", "yes", "1": return true
            case "false", "no", "0": return false
            case let other?: throw fail("\(key)=\(other) must be true or false (or the bare flag \(key))")
            }
        }
        switch key.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "order": parameters.order = try whole()
        case "cutoff": parameters.cutoff = try number()
        case "band":
            let text = try required()
            let edges = text.split(whereSeparator: { $0 == "," || $0 == "-" }).map { Double(trimmed($0)) }
            guard edges.count == 2, let low = edges[0], let high = edges[1] else {
                throw fail("band=\(text) must be LOW-HIGH or LOW,HIGH in Hz, for example band=3-12")
            }
            parameters.band = ProtocolFrequencyBand(lowHz: low, highHz: high)
        case "type":
            let text = try required()
            guard let type = ProtocolFilterPreset.PassBand(rawValue: text.lowercased()) else {
                throw fail("type=\(text) must be lowpass, highpass, bandpass or bandstop")
            }
            parameters.type = type
        case "causal": parameters.causal = try flag() ? true : nil
        case "taper": parameters.taper = try number()
        case "window": parameters.window = try whole()
        case "polyorder": parameters.polyorder = try whole()
        case "deriv": parameters.deriv = try whole()
        case "mode": parameters.mode = try required()
        case "alignment": parameters.alignment = try required()
        case "alpha": parameters.alpha = try number()
        case "beta": parameters.beta = try number()
        case "kappa": parameters.kappa = try number()
        case "wavelet": parameters.wavelet = try required()
        case "level": parameters.level = try whole()
        case "threshold": parameters.threshold = try required()
        case "processnoise": parameters.processNoise = try number()
        case "measurementnoise": parameters.measurementNoise = try number()
        case "model": parameters.model = try required()
        case "nosmooth": parameters.noSmooth = try flag() ? true : nil
        case "particles": parameters.particles = try whole()
        case "seed":
            let text = try required()
            guard let seed = UInt64(text) else { throw fail("seed=\(text) is not a whole number ≥ 0") }
            parameters.seed = seed
        default:
            let known = [
                "order", "cutoff", "band", "type", "causal", "taper", "window", "polyorder", "deriv", "mode", "alignment", "alpha",
                "beta", "kappa", "wavelet", "level", "threshold", "process-noise", "measurement-noise", "model", "no-smooth",
                "particles", "seed",
            ]
            throw fail("unknown parameter \"\(key)\"; known: \(known.joined(separator: ", ")) (as KEY=VALUE after the method, e.g. butterworth:cutoff=6)")
        }
    }

    /// `processNoise` → `process-noise`, the spelling of the method text.
    private static func optionName(_ parameter: String) -> String {
        parameter.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    /// The known name within two edits of `name`, if any.
    private static func closestName(to name: String) -> String? {
        let candidates = knownNames.map { ($0, editDistance(Array(name), Array($0))) }.filter { $0.1 <= 2 }
        return candidates.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance, O(m·n).
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The text without leading and trailing spaces.
func trimmed(_ text: some StringProtocol) -> String {
    var slice = Substring(text)
    while slice.first == " " { slice.removeFirst() }
    while slice.last == " " { slice.removeLast() }
    return String(slice)
}

extension String {
    /// The string without `prefix` when it starts with it.
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
