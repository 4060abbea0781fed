-- The transactional outbox shared by every service (service-kit). A row is written in the same transaction as
-- the domain change; the relay publishes pending rows to Kafka in seq order and stamps sent_at.
CREATE TABLE outbox_event (
    id             UUID PRIMARY KEY,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic          VARCHAR(200) NOT NULL,
    aggregate_type VARCHAR(100) NOT NULL,
    aggregate_id   VARCHAR(300) NOT NULL,
    event_type     VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    payload        JSONB        NOT NULL,
    sent_at        TIMESTAMPTZ
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL;
