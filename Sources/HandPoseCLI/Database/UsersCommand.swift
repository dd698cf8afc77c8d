import ArgumentParser
import HandPoseStore

/// `handpose users …`: clinicians, patients, researchers and admins.
public struct UsersCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Add and list users (clinicians, patients, researchers, admins).",
        subcommands: [Add.self, List.self])

    public init() {}

    /// `users add`.
    public struct Add: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user (e-mail unique, ignoring case).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "E-mail address.") var email: String
        @Option(help: "First name.") var firstName: String
        @Option(help: "Last name.") var lastName: String
        @Option(help: "admin, clinician, researcher or patient.") var role: UserRole
        @Option(help: "Clinical specialty.") var specialty: String?
        @Option(help: "Professional licence number.") var licenseNumber: String?
        @Option(help: "Organisation.") var organization: String?
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func validate() throws {
            let parts = email.split(separator: "@")
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else {
                throw ValidationError("--email must look like name@domain.tld")
            }
        }

        public func run() async throws {
            try await reportingFailures {
                let user = try await database.withStore { store in
                    try await store.addUser(
                        UserRecord(
                            email: email, firstName: firstName, lastName: lastName, role: role, specialty: specialty,
                            licenseNumber: licenseNumber, organization: organization))
                }
                print(format == .json ? try StoreJSON.encode(user) : "user \(user.id) (\(user.role.rawValue)) added")
            }
        }
    }

    /// `users list`.
    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "List users by name.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this role.") var role: UserRole?
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let users = try await database.withStore { store in try await store.users(role: role) }
                if format == .json {
                    print(try StoreJSON.encode(users))
                    return
                }
                var table = TextTable("id", "role", "name", "e-mail", "active")
                for user in users {
                    table.add(
                        user.id, user.role.rawValue, "\(user.firstName) \(user.lastName)", user.email,
                        user.isActive ? "yes" : "no")
                }
                print(table.render(), terminator: "")
            }
        }
    }
}

extension UserRole: ExpressibleByArgument {}
