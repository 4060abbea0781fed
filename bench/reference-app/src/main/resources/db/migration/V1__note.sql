-- The reference app's one table: enough for Flyway to migrate and Hibernate to map one entity.
CREATE SEQUENCE note_seq INCREMENT BY 50;

CREATE TABLE note (
    id   BIGINT       PRIMARY KEY,
    text VARCHAR(200) NOT NULL
);
