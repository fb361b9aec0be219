-- Schema version 5 (SQLite): the table of a new standard kind, source (a document a council's records come
-- from: provenance as data), and the index on its council. The kinds a source supports are in record_key.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE "source" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE INDEX source_council_id ON "source" (council_id);
