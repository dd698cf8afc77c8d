#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a user does in handpose; stored in `users.role`.
public enum UserRole: String, Codable, Sendable, CaseIterable {
    case admin, clinician, researcher, patient
}

/// One row of `users`. E-mail is unique ignoring case.
public struct UserRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var email: String
    public var firstName: String
    public var lastName: String
    public var role: UserRole
    public var specialty: String?
    public var licenseNumber: String?
    public var organization: String?
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date

    /// A new active user with a fresh id, created now.
    public init(
        id: String = StoreID.make(), email: String, firstName: String, lastName: String, role: UserRole,
        specialty: String? = nil, licenseNumber: String? = nil, organization: String? = nil, isActive: Bool = true,
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.role = role
        self.specialty = specialty
        self.licenseNumber = licenseNumber
        self.organization = organization
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}

/// One row of `sessions`: a login session (not a recording session).
public struct LoginSession: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var userID: String
    /// A hash of the bearer token; the token itself is never stored.
    public var tokenHash: String
    public var expiresAt: Date
    public var ipAddress: String?
    public var userAgent: String?
    public var createdAt: Date

    public init(
        id: String = StoreID.make(), userID: String, tokenHash: String, expiresAt: Date, ipAddress: String? = nil,
        userAgent: String? = nil, createdAt: Date = StoreTimestamp.now()
    ) {
        self.id = id
        self.userID = userID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.ipAddress = ipAddress
        self.userAgent = userAgent
        self.createdAt = createdAt
    }
}

/// Fresh primary keys: random (version 4) UUIDs, lowercase, as PostgreSQL prints them.
public enum StoreID {
    public static func make() -> String { UUID().uuidString.lowercased() }

    /// Whether `text` looks like a UUID (so a lookup by id can say "not an id" instead of querying).
    public static func isValid(_ text: String) -> Bool { UUID(uuidString: text) != nil }
}
