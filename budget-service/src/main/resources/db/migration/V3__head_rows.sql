-- Writers serialise on head rows (service-kit's HeadLocks) instead of advisory locks: one row per aggregate, keyed by
-- (team, year), created and locked by one upsert. Revision 0 is a head with nothing stored yet: a budget write locks the
-- next year's head too (it may republish that budget), so that year's head can exist before its first revision.

-- budget_head: keyed by its natural key (the upsert inserts only the key), revision 0 allowed, defaults for the rest
ALTER TABLE budget_head DROP COLUMN aggregate_id;
ALTER TABLE budget_head DROP CONSTRAINT budget_head_team_year_key;
ALTER TABLE budget_head ADD PRIMARY KEY (team, year);
ALTER TABLE budget_head DROP CONSTRAINT budget_head_revision_check;
ALTER TABLE budget_head ADD CONSTRAINT budget_head_revision_check CHECK (revision >= 0);
ALTER TABLE budget_head ALTER COLUMN revision SET DEFAULT 0;
ALTER TABLE budget_head ALTER COLUMN version SET DEFAULT 0;

-- staffing had no head row (its writers took an advisory lock on the aggregate's name)
CREATE TABLE staffing_head (
    team     VARCHAR(100) NOT NULL,
    year     VARCHAR(7)   NOT NULL,
    revision BIGINT       NOT NULL DEFAULT 0 CHECK (revision >= 0),
    PRIMARY KEY (team, year)
);
INSERT INTO staffing_head (team, year, revision)
SELECT team, year, max(revision) FROM staffing_revision GROUP BY team, year;
