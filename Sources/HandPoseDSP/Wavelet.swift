/// An orthogonal wavelet of the Daubechies, symlet or coiflet family, named as PyWavelets names it
/// (`db4`, `sym8`, `coif3`).
///
/// | family            | names         | filter length F | reference                          |
/// |-------------------|---------------|-----------------|------------------------------------|
/// | ``Family/daubechies`` | `db1`…`db10` (`haar` = `db1`) | 2·order | Daubechies, CPAM 41:909 (1988), doi:10.1002/cpa.3160410705 |
/// | ``Family/symlet``     | `sym2`…`sym10` | 2·order        | Daubechies, *Ten Lectures on Wavelets* §8.1 (1992), doi:10.1137/1.9781611970104 |
/// | ``Family/coiflet``    | `coif1`…`coif5` | 6·order       | ibid. §8.2                         |
///
/// The filter coefficients are the constants in ``WaveletFilterBank`` (generated from PyWavelets,
/// see `Fixtures/golden/make_wavelet_filters.py`).
public struct Wavelet: Hashable, Sendable, CustomStringConvertible {
    /// A wavelet family and the PyWavelets prefix of its names.
    public enum Family: String, Hashable, Sendable, CaseIterable {
        case daubechies = "db"
        case symlet = "sym"
        case coiflet = "coif"

        /// The orders handpose supports.
        public var orders: ClosedRange<Int> {
            switch self {
            case .daubechies: 1...10
            case .symlet: 2...10
            case .coiflet: 1...5
            }
        }
    }

    /// The family.
    public let family: Family
    /// The order within the family (`4` for `db4`): the wavelet's number of vanishing moments for
    /// db and sym, half of it for coif (coif`n` has 2n).
    public let order: Int
    /// The four filters.
    public let filterBank: WaveletFilterBank

    /// The wavelet `family` of `order`; throws when the order is outside ``Family/orders``.
    public init(_ family: Family, order: Int) throws {
        guard family.orders.contains(order) else {
            throw FilterConfigurationError(
                parameter: "wavelet",
                "\(family.rawValue)\(order): order \(order) is outside \(family.orders.lowerBound)...\(family.orders.upperBound) for the \(family) family; known wavelets: \(Wavelet.knownNames.joined(separator: ", "))")
        }
        self.family = family
        self.order = order
        guard let h = WaveletFilterBank.scalingFilters["\(family.rawValue)\(order)"] else {
            preconditionFailure("no table entry for \(family.rawValue)\(order)")
        }
        filterBank = WaveletFilterBank(scalingFilter: h)
    }

    /// The wavelet named `name` (`db4`, `sym8`, `coif3`, `haar`; case-insensitive, surrounding
    /// spaces ignored); throws a ``FilterConfigurationError`` listing the known names otherwise.
    public init(name: String) throws {
        let spelled = String(name.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            .lowercased()
        if spelled == "haar" {
            try self.init(.daubechies, order: 1)
            return
        }
        for family in Family.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
        where spelled.hasPrefix(family.rawValue) {
            let digits = spelled.dropFirst(family.rawValue.count)
            if let order = Int(digits), family.orders.contains(order), digits.allSatisfy(\.isASCII) {
                try self.init(family, order: order)
                return
            }
        }
        throw FilterConfigurationError(
            parameter: "wavelet",
            "unknown wavelet \"\(name)\"; known wavelets: \(Wavelet.knownNames.joined(separator: ", "))")
    }

    /// PyWavelets' name, e.g. `db4`.
    public var name: String { "\(family.rawValue)\(order)" }

    public var description: String { name }

    /// The filter length F: 2·order for db and sym, 6·order for coif.
    public var filterLength: Int { filterBank.count }

    /// Every supported wavelet: db1…db10, sym2…sym10, coif1…coif5.
    public static let all: [Wavelet] = Family.allCases.flatMap { family in
        family.orders.map { order in
            do { return try Wavelet(family, order: order) } catch { preconditionFailure("\(error)") }
        }
    }

    /// The names of ``all``.
    public static var knownNames: [String] {
        Family.allCases.flatMap { family in family.orders.map { "\(family.rawValue)\($0)" } }
    }

    public static func == (lhs: Wavelet, rhs: Wavelet) -> Bool {
        lhs.family == rhs.family && lhs.order == rhs.order
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(family)
        hasher.combine(order)
    }
}
