import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseDSP

@Suite("Butterworth design")
struct ButterworthTests {
    /// Design cases spanning every response type, odd and even orders and edges near 0 and Nyquist.
    static let designs: [(order: Int, response: Butterworth.Response, sampleRate: Double)] = [
        (1, .lowpass(cutoff: 6), 30), (2, .lowpass(cutoff: 3), 30), (3, .lowpass(cutoff: 10), 60),
        (4, .lowpass(cutoff: 6), 30), (5, .lowpass(cutoff: 14.5), 30), (8, .lowpass(cutoff: 0.2), 120),
        (10, .lowpass(cutoff: 40), 100), (1, .highpass(cutoff: 0.5), 30), (2, .highpass(cutoff: 0.5), 30),
        (7, .highpass(cutoff: 20), 60), (9, .highpass(cutoff: 1), 120), (1, .bandpass(low: 3, high: 12), 60),
        (3, .bandpass(low: 4, high: 8), 30), (4, .bandpass(low: 3, high: 12), 60), (6, .bandpass(low: 0.1, high: 59), 120),
        (2, .bandstop(low: 45, high: 55), 200), (5, .bandstop(low: 8, high: 12), 60), (10, .bandstop(low: 1, high: 14), 30),
    ]

    @Test("every pole lies strictly inside the unit circle", arguments: designs.indices)
    func stable(_ index: Int) throws {
        let design = Self.designs[index]
        let sections = try Butterworth.sections(order: design.order, response: design.response, sampleRate: design.sampleRate)
        #expect(sections.count == (design.response.edges.count == 2 ? design.order : (design.order + 1) / 2))
        for pole in sections.poles {
            #expect(hypot(pole.re, pole.im) < 1, "pole \(pole) of order \(design.order) \(design.response)")
        }
    }

    @Test("unit gain in the passband, zero gain in the stopband", arguments: designs.indices)
    func gains(_ index: Int) throws {
        let design = Self.designs[index]
        let fs = design.sampleRate
        let sections = try Butterworth.sections(order: design.order, response: design.response, sampleRate: fs)
        func gain(_ f: Double) -> Double { sections.magnitudeResponse(at: f, sampleRate: fs) }
        let halfPower = 1 / 2.0.squareRoot()
        switch design.response {
        case .lowpass(let cutoff):
            #expect(abs(gain(0) - 1) < 1e-12)
            #expect(gain(fs / 2) < 1e-12)
            #expect(abs(gain(cutoff) - halfPower) < 1e-9)
        case .highpass(let cutoff):
            #expect(gain(0) < 1e-12)
            #expect(abs(gain(fs / 2) - 1) < 1e-12)
            #expect(abs(gain(cutoff) - halfPower) < 1e-9)
        case .bandpass(let low, let high):
            // Unit gain at the (pre-warped) geometric centre.
            let centre = fs / .pi * atan(sqrt(tan(.pi * low / fs) * tan(.pi * high / fs)))
            #expect(abs(gain(centre) - 1) < 1e-9)
            #expect(gain(0) < 1e-12 && gain(fs / 2) < 1e-12)
            #expect(abs(gain(low) - halfPower) < 1e-9 && abs(gain(high) - halfPower) < 1e-9)
        case .bandstop(let low, let high):
            let centre = fs / .pi * atan(sqrt(tan(.pi * low / fs) * tan(.pi * high / fs)))
            #expect(gain(centre) < 1e-9)
            #expect(abs(gain(0) - 1) < 1e-12 && abs(gain(fs / 2) - 1) < 1e-12)
            #expect(abs(gain(low) - halfPower) < 1e-9 && abs(gain(high) - halfPower) < 1e-9)
        }
    }

    @Test("sections and transfer function match scipy butter", arguments: ["lowpass_o4_6hz_fs30", "lowpass_o2_3hz_fs30", "highpass_o2_0p5hz_fs30", "bandpass_o4_3to12hz_fs60"])
    func goldenCoefficients(_ name: String) throws {
        let golden = Golden.object("butterworth", name)
        let (order, response, fs) = Self.parse(name)
        let sections = try Butterworth.sections(order: order, response: response, sampleRate: fs)
        expectClose(sections.coefficients, Golden.rows(golden["sos"]).flatMap { $0 }, relative: 1e-10, absolute: 1e-12, "\(name) sos")
        let tf = try Butterworth.transferFunction(order: order, response: response, sampleRate: fs)
        expectClose(tf.numerator, Golden.doubles(golden["b"]), "\(name) b")
        expectClose(tf.denominator, Golden.doubles(golden["a"]), "\(name) a")
        expectClose(sections.steadyStateInitialConditions, Golden.rows(golden["sosfilt_zi"]).flatMap { $0 }, "\(name) sosfilt_zi")
        #expect(sections.defaultPadLength == Int(Golden.double(golden["sosfiltfilt_default_padlen"])))
    }

