-- Schema version 5 (PostgreSQL): the table of a new standard kind, source (a document a council's records
-- come from: provenance as data), and the index on its council. The kinds a source supports are in record_key.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE "source" (id TEXT COLLATE "C" PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT COLLATE "C", locality_id TEXT COLLATE "C", ward_id TEXT COLLATE "C", category TEXT, status TEXT, parent_id TEXT COLLATE "C", person_id TEXT COLLATE "C", record_date DATE, body TEXT NOT NULL);
CREATE INDEX source_council_id ON "source" (council_id);
