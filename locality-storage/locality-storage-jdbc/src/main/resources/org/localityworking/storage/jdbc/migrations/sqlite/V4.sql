-- Schema version 4 (SQLite): the table of a new standard kind, naming_consent (a person's consent to be named
-- in a council's public reports), and the indexes on its key columns and date.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE "naming_consent" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE INDEX naming_consent_council_id ON "naming_consent" (council_id);
CREATE INDEX naming_consent_person_id ON "naming_consent" (person_id);
CREATE INDEX naming_consent_record_date ON "naming_consent" (record_date);
