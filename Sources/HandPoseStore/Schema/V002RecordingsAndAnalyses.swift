/// Migration 2: login `sessions`, `recording_sessions`, `signal_processing_results` and
/// `clinical_analyses`: what one saved analysis writes.
///
/// Clinical records keep the users they name: the patient and clinician foreign keys are
/// `ON DELETE RESTRICT` (deactivate a user instead of deleting them); results and analyses belong to
/// their recording session (`ON DELETE CASCADE`, used only when a soft-deleted session is purged).
/// Sample arrays are `SampleMatrix` blobs (`BLOB` / `bytea`), never JSON text.
enum V002RecordingsAndAnalyses {
    static let migration = Migration(
        version: 2, name: "recordings_and_analyses",
        scripts: [
            .sqlite: .init(up: sqliteUp, down: down),
            .postgres: .init(up: postgresUp, down: down),
        ])

    static let sqliteUp = """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY NOT NULL,
            user_id TEXT NOT NULL CONSTRAINT sessions_users_fk REFERENCES users (id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL CONSTRAINT sessions_token_hash_key UNIQUE,
            expires_at TEXT NOT NULL,
            ip_address TEXT,
            user_agent TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX sessions_user_id_idx ON sessions (user_id);

        CREATE TABLE recording_sessions (
            id TEXT PRIMARY KEY NOT NULL,
            patient_id TEXT CONSTRAINT recording_sessions_patient_fk REFERENCES users (id) ON DELETE RESTRICT,
            clinician_id TEXT CONSTRAINT recording_sessions_clinician_fk REFERENCES users (id) ON DELETE RESTRICT,
            protocol_id TEXT CONSTRAINT recording_sessions_protocols_fk REFERENCES protocols (id) ON DELETE RESTRICT,
            recording_date TEXT NOT NULL,
            duration_seconds REAL NOT NULL CHECK (duration_seconds >= 0),
            fps REAL NOT NULL CHECK (fps >= 0),
            frame_count INTEGER NOT NULL CHECK (frame_count >= 0),
            device_info TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(device_info)),
            video_path TEXT,
            csv_path TEXT,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'uploaded' CONSTRAINT recording_sessions_status_check
                CHECK (status IN ('uploaded', 'processing', 'analyzed', 'completed', 'failed')),
            processing_metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(processing_metadata)),
            review_status TEXT NOT NULL DEFAULT 'pending' CONSTRAINT recording_sessions_review_status_check
                CHECK (review_status IN ('pending', 'approved', 'flagged')),
            clinical_notes TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            deleted_at TEXT
        );
        CREATE INDEX recording_sessions_patient_id_idx ON recording_sessions (patient_id);
        CREATE INDEX recording_sessions_clinician_id_idx ON recording_sessions (clinician_id);
        CREATE INDEX recording_sessions_protocol_id_idx ON recording_sessions (protocol_id);
        CREATE INDEX recording_sessions_content_hash_idx ON recording_sessions (content_hash);
        CREATE INDEX recording_sessions_live_completed_idx ON recording_sessions (recording_date)
            WHERE deleted_at IS NULL AND status = 'completed';

        CREATE TABLE signal_processing_results (
            id TEXT PRIMARY KEY NOT NULL,
            recording_session_id TEXT NOT NULL
                CONSTRAINT signal_processing_results_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            filters_applied TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(filters_applied)),
            raw_landmarks BLOB NOT NULL,
            butterworth BLOB,
            kalman BLOB,
            savitzky_golay BLOB,
            moving_average BLOB,
            exponential_smoothing BLOB,
            fft_filtered BLOB,
            wavelet_denoised BLOB,
            particle_filter BLOB,
            unscented_kalman BLOB,
            quality_metrics TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(quality_metrics)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX signal_processing_results_recording_session_id_idx
            ON signal_processing_results (recording_session_id);

        CREATE TABLE clinical_analyses (
            id TEXT PRIMARY KEY NOT NULL,
            recording_session_id TEXT NOT NULL
                CONSTRAINT clinical_analyses_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            signal_processing_result_id TEXT
                CONSTRAINT clinical_analyses_signal_processing_results_fk
                REFERENCES signal_processing_results (id) ON DELETE SET NULL,
            analysis_version TEXT NOT NULL,
            analysis_type TEXT NOT NULL,
            primary_hand TEXT CHECK (primary_hand IN ('left', 'right')),
            tremor_frequency REAL,
            tremor_amplitude REAL,
            tremor_regularity REAL,
            dominant_frequency REAL,
            frequency_spectrum TEXT CHECK (frequency_spectrum IS NULL OR json_valid(frequency_spectrum)),
            sparc REAL,
            ldljv REAL,
            normalized_jerk REAL,
            rom_measurements TEXT CHECK (rom_measurements IS NULL OR json_valid(rom_measurements)),
            asymmetry_index REAL,
            asymmetry_details TEXT CHECK (asymmetry_details IS NULL OR json_valid(asymmetry_details)),
            coordination_score REAL,
            reaction_time REAL,
            movement_accuracy REAL,
            severity_scores TEXT CHECK (severity_scores IS NULL OR json_valid(severity_scores)),
            overall_score REAL,
            clinical_summary TEXT,
            confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
            quality_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(quality_flags)),
            document TEXT NOT NULL CHECK (json_valid(document)),
            created_by TEXT CONSTRAINT clinical_analyses_users_fk REFERENCES users (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX clinical_analyses_recording_session_id_idx ON clinical_analyses (recording_session_id);
        CREATE INDEX clinical_analyses_signal_processing_result_id_idx
            ON clinical_analyses (signal_processing_result_id);
        CREATE INDEX clinical_analyses_created_by_idx ON clinical_analyses (created_by);
        """

