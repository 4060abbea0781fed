-- inspection-service: HMIP inspections, their versions (corrections), recommendations and improvement-plan actions.
-- Only the head row (inspection) is ever updated; everything else is append-only and guarded by triggers.

-- One row per inspection: the aggregate's head. version = the event version (rises with every change, under a
-- row lock); correction / published_on mirror the latest version (for listing and the one-report-per-day rule).
CREATE TABLE inspection (
    id           UUID PRIMARY KEY,
    team         VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL,
    correction   INTEGER      NOT NULL,
    published_on DATE         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT inspection_team_published_on UNIQUE (team, published_on)
);

-- Every version of an inspection's record: correction 0 is the original, each correction adds the next.
CREATE TABLE inspection_version (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id       UUID         NOT NULL REFERENCES inspection (id),
    correction          INTEGER      NOT NULL,
    framework           VARCHAR(100) NOT NULL,
    fieldwork_start     DATE,
    fieldwork_end       DATE,
    published_on        DATE         NOT NULL,
    ratings             JSONB        NOT NULL,
    scores              JSONB        NOT NULL,
    score               INTEGER,
    overall             VARCHAR(50),
    points_to_next_band INTEGER,
    source              VARCHAR(500),
    synthetic           BOOLEAN      NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    recorded_by         VARCHAR(200) NOT NULL,
    CONSTRAINT inspection_version_correction UNIQUE (inspection_id, correction)
);

CREATE TABLE recommendation (
    id            UUID PRIMARY KEY,
    inspection_id UUID         NOT NULL REFERENCES inspection (id),
    number        INTEGER      NOT NULL,
    addressee     VARCHAR(200) NOT NULL,
    text          TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    CONSTRAINT recommendation_number UNIQUE (inspection_id, number)
);

-- An improvement-plan action as created; its status and progress live in action_history (latest row = current).
CREATE TABLE improvement_action (
    id                UUID PRIMARY KEY,
    inspection_id     UUID         NOT NULL REFERENCES inspection (id),
    number            INTEGER      NOT NULL,
    recommendation_id UUID REFERENCES recommendation (id),
    reference         VARCHAR(50),
    text              TEXT         NOT NULL,
    owner             VARCHAR(200) NOT NULL,
    due               VARCHAR(200) NOT NULL,
    due_date          DATE,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    CONSTRAINT improvement_action_number UNIQUE (inspection_id, number)
);

-- Every status/progress an action has had: revision 1 at creation, one more per change. Never updated.
CREATE TABLE action_history (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id        UUID         NOT NULL REFERENCES improvement_action (id),
    revision         INTEGER      NOT NULL,
    at               TIMESTAMPTZ  NOT NULL,
    by_subject       VARCHAR(200) NOT NULL,
    status           VARCHAR(20),
    submitted_status VARCHAR(20),
    progress         TEXT,
    CONSTRAINT action_history_revision UNIQUE (action_id, revision),
    CONSTRAINT action_history_status CHECK (status IS NULL OR status IN ('GREEN', 'AMBER', 'RED', 'COMPLETE'))
);

-- The unique constraints above also serve the look-ups by inspection (and by team, newest first).

CREATE FUNCTION yj_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: rows are never updated or deleted', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER inspection_version_append_only BEFORE UPDATE OR DELETE ON inspection_version
    FOR EACH ROW EXECUTE FUNCTION yj_append_only();
CREATE TRIGGER recommendation_append_only BEFORE UPDATE OR DELETE ON recommendation
    FOR EACH ROW EXECUTE FUNCTION yj_append_only();
CREATE TRIGGER improvement_action_append_only BEFORE UPDATE OR DELETE ON improvement_action
    FOR EACH ROW EXECUTE FUNCTION yj_append_only();
CREATE TRIGGER action_history_append_only BEFORE UPDATE OR DELETE ON action_history
    FOR EACH ROW EXECUTE FUNCTION yj_append_only();
