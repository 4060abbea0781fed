-- inspection-service: improvement plans as councils write them (issue 16). Several owners per action, a due written
-- in words with or without its date, sections and references between actions; recommendations owned by a role and
-- progress reported against them; the plan's own record (title, status, due), every revision kept; inspections whose
-- paper gives no publication date, only the fieldwork (Merton 2011). Nothing recorded before is rewritten: columns
-- added to the append-only tables are null on their old rows and read as before (an action's one owner, a
-- recommendation without owner or progress).

-- Inspections without a publication date. The head mirrors the latest version's fieldwork dates as it mirrors its
-- publication date: they order the team's list when there is no publication date, and key the one-inspection rule.
ALTER TABLE inspection ALTER COLUMN published_on DROP NOT NULL;
ALTER TABLE inspection ALTER COLUMN published_precision DROP NOT NULL;
ALTER TABLE inspection ADD COLUMN fieldwork_start DATE;
ALTER TABLE inspection ADD COLUMN fieldwork_end DATE;
ALTER TABLE inspection ADD COLUMN fieldwork_precision VARCHAR(5);
UPDATE inspection i SET fieldwork_start = v.fieldwork_start, fieldwork_end = v.fieldwork_end,
                        fieldwork_precision = v.fieldwork_precision
    FROM inspection_version v WHERE v.inspection_id = i.id AND v.correction = i.correction;
ALTER TABLE inspection ADD CONSTRAINT inspection_dated CHECK (
    (published_on IS NULL) = (published_precision IS NULL)
    AND (published_on IS NOT NULL OR fieldwork_start IS NOT NULL));
ALTER TABLE inspection ADD CONSTRAINT inspection_fieldwork_precision CHECK (
    (fieldwork_precision IS NULL) = (fieldwork_start IS NULL AND fieldwork_end IS NULL)
    AND (fieldwork_precision IS NULL OR fieldwork_precision IN ('DAY', 'MONTH')));
-- (team, published_on, published_precision) stays unique; without a publication date, the fieldwork is the key.
CREATE UNIQUE INDEX inspection_team_fieldwork_unpublished
    ON inspection (team, fieldwork_start, fieldwork_end, fieldwork_precision) WHERE published_on IS NULL;

ALTER TABLE inspection_version ALTER COLUMN published_on DROP NOT NULL;
ALTER TABLE inspection_version ALTER COLUMN published_precision DROP NOT NULL;
ALTER TABLE inspection_version ADD CONSTRAINT inspection_version_dated CHECK (
    (published_on IS NULL) = (published_precision IS NULL)
    AND (published_on IS NOT NULL OR fieldwork_start IS NOT NULL));

-- Recommendations: the body addressed and/or the role made responsible (Merton: "(YJS Manager)").
ALTER TABLE recommendation ALTER COLUMN addressee DROP NOT NULL;
ALTER TABLE recommendation ADD COLUMN owner VARCHAR(200);
ALTER TABLE recommendation ADD CONSTRAINT recommendation_addressed CHECK (addressee IS NOT NULL OR owner IS NOT NULL);

-- Progress reported against a recommendation (Buckinghamshire, 25 January 2024). Never updated; a report repeated
-- with the same date and text is not stored twice.
CREATE TABLE recommendation_progress (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recommendation_id UUID         NOT NULL REFERENCES recommendation (id),
    reported_on       DATE         NOT NULL,
    text              TEXT         NOT NULL,
    source            VARCHAR(500),
    recorded_at       TIMESTAMPTZ  NOT NULL,
    recorded_by       VARCHAR(200) NOT NULL
);
CREATE UNIQUE INDEX recommendation_progress_entry
    ON recommendation_progress (recommendation_id, reported_on, md5(text));

-- Actions: owners as written (null on actions recorded before: their one owner), the due as written and/or its date,
-- the plan's section, and the references of the other actions it refers to. owner keeps the owners joined with "; ".
-- A reference is unique within an inspection: the service checks it under the inspection's row lock (actions
-- recorded before may repeat one, so no unique index is added over them).
ALTER TABLE improvement_action ALTER COLUMN due DROP NOT NULL;
ALTER TABLE improvement_action ADD COLUMN section VARCHAR(200);
ALTER TABLE improvement_action ADD COLUMN owners JSONB;
ALTER TABLE improvement_action ADD COLUMN refers_to JSONB NOT NULL DEFAULT '[]';
ALTER TABLE improvement_action ADD CONSTRAINT improvement_action_due CHECK (due IS NOT NULL OR due_date IS NOT NULL);

-- The plan's own record: one row per revision (1, 2, …), the latest is current. Never updated.
CREATE TABLE improvement_plan (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id UUID         NOT NULL REFERENCES inspection (id),
    revision      INTEGER      NOT NULL,
    title         VARCHAR(200),
    status        VARCHAR(20)  NOT NULL,
    due           VARCHAR(200),
    due_date      DATE,
    source        VARCHAR(500),
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    CONSTRAINT improvement_plan_revision UNIQUE (inspection_id, revision),
    CONSTRAINT improvement_plan_status CHECK (status IN ('IN_PREPARATION', 'DRAFT', 'AGREED'))
);

CREATE TRIGGER recommendation_progress_append_only BEFORE UPDATE OR DELETE ON recommendation_progress
    FOR EACH ROW EXECUTE FUNCTION yj_append_only();
CREATE TRIGGER improvement_plan_append_only BEFORE UPDATE OR DELETE ON improvement_plan
    FOR EACH ROW EXECUTE FUNCTION yj_append_only();
