-- inspection-service: dates known only to the month. Historical reports are often dated "August 2021" with
-- fieldwork "in May 2021"; nothing is made up, so such a date is kept as a month: the DATE column holds the month's
-- first day and the *_precision column says MONTH (DAY for a full date, as every date was before this migration).
-- fieldwork_start and fieldwork_end share one precision (fieldwork_precision), NULL when there is no fieldwork date.

-- The head: publication date with its precision; one inspection per team, publication date and precision.
ALTER TABLE inspection ADD COLUMN published_precision VARCHAR(5) NOT NULL DEFAULT 'DAY';
ALTER TABLE inspection ALTER COLUMN published_precision DROP DEFAULT;
ALTER TABLE inspection ADD CONSTRAINT inspection_published_precision CHECK (
    published_precision = 'DAY' OR (published_precision = 'MONTH' AND EXTRACT(DAY FROM published_on) = 1));
ALTER TABLE inspection DROP CONSTRAINT inspection_team_published_on;
ALTER TABLE inspection ADD CONSTRAINT inspection_team_published_on_precision
    UNIQUE (team, published_on, published_precision);

-- The versions. The table is append-only (trigger inspection_version_append_only); the one sanctioned exception is
-- this back-fill of the new column, inside this migration's transaction, with the trigger off only for it: every
-- fieldwork date recorded before now was a full date.
ALTER TABLE inspection_version ADD COLUMN published_precision VARCHAR(5) NOT NULL DEFAULT 'DAY';
ALTER TABLE inspection_version ALTER COLUMN published_precision DROP DEFAULT;
ALTER TABLE inspection_version ADD COLUMN fieldwork_precision VARCHAR(5);

ALTER TABLE inspection_version DISABLE TRIGGER inspection_version_append_only;
UPDATE inspection_version SET fieldwork_precision = 'DAY'
    WHERE fieldwork_start IS NOT NULL OR fieldwork_end IS NOT NULL;
ALTER TABLE inspection_version ENABLE TRIGGER inspection_version_append_only;

ALTER TABLE inspection_version ADD CONSTRAINT inspection_version_published_precision CHECK (
    published_precision = 'DAY' OR (published_precision = 'MONTH' AND EXTRACT(DAY FROM published_on) = 1));
ALTER TABLE inspection_version ADD CONSTRAINT inspection_version_fieldwork_precision CHECK (
    (fieldwork_precision IS NULL) = (fieldwork_start IS NULL AND fieldwork_end IS NULL)
    AND (fieldwork_precision IS NULL OR fieldwork_precision IN ('DAY', 'MONTH'))
    AND (fieldwork_precision IS DISTINCT FROM 'MONTH' OR (
        (fieldwork_start IS NULL OR EXTRACT(DAY FROM fieldwork_start) = 1)
        AND (fieldwork_end IS NULL OR EXTRACT(DAY FROM fieldwork_end) = 1))));
