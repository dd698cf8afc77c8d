extension ClinicalStore {
    /// Stores a new user; `.constraint` ("e-mail already registered") when the e-mail exists in any case.
    @discardableResult
    public func addUser(_ user: UserRecord, actor: String? = nil) throws(StoreError) -> UserRecord {
        try transaction { connection throws(StoreError) in
            do throws(StoreError) {
                try user.insert(into: connection)
            } catch where error.code == .constraint {
                throw StoreError(
                    .constraint, "a user with this e-mail address is already registered",
                    driverCode: error.driverCode, driverMessage: error.driverMessage, constraint: error.constraint)
            }
            try Self.audit(
                connection, actor: actor, action: "user.add", entityType: UserRecord.table, entityID: user.id,
                details: ["role": user.role.rawValue], at: user.createdAt)
        }
        return user
    }

    /// The user with `id`, if any.
    public func user(id: String) throws(StoreError) -> UserRecord? {
        guard StoreID.isValid(id) else { return nil }
        return try UserRecord.fetch(database, where: "id = $1", [.text(id)]).first
    }

    /// The user with `email`, compared ignoring case, if any.
    public func user(email: String) throws(StoreError) -> UserRecord? {
        try UserRecord.fetch(database, where: "lower(email) = lower($1)", [.text(email)]).first
    }

    /// All users, optionally of one role, by last then first name.
    public func users(role: UserRole? = nil) throws(StoreError) -> [UserRecord] {
        if let role {
            return try UserRecord.fetch(database, where: "role = $1", [.text(role.rawValue)], orderBy: "last_name, first_name, id")
        }
        return try UserRecord.fetch(database, orderBy: "last_name, first_name, id")
    }

    /// Stores a login session.
    public func addLoginSession(_ session: LoginSession) throws(StoreError) {
        try transaction { connection throws(StoreError) in
            try session.insert(into: connection)
            try Self.audit(
                connection, actor: session.userID, action: "login", entityType: LoginSession.table,
                entityID: session.id, at: session.createdAt)
        }
    }

    /// The login sessions of `userID`, newest first.
    public func loginSessions(userID: String) throws(StoreError) -> [LoginSession] {
        try LoginSession.fetch(database, where: "user_id = $1", [.text(userID)], orderBy: "created_at DESC, id")
    }
}
