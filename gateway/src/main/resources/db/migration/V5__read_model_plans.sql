-- Issue 16: improvement plans in the team profile. An inspection keeps its fieldwork dates (they order it when the
-- publication date is not known), its plan's own record, and its plan's actions (what the profile's open, by-status and
-- overdue figures are computed from). Columns are nullable where the event's field may be absent: a constraint that
-- failed inside the event applier's transaction would be retried for ever.
ALTER TABLE rm_inspection ADD COLUMN fieldwork_start     DATE;
ALTER TABLE rm_inspection ADD COLUMN fieldwork_end       DATE;
ALTER TABLE rm_inspection ADD COLUMN fieldwork_precision TEXT;
-- {"title", "status", "due", "dueDate"}, null until the inspection has a plan
ALTER TABLE rm_inspection ADD COLUMN plan                JSONB;

-- One row per action of an inspection's plan, in the plan's order (position = its index in the event's actions).
-- owners: a JSON array of strings (an event from before owners gives its one owner); status as the event gave it
-- (null = not rated yet).
CREATE TABLE rm_action (
    inspection TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    id         TEXT,
    reference  TEXT,
    text       TEXT,
    owners     JSONB   NOT NULL,
    due        TEXT,
    due_date   DATE,
    status     TEXT,
    PRIMARY KEY (inspection, position)
);

-- An upgraded gateway needs no rebuild: the new columns and rows come from the event each inspection row was built
-- from (aggregate_state.data, V2), mapped as ChangeMapper maps a live event.
UPDATE rm_inspection i
   SET fieldwork_start = (a.data ->> 'fieldworkStart')::date,
       fieldwork_end = (a.data ->> 'fieldworkEnd')::date,
       fieldwork_precision = CASE
           WHEN a.data ->> 'fieldworkStart' IS NULL AND a.data ->> 'fieldworkEnd' IS NULL THEN NULL
           ELSE coalesce(a.data ->> 'fieldworkPrecision', 'DAY') END,
       plan = CASE WHEN jsonb_typeof(a.data -> 'plan') = 'object' THEN jsonb_build_object(
           'title', a.data -> 'plan' -> 'title', 'status', a.data -> 'plan' -> 'status',
           'due', a.data -> 'plan' -> 'due', 'dueDate', a.data -> 'plan' -> 'dueDate') END
  FROM aggregate_state a
 WHERE a.aggregate_type = 'inspection' AND a.aggregate_id = i.id;

INSERT INTO rm_action (inspection, position, id, reference, text, owners, due, due_date, status)
SELECT i.id, (e.ordinality - 1)::int, e.action ->> 'id', e.action ->> 'reference', e.action ->> 'text',
       coalesce((SELECT jsonb_agg(o ORDER BY n) FROM jsonb_array_elements(
                     CASE WHEN jsonb_typeof(e.action -> 'owners') = 'array' THEN e.action -> 'owners' ELSE '[]' END)
                     WITH ORDINALITY AS w(o, n)
                 WHERE jsonb_typeof(o) = 'string'),
                CASE WHEN e.action ->> 'owner' IS NULL THEN '[]'::jsonb
                     ELSE jsonb_build_array(e.action ->> 'owner') END),
       e.action ->> 'due', (e.action ->> 'dueDate')::date, e.action ->> 'status'
  FROM rm_inspection i
  JOIN aggregate_state a ON a.aggregate_type = 'inspection' AND a.aggregate_id = i.id
 CROSS JOIN LATERAL jsonb_array_elements(
           CASE WHEN jsonb_typeof(a.data -> 'actions') = 'array' THEN a.data -> 'actions' ELSE '[]' END)
           WITH ORDINALITY AS e(action, ordinality)
 WHERE jsonb_typeof(e.action) = 'object';
