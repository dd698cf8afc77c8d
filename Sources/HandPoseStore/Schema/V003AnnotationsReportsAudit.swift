/// Migration 3: `clinical_annotations`, `reports`, `recording_comparisons` and `audit_logs`.
///
/// An annotation belongs to a recording session and optionally to one analysis of it; its time
/// range is in seconds from the recording's first frame. Audit rows never reference the entity by
/// foreign key (the log outlives what it describes) and their `details` hold ids and counts only,
/// never patient data.
enum V003AnnotationsReportsAudit {
    static let migration = Migration(
        version: 3, name: "annotations_reports_audit",
        scripts: [
            .sqlite: .init(up: sqliteUp, down: down),
            .postgres: .init(up: postgresUp, down: down),
        ])

    static let sqliteUp = """
        CREATE TABLE clinical_annotations (
            id TEXT PRIMARY KEY NOT NULL,
            recording_session_id TEXT NOT NULL
                CONSTRAINT clinical_annotations_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            clinical_analysis_id TEXT
                CONSTRAINT clinical_annotations_clinical_analyses_fk
                REFERENCES clinical_analyses (id) ON DELETE CASCADE,
            author_id TEXT CONSTRAINT clinical_annotations_users_fk REFERENCES users (id) ON DELETE SET NULL,
            start_seconds REAL NOT NULL CHECK (start_seconds >= 0),
            end_seconds REAL NOT NULL,
            annotation_type TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            CONSTRAINT clinical_annotations_range_check CHECK (end_seconds > start_seconds)
        );
        CREATE INDEX clinical_annotations_recording_session_id_idx ON clinical_annotations (recording_session_id);
        CREATE INDEX clinical_annotations_clinical_analysis_id_idx ON clinical_annotations (clinical_analysis_id);
        CREATE INDEX clinical_annotations_author_id_idx ON clinical_annotations (author_id);

        CREATE TABLE reports (
            id TEXT PRIMARY KEY NOT NULL,
            recording_session_id TEXT
                CONSTRAINT reports_recording_sessions_fk REFERENCES recording_sessions (id) ON DELETE CASCADE,
            patient_id TEXT CONSTRAINT reports_patient_fk REFERENCES users (id) ON DELETE RESTRICT,
            created_by TEXT CONSTRAINT reports_users_fk REFERENCES users (id) ON DELETE SET NULL,
            configuration TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(configuration)),
            format TEXT NOT NULL CONSTRAINT reports_format_check CHECK (format IN ('html', 'pdf', 'json', 'text')),
            path TEXT,
            content BLOB,
            shared_with TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(shared_with)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            CONSTRAINT reports_subject_check CHECK (recording_session_id IS NOT NULL OR patient_id IS NOT NULL),
            CONSTRAINT reports_body_check CHECK (path IS NOT NULL OR content IS NOT NULL)
        );
        CREATE INDEX reports_recording_session_id_idx ON reports (recording_session_id);
        CREATE INDEX reports_patient_id_idx ON reports (patient_id);
        CREATE INDEX reports_created_by_idx ON reports (created_by);

        CREATE TABLE recording_comparisons (
            id TEXT PRIMARY KEY NOT NULL,
            baseline_session_id TEXT NOT NULL
                CONSTRAINT recording_comparisons_baseline_fk REFERENCES recording_sessions (id) ON DELETE CASCADE,
            comparison_session_id TEXT NOT NULL
                CONSTRAINT recording_comparisons_comparison_fk REFERENCES recording_sessions (id) ON DELETE CASCADE,
            metric_differences TEXT NOT NULL CHECK (json_valid(metric_differences)),
            statistical_tests TEXT NOT NULL CHECK (json_valid(statistical_tests)),
            created_by TEXT CONSTRAINT recording_comparisons_users_fk REFERENCES users (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX recording_comparisons_baseline_session_id_idx ON recording_comparisons (baseline_session_id);
        CREATE INDEX recording_comparisons_comparison_session_id_idx ON recording_comparisons (comparison_session_id);
        CREATE INDEX recording_comparisons_created_by_idx ON recording_comparisons (created_by);

        CREATE TABLE audit_logs (
            id TEXT PRIMARY KEY NOT NULL,
            actor_id TEXT CONSTRAINT audit_logs_users_fk REFERENCES users (id) ON DELETE SET NULL,
            action TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
            ip_address TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX audit_logs_actor_id_idx ON audit_logs (actor_id);
        CREATE INDEX audit_logs_entity_idx ON audit_logs (entity_type, entity_id);
        CREATE INDEX audit_logs_at_idx ON audit_logs (at);
        """

