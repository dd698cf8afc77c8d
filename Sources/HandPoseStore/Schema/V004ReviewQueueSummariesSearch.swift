/// Migration 4: the derived tables `analysis_review_queue` and `daily_summaries`, and full-text
/// search on clinical notes in SQLite (FTS5; PostgreSQL's GIN `tsvector` index came with migration 2).
///
/// The review queue holds one row per analysis that waits for (or received) a clinician's review;
/// the partial index serves the worklist of pending ones. `daily_summaries` is rebuilt by
/// `ClinicalStore.refreshDailySummaries()` (`handpose db refresh-summaries`), never edited by hand.
enum V004ReviewQueueSummariesSearch {
    static let migration = Migration(
        version: 4, name: "review_queue_summaries_search",
        scripts: [
            .sqlite: .init(up: sqliteUp, down: sqliteDown),
            .postgres: .init(up: postgresUp, down: postgresDown),
        ])

    static let sqliteUp = """
        CREATE TABLE analysis_review_queue (
            id TEXT PRIMARY KEY NOT NULL,
            clinical_analysis_id TEXT NOT NULL CONSTRAINT analysis_review_queue_analysis_key UNIQUE
                CONSTRAINT analysis_review_queue_clinical_analyses_fk
                REFERENCES clinical_analyses (id) ON DELETE CASCADE,
            recording_session_id TEXT NOT NULL
                CONSTRAINT analysis_review_queue_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
            decision TEXT CONSTRAINT analysis_review_queue_decision_check CHECK (decision IN ('approved', 'flagged')),
            reviewed_by TEXT CONSTRAINT analysis_review_queue_users_fk REFERENCES users (id) ON DELETE SET NULL,
            reviewed_at TEXT,
            notes TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX analysis_review_queue_recording_session_id_idx ON analysis_review_queue (recording_session_id);
        CREATE INDEX analysis_review_queue_reviewed_by_idx ON analysis_review_queue (reviewed_by);
        CREATE INDEX analysis_review_queue_pending_idx ON analysis_review_queue (created_at) WHERE reviewed_at IS NULL;

        CREATE TABLE daily_summaries (
            id TEXT PRIMARY KEY NOT NULL,
            day TEXT NOT NULL,
            clinician_id TEXT CONSTRAINT daily_summaries_users_fk REFERENCES users (id) ON DELETE CASCADE,
            sessions_count INTEGER NOT NULL,
            analyses_count INTEGER NOT NULL,
            flagged_count INTEGER NOT NULL,
            mean_tremor_amplitude REAL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX daily_summaries_day_idx ON daily_summaries (day);
        CREATE INDEX daily_summaries_clinician_id_idx ON daily_summaries (clinician_id);

        -- External-content FTS5 index over recording_sessions.clinical_notes, kept in step by triggers.
        CREATE VIRTUAL TABLE recording_sessions_notes_fts USING fts5(
            clinical_notes, content = 'recording_sessions', content_rowid = 'rowid', tokenize = 'porter unicode61');
        INSERT INTO recording_sessions_notes_fts (rowid, clinical_notes)
            SELECT rowid, clinical_notes FROM recording_sessions WHERE clinical_notes IS NOT NULL;
        CREATE TRIGGER recording_sessions_notes_fts_insert AFTER INSERT ON recording_sessions
            WHEN new.clinical_notes IS NOT NULL BEGIN
            INSERT INTO recording_sessions_notes_fts (rowid, clinical_notes) VALUES (new.rowid, new.clinical_notes);
        END;
        CREATE TRIGGER recording_sessions_notes_fts_delete AFTER DELETE ON recording_sessions
            WHEN old.clinical_notes IS NOT NULL BEGIN
            INSERT INTO recording_sessions_notes_fts (recording_sessions_notes_fts, rowid, clinical_notes)
                VALUES ('delete', old.rowid, old.clinical_notes);
        END;
        CREATE TRIGGER recording_sessions_notes_fts_update AFTER UPDATE OF clinical_notes ON recording_sessions BEGIN
            INSERT INTO recording_sessions_notes_fts (recording_sessions_notes_fts, rowid, clinical_notes)
                SELECT 'delete', old.rowid, old.clinical_notes WHERE old.clinical_notes IS NOT NULL;
            INSERT INTO recording_sessions_notes_fts (rowid, clinical_notes)
                SELECT new.rowid, new.clinical_notes WHERE new.clinical_notes IS NOT NULL;
        END;
        """

    static let postgresUp = """
        CREATE TABLE analysis_review_queue (
            id uuid PRIMARY KEY,
            clinical_analysis_id uuid NOT NULL CONSTRAINT analysis_review_queue_analysis_key UNIQUE
                CONSTRAINT analysis_review_queue_clinical_analyses_fk
                REFERENCES clinical_analyses (id) ON DELETE CASCADE,
            recording_session_id uuid NOT NULL
                CONSTRAINT analysis_review_queue_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
            decision text CONSTRAINT analysis_review_queue_decision_check CHECK (decision IN ('approved', 'flagged')),
            reviewed_by uuid CONSTRAINT analysis_review_queue_users_fk REFERENCES users (id) ON DELETE SET NULL,
            reviewed_at timestamptz,
            notes text,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX analysis_review_queue_recording_session_id_idx ON analysis_review_queue (recording_session_id);
        CREATE INDEX analysis_review_queue_reviewed_by_idx ON analysis_review_queue (reviewed_by);
        -- The clinicians' worklist: only rows nobody has reviewed yet.
        CREATE INDEX analysis_review_queue_pending_idx ON analysis_review_queue (created_at) WHERE reviewed_at IS NULL;

        CREATE TABLE daily_summaries (
            id uuid PRIMARY KEY,
            day date NOT NULL,
            clinician_id uuid CONSTRAINT daily_summaries_users_fk REFERENCES users (id) ON DELETE CASCADE,
            sessions_count integer NOT NULL,
            analyses_count integer NOT NULL,
            flagged_count integer NOT NULL,
            mean_tremor_amplitude double precision,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX daily_summaries_day_idx ON daily_summaries (day);
        CREATE INDEX daily_summaries_clinician_id_idx ON daily_summaries (clinician_id);
        """

    static let sqliteDown = """
        DROP TRIGGER recording_sessions_notes_fts_update;
        DROP TRIGGER recording_sessions_notes_fts_delete;
        DROP TRIGGER recording_sessions_notes_fts_insert;
        DROP TABLE recording_sessions_notes_fts;
        DROP TABLE daily_summaries;
        DROP TABLE analysis_review_queue;
        """

    static let postgresDown = """
        DROP TABLE daily_summaries;
        DROP TABLE analysis_review_queue;
        """
}
