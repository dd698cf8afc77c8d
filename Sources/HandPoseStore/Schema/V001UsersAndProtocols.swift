/// Migration 1: `users` and `protocols`.
///
/// UUID primary keys are supplied by the application (TEXT in SQLite, `uuid` in PostgreSQL).
/// E-mail is unique ignoring case: `COLLATE NOCASE` in SQLite (ASCII case folding only),
/// a unique index on `lower(email)` in PostgreSQL (no `citext` extension to install).
/// JSON documents are TEXT checked by `json_valid` in SQLite, `jsonb` in PostgreSQL.
enum V001UsersAndProtocols {
    static let migration = Migration(
        version: 1, name: "users_and_protocols",
        scripts: [
            .sqlite: .init(up: sqliteUp, down: down),
            .postgres: .init(up: postgresUp, down: down),
        ])

    static let sqliteUp = """
        CREATE TABLE users (
            id TEXT PRIMARY KEY NOT NULL,
            email TEXT NOT NULL COLLATE NOCASE,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            role TEXT NOT NULL CONSTRAINT users_role_check
                CHECK (role IN ('admin', 'clinician', 'researcher', 'patient')),
            specialty TEXT,
            license_number TEXT,
            organization TEXT,
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE UNIQUE INDEX users_email_key ON users (email COLLATE NOCASE);

        CREATE TABLE protocols (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            description TEXT,
            configuration TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(configuration)),
            indicated_for TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indicated_for)),
            contraindications TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contraindications)),
            created_by TEXT CONSTRAINT protocols_users_fk REFERENCES users (id) ON DELETE SET NULL,
            is_public INTEGER NOT NULL DEFAULT 0 CHECK (is_public IN (0, 1)),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            CONSTRAINT protocols_name_version_key UNIQUE (name, version)
        );
        CREATE INDEX protocols_created_by_idx ON protocols (created_by);
        """

    static let postgresUp = """
        CREATE TABLE users (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            first_name text NOT NULL,
            last_name text NOT NULL,
            role text NOT NULL CONSTRAINT users_role_check
                CHECK (role IN ('admin', 'clinician', 'researcher', 'patient')),
            specialty text,
            license_number text,
            organization text,
            is_active boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE UNIQUE INDEX users_email_key ON users (lower(email));

        CREATE TABLE protocols (
            id uuid PRIMARY KEY,
            name text NOT NULL,
            version text NOT NULL,
            description text,
            configuration jsonb NOT NULL DEFAULT '{}'::jsonb,
            indicated_for jsonb NOT NULL DEFAULT '[]'::jsonb,
            contraindications jsonb NOT NULL DEFAULT '[]'::jsonb,
            created_by uuid CONSTRAINT protocols_users_fk REFERENCES users (id) ON DELETE SET NULL,
            is_public boolean NOT NULL DEFAULT false,
            is_active boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT protocols_name_version_key UNIQUE (name, version)
        );
        CREATE INDEX protocols_created_by_idx ON protocols (created_by);
        -- Protocols are looked up by the movements they contain.
        CREATE INDEX protocols_movements_gin ON protocols USING gin ((configuration -> 'movements'));
        """

    /// The same in both dialects: dropping a table drops its indexes.
    static let down = """
        DROP TABLE protocols;
        DROP TABLE users;
        """
}