    static let postgresUp = """
        CREATE TABLE clinical_annotations (
            id uuid PRIMARY KEY,
            recording_session_id uuid NOT NULL
                CONSTRAINT clinical_annotations_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            clinical_analysis_id uuid
                CONSTRAINT clinical_annotations_clinical_analyses_fk
                REFERENCES clinical_analyses (id) ON DELETE CASCADE,
            author_id uuid CONSTRAINT clinical_annotations_users_fk REFERENCES users (id) ON DELETE SET NULL,
            start_seconds double precision NOT NULL CHECK (start_seconds >= 0),
            end_seconds double precision NOT NULL,
            annotation_type text NOT NULL,
            text text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT clinical_annotations_range_check CHECK (end_seconds > start_seconds)
        );
        CREATE INDEX clinical_annotations_recording_session_id_idx ON clinical_annotations (recording_session_id);
        CREATE INDEX clinical_annotations_clinical_analysis_id_idx ON clinical_annotations (clinical_analysis_id);
        CREATE INDEX clinical_annotations_author_id_idx ON clinical_annotations (author_id);

        CREATE TABLE reports (
            id uuid PRIMARY KEY,
            recording_session_id uuid
                CONSTRAINT reports_recording_sessions_fk REFERENCES recording_sessions (id) ON DELETE CASCADE,
            patient_id uuid CONSTRAINT reports_patient_fk REFERENCES users (id) ON DELETE RESTRICT,
            created_by uuid CONSTRAINT reports_users_fk REFERENCES users (id) ON DELETE SET NULL,
            configuration jsonb NOT NULL DEFAULT '{}'::jsonb,
            format text NOT NULL CONSTRAINT reports_format_check CHECK (format IN ('html', 'pdf', 'json', 'text')),
            path text,
            content bytea,
            shared_with jsonb NOT NULL DEFAULT '[]'::jsonb,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT reports_subject_check CHECK (recording_session_id IS NOT NULL OR patient_id IS NOT NULL),
            CONSTRAINT reports_body_check CHECK (path IS NOT NULL OR content IS NOT NULL)
        );
        CREATE INDEX reports_recording_session_id_idx ON reports (recording_session_id);
        CREATE INDEX reports_patient_id_idx ON reports (patient_id);
        CREATE INDEX reports_created_by_idx ON reports (created_by);

        CREATE TABLE recording_comparisons (
            id uuid PRIMARY KEY,
            baseline_session_id uuid NOT NULL
                CONSTRAINT recording_comparisons_baseline_fk REFERENCES recording_sessions (id) ON DELETE CASCADE,
            comparison_session_id uuid NOT NULL
                CONSTRAINT recording_comparisons_comparison_fk REFERENCES recording_sessions (id) ON DELETE CASCADE,
            metric_differences jsonb NOT NULL,
            statistical_tests jsonb NOT NULL,
            created_by uuid CONSTRAINT recording_comparisons_users_fk REFERENCES users (id) ON DELETE SET NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX recording_comparisons_baseline_session_id_idx ON recording_comparisons (baseline_session_id);
        CREATE INDEX recording_comparisons_comparison_session_id_idx ON recording_comparisons (comparison_session_id);
        CREATE INDEX recording_comparisons_created_by_idx ON recording_comparisons (created_by);

        CREATE TABLE audit_logs (
            id uuid PRIMARY KEY,
            actor_id uuid CONSTRAINT audit_logs_users_fk REFERENCES users (id) ON DELETE SET NULL,
            action text NOT NULL,
            entity_type text NOT NULL,
            entity_id text,
            at timestamptz NOT NULL DEFAULT now(),
            details jsonb NOT NULL DEFAULT '{}'::jsonb,
            ip_address inet,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX audit_logs_actor_id_idx ON audit_logs (actor_id);
        CREATE INDEX audit_logs_entity_idx ON audit_logs (entity_type, entity_id);
        CREATE INDEX audit_logs_at_idx ON audit_logs (at);
        """

    static let down = """
        DROP TABLE audit_logs;
        DROP TABLE recording_comparisons;
        DROP TABLE reports;
        DROP TABLE clinical_annotations;
        """
}
