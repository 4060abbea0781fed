-- The gateway's read model, part 2: the rows the dashboards are built from. Written by the projections in the same
-- transaction as the version check on aggregate_state; loaded into memory at start-up (so a restart needs no replay)
-- and emptied by POST /api/v1/admin/rebuild before the topics are read again from the beginning.

-- The latest revision of every team's return, one row per indicator; rate is the service's full-precision rate.
CREATE TABLE rm_return_value (
    team        TEXT    NOT NULL,
    quarter     TEXT    NOT NULL,
    indicator   TEXT    NOT NULL,
    numerator   NUMERIC NOT NULL,
    denominator NUMERIC NOT NULL,
    rate        NUMERIC NOT NULL,
    PRIMARY KEY (team, quarter, indicator)
);
CREATE INDEX rm_return_value_indicator_quarter ON rm_return_value (indicator, quarter);

-- Targets per team, financial year and indicator (a rate in the indicator's unit).
CREATE TABLE rm_target (
    team      TEXT    NOT NULL,
    year      TEXT    NOT NULL,
    indicator TEXT    NOT NULL,
    value     NUMERIC NOT NULL,
    PRIMARY KEY (team, year, indicator)
);

-- One summary per inspection: what profiles and dashboards show, and the count of actions not COMPLETE.
CREATE TABLE rm_inspection (
    id           TEXT    PRIMARY KEY,
    team         TEXT    NOT NULL,
    framework    TEXT,
    published_on DATE,
    published_precision TEXT,
    overall      TEXT,
    score        INTEGER,
    ratings      JSONB   NOT NULL,
    actions      INTEGER NOT NULL,
    open_actions INTEGER NOT NULL
);
CREATE INDEX rm_inspection_team ON rm_inspection (team);

-- The latest budget per team and financial year: totals in whole pounds and the contributions.
CREATE TABLE rm_budget (
    team                TEXT   NOT NULL,
    year                TEXT   NOT NULL,
    staff_total         BIGINT NOT NULL,
    delegated_total     BIGINT NOT NULL,
    total               BIGINT NOT NULL,
    previous_year_total BIGINT,
    contributions       JSONB  NOT NULL,
    PRIMARY KEY (team, year)
);

-- The latest staffing return per team and financial year (total FTE).
CREATE TABLE rm_staffing (
    team      TEXT NOT NULL,
    year      TEXT NOT NULL,
    total_fte NUMERIC,
    PRIMARY KEY (team, year)
);
