extension UserRecord: StoredRecord {
    static let table = "users"
    static let columns = [
        "id", "email", "first_name", "last_name", "role", "specialty", "license_number", "organization", "is_active",
        "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(email), .text(firstName), .text(lastName), .text(role.rawValue), .optionalText(specialty),
            .optionalText(licenseNumber), .optionalText(organization), .boolean(isActive), .timestamp(createdAt),
            .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), email: try row.text("email"), firstName: try row.text("first_name"),
            lastName: try row.text("last_name"), role: try row.enumValue("role", UserRole.self),
            specialty: row.optionalText("specialty"), licenseNumber: row.optionalText("license_number"),
            organization: row.optionalText("organization"), isActive: try row.bool("is_active"),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}

extension LoginSession: StoredRecord {
    static let table = "sessions"
    static let columns = ["id", "user_id", "token_hash", "expires_at", "ip_address", "user_agent", "created_at", "updated_at"]

    var values: [SQLValue] {
        [
            .text(id), .text(userID), .text(tokenHash), .timestamp(expiresAt), .optionalText(ipAddress),
            .optionalText(userAgent), .timestamp(createdAt), .timestamp(createdAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), userID: try row.text("user_id"), tokenHash: try row.text("token_hash"),
            expiresAt: try row.date("expires_at"), ipAddress: row.optionalText("ip_address"),
            userAgent: row.optionalText("user_agent"), createdAt: try row.date("created_at"))
    }
}

extension ProtocolRecord: StoredRecord {
    static let table = "protocols"
    static let columns = [
        "id", "name", "version", "description", "configuration", "indicated_for", "contraindications", "created_by",
        "is_public", "is_active", "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(name), .text(version), .optionalText(description), .text(configuration),
            .jsonArray(indicatedFor), .jsonArray(contraindications), .optionalText(createdBy), .boolean(isPublic),
            .boolean(isActive), .timestamp(createdAt), .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), name: try row.text("name"), version: try row.text("version"),
            description: row.optionalText("description"), configuration: try row.text("configuration"),
            indicatedFor: try row.stringArray("indicated_for"),
            contraindications: try row.stringArray("contraindications"), createdBy: row.optionalText("created_by"),
            isPublic: try row.bool("is_public"), isActive: try row.bool("is_active"),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}
