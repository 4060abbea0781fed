-- The gateway's read model, part 1: the newest state of every aggregate it has seen, with its version.
-- An event is applied only when its version is newer than the one held (see EventApplier); the check and the
-- update commit together, so redelivery and replay are harmless and a restart needs no replay.
CREATE TABLE aggregate_state (
    aggregate_type VARCHAR(100) NOT NULL,
    aggregate_id   VARCHAR(300) NOT NULL,
    version        BIGINT       NOT NULL,
    event_id       UUID         NOT NULL,
    event_type     VARCHAR(200) NOT NULL,
    event_time     TIMESTAMPTZ  NOT NULL,
    data           JSONB        NOT NULL,
    applied_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (aggregate_type, aggregate_id)
);
