/// A published source a protocol rests on.
public struct ProtocolReference: Codable, Sendable, Hashable {
    /// Authors, title, journal, year (free text).
    public var citation: String
    /// Digital Object Identifier without the resolver prefix (`10.1002/mds.27121`).
    public var doi: String?
    /// A web address, for sources without a DOI.
    public var url: String?

    public init(citation: String, doi: String? = nil, url: String? = nil) {
        self.citation = citation
        self.doi = doi
        self.url = url
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case citation, doi, url
    }

    public init(from decoder: any Decoder) throws {
        try ProtocolDecoding.rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            citation: try c.decode(String.self, forKey: .citation),
            doi: try c.decodeIfPresent(String.self, forKey: .doi),
            url: try c.decodeIfPresent(String.self, forKey: .url))
    }
}
