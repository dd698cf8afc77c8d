import Testing

@testable import HandPoseDSP

@Suite("Wavelet")
struct WaveletTests {
    @Test("every known name parses to itself", arguments: Wavelet.knownNames)
    func namesRoundTrip(name: String) throws {
        let wavelet = try Wavelet(name: name)
        #expect(wavelet.name == name)
        #expect(wavelet.description == name)
    }

    @Test("24 wavelets: db1-db10, sym2-sym10, coif1-coif5")
    func catalogue() {
        #expect(Wavelet.all.count == 24)
        #expect(Wavelet.knownNames.first == "db1")
        #expect(Wavelet.knownNames.last == "coif5")
        #expect(Wavelet.all.map(\.name) == Wavelet.knownNames)
    }

    @Test("filter length is 2·order for db and sym, 6·order for coif", arguments: Wavelet.all)
    func filterLength(wavelet: Wavelet) {
        let expected = wavelet.family == .coiflet ? 6 * wavelet.order : 2 * wavelet.order
        #expect(wavelet.filterLength == expected)
        #expect(wavelet.filterBank.count == expected)
    }

    @Test("spellings: case, spaces and haar")
    func spellings() throws {
        #expect(try Wavelet(name: "DB4") == Wavelet(.daubechies, order: 4))
        #expect(try Wavelet(name: " sym8 ").name == "sym8")
        #expect(try Wavelet(name: "haar").name == "db1")
        #expect(try Wavelet(name: "Coif3").filterLength == 18)
    }

    @Test("unknown names throw, listing the known wavelets", arguments: ["db0", "db11", "sym1", "sym11", "coif0", "coif6", "bior2.2", "db", "", "db4x", "haar2"])
    func unknownName(name: String) {
        do {
            _ = try Wavelet(name: name)
            Issue.record("\"\(name)\" was accepted")
        } catch let error as FilterConfigurationError {
            #expect(error.parameter == "wavelet")
            #expect(error.message.contains("db1, db2"))
            #expect(error.message.contains("coif5"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("an order outside the family throws")
    func badOrder() {
        #expect(throws: FilterConfigurationError.self) { try Wavelet(.symlet, order: 1) }
        #expect(throws: FilterConfigurationError.self) { try Wavelet(.coiflet, order: 6) }
    }
}
