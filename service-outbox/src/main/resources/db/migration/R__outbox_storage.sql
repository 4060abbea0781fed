-- How outbox rows are stored (service-kit; repeatable, so it needs no version number of its own among the services'
-- migrations). An event's payload is a few KB of JSON (a national return with its 14 values is about 2.3 KB as
-- jsonb). Over about 2 KB PostgreSQL would compress each row with pglz as it is written, which cost a bulk load of
-- 620 events 10 of its 28 ms of outbox inserts. Rows up to a full page are now kept as written: the relay reads them
-- once (and a replay again), and the space is cheap. Larger rows are still compressed and moved out of line as usual.
ALTER TABLE outbox_event SET (toast_tuple_target = 8160);