    static let postgresUp = """
        CREATE TABLE sessions (
            id uuid PRIMARY KEY,
            user_id uuid NOT NULL CONSTRAINT sessions_users_fk REFERENCES users (id) ON DELETE CASCADE,
            token_hash text NOT NULL CONSTRAINT sessions_token_hash_key UNIQUE,
            expires_at timestamptz NOT NULL,
            ip_address inet,
            user_agent text,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX sessions_user_id_idx ON sessions (user_id);

        CREATE TABLE recording_sessions (
            id uuid PRIMARY KEY,
            patient_id uuid CONSTRAINT recording_sessions_patient_fk REFERENCES users (id) ON DELETE RESTRICT,
            clinician_id uuid CONSTRAINT recording_sessions_clinician_fk REFERENCES users (id) ON DELETE RESTRICT,
            protocol_id uuid CONSTRAINT recording_sessions_protocols_fk REFERENCES protocols (id) ON DELETE RESTRICT,
            recording_date timestamptz NOT NULL,
            duration_seconds double precision NOT NULL CHECK (duration_seconds >= 0),
            fps double precision NOT NULL CHECK (fps >= 0),
            frame_count integer NOT NULL CHECK (frame_count >= 0),
            device_info jsonb NOT NULL DEFAULT '{}'::jsonb,
            video_path text,
            csv_path text,
            content_hash text NOT NULL,
            status text NOT NULL DEFAULT 'uploaded' CONSTRAINT recording_sessions_status_check
                CHECK (status IN ('uploaded', 'processing', 'analyzed', 'completed', 'failed')),
            processing_metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
            review_status text NOT NULL DEFAULT 'pending' CONSTRAINT recording_sessions_review_status_check
                CHECK (review_status IN ('pending', 'approved', 'flagged')),
            clinical_notes text,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            deleted_at timestamptz
        );
        CREATE INDEX recording_sessions_patient_id_idx ON recording_sessions (patient_id);
        CREATE INDEX recording_sessions_clinician_id_idx ON recording_sessions (clinician_id);
        CREATE INDEX recording_sessions_protocol_id_idx ON recording_sessions (protocol_id);
        CREATE INDEX recording_sessions_content_hash_idx ON recording_sessions (content_hash);
        -- Worklists read live completed sessions by date; the partial index skips deleted and unfinished ones.
        CREATE INDEX recording_sessions_live_completed_idx ON recording_sessions (recording_date)
            WHERE deleted_at IS NULL AND status = 'completed';
        CREATE INDEX recording_sessions_notes_fts_idx ON recording_sessions
            USING gin (to_tsvector('english', coalesce(clinical_notes, '')));

        CREATE TABLE signal_processing_results (
            id uuid PRIMARY KEY,
            recording_session_id uuid NOT NULL
                CONSTRAINT signal_processing_results_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            filters_applied jsonb NOT NULL DEFAULT '[]'::jsonb,
            raw_landmarks bytea NOT NULL,
            butterworth bytea,
            kalman bytea,
            savitzky_golay bytea,
            moving_average bytea,
            exponential_smoothing bytea,
            fft_filtered bytea,
            wavelet_denoised bytea,
            particle_filter bytea,
            unscented_kalman bytea,
            quality_metrics jsonb NOT NULL DEFAULT '{}'::jsonb,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX signal_processing_results_recording_session_id_idx
            ON signal_processing_results (recording_session_id);

        CREATE TABLE clinical_analyses (
            id uuid PRIMARY KEY,
            recording_session_id uuid NOT NULL
                CONSTRAINT clinical_analyses_recording_sessions_fk
                REFERENCES recording_sessions (id) ON DELETE CASCADE,
            signal_processing_result_id uuid
                CONSTRAINT clinical_analyses_signal_processing_results_fk
                REFERENCES signal_processing_results (id) ON DELETE SET NULL,
            analysis_version text NOT NULL,
            analysis_type text NOT NULL,
            primary_hand text CHECK (primary_hand IN ('left', 'right')),
            tremor_frequency double precision,
            tremor_amplitude double precision,
            tremor_regularity double precision,
            dominant_frequency double precision,
            frequency_spectrum jsonb,
            sparc double precision,
            ldljv double precision,
            normalized_jerk double precision,
            rom_measurements jsonb,
            asymmetry_index double precision,
            asymmetry_details jsonb,
            coordination_score double precision,
            reaction_time double precision,
            movement_accuracy double precision,
            severity_scores jsonb,
            overall_score double precision,
            clinical_summary text,
            confidence double precision CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
            quality_flags jsonb NOT NULL DEFAULT '[]'::jsonb,
            document jsonb NOT NULL,
            created_by uuid CONSTRAINT clinical_analyses_users_fk REFERENCES users (id) ON DELETE SET NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX clinical_analyses_recording_session_id_idx ON clinical_analyses (recording_session_id);
        CREATE INDEX clinical_analyses_signal_processing_result_id_idx
            ON clinical_analyses (signal_processing_result_id);
        CREATE INDEX clinical_analyses_created_by_idx ON clinical_analyses (created_by);
        CREATE INDEX clinical_analyses_severity_scores_gin ON clinical_analyses USING gin (severity_scores);
        """

    static let down = """
        DROP TABLE clinical_analyses;
        DROP TABLE signal_processing_results;
        DROP TABLE recording_sessions;
        DROP TABLE sessions;
        """
}