    @Test("sections match scipy butter on the extra cases in iir.json")
    func extraCoefficients() throws {
        for design in IIRGolden.designs {
            let sections = try Butterworth.sections(order: design.order, response: design.response, sampleRate: design.sampleRate)
            expectClose(sections.coefficients, design.sos.flatMap { $0 }, "\(design.name) sos")
            let tf = try Butterworth.transferFunction(order: design.order, response: design.response, sampleRate: design.sampleRate)
            expectClose(tf.numerator, design.b, relative: 1e-9, "\(design.name) b")
            expectClose(tf.denominator, design.a, relative: 1e-9, "\(design.name) a")
            expectClose(sections.steadyStateInitialConditions, design.zi.flatMap { $0 }, "\(design.name) sosfilt_zi")
            #expect(sections.defaultPadLength == design.padlen, "\(design.name)")
        }
    }

    @Test("invalid parameters throw with the limit in the message")
    func validation() {
        #expect(throws: FilterConfigurationError(parameter: "cutoff", "cutoff 20 Hz must be below the Nyquist frequency 15 Hz of a 30 Hz recording")) {
            try Butterworth.lowpass(order: 4, cutoff: 20, sampleRate: 30)
        }
        // A rate estimated from timestamps prints as the clinician knows it, not as 15.000000000000053.
        #expect(throws: FilterConfigurationError(parameter: "cutoff", "cutoff 12 Hz must be below the Nyquist frequency 7.5 Hz of a 15 Hz recording")) {
            try Butterworth.lowpass(order: 4, cutoff: 12, sampleRate: 15.000000000000053)
        }
        #expect(throws: FilterConfigurationError(parameter: "order", "order 0 must be between 1 and 20")) {
            try Butterworth.highpass(order: 0, cutoff: 1, sampleRate: 30)
        }
        #expect(throws: FilterConfigurationError(parameter: "low", "low 12 Hz must be below high 3 Hz")) {
            try Butterworth.bandpass(order: 2, low: 12, high: 3, sampleRate: 60)
        }
        #expect(throws: FilterConfigurationError.self) { try Butterworth.bandstop(order: 2, low: 0, high: 3, sampleRate: 60) }
        #expect(throws: FilterConfigurationError.self) { try Butterworth.lowpass(order: 2, cutoff: .nan, sampleRate: 60) }
        #expect(throws: FilterConfigurationError.self) { try Butterworth.lowpass(order: 2, cutoff: 1, sampleRate: 0) }
        #expect(throws: FilterConfigurationError.self) { try Butterworth.lowpass(order: 21, cutoff: 1, sampleRate: 30) }
    }

    /// `lowpass_o4_6hz_fs30` → (4, .lowpass(6), 30); `bandpass_o4_3to12hz_fs60` → (4, .bandpass(3, 12), 60).
    static func parse(_ name: String) -> (Int, Butterworth.Response, Double) {
        let parts = name.split(separator: "_")
        let order = Int(parts[1].dropFirst())!
        let fs = Double(parts[3].dropFirst(2))!
        let band = parts[2].dropLast(2).replacingOccurrences(of: "p", with: ".")
        switch parts[0] {
        case "lowpass": return (order, .lowpass(cutoff: Double(band)!), fs)
        case "highpass": return (order, .highpass(cutoff: Double(band)!), fs)
        default:
            let edges = band.components(separatedBy: "to").map { Double($0)! }
            return (order, .bandpass(low: edges[0], high: edges[1]), fs)
        }
    }
}


/// The extra reference data in `Fixtures/golden/iir.json` (made by `Fixtures/golden/make_iir.py`).
enum IIRGolden {
    nonisolated(unsafe) static let document: [String: Any] = {
        let url = Golden.url.deletingLastPathComponent().appendingPathComponent("iir.json")
        do {
            return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    struct Design {
        var name: String, order: Int, response: Butterworth.Response, sampleRate: Double
        var b: [Double], a: [Double], sos: [[Double]], zi: [[Double]], padlen: Int
    }

    static let designs: [Design] = (document["designs"] as! [[String: Any]]).map { entry in
        let edges = Golden.doubles(entry["edges"])
        let response: Butterworth.Response
        switch entry["btype"] as! String {
        case "lowpass": response = .lowpass(cutoff: edges[0])
        case "highpass": response = .highpass(cutoff: edges[0])
        case "bandpass": response = .bandpass(low: edges[0], high: edges[1])
        default: response = .bandstop(low: edges[0], high: edges[1])
        }
        return Design(
            name: entry["name"] as! String, order: entry["order"] as! Int, response: response,
            sampleRate: Golden.double(entry["fs"]), b: Golden.doubles(entry["b"]), a: Golden.doubles(entry["a"]),
            sos: Golden.rows(entry["sos"]), zi: Golden.rows(entry["zi"]), padlen: entry["padlen"] as! Int)
    }

    static func design(_ name: String) -> Design { designs.first { $0.name == name }! }

    static func input(_ name: String) -> [Double] { Golden.doubles((document["inputs"] as! [String: Any])[name]) }

    static var filtering: [[String: Any]] { document["filtering"] as! [[String: Any]] }
    static var welch: [[String: Any]] { document["welch"] as! [[String: Any]] }
}
