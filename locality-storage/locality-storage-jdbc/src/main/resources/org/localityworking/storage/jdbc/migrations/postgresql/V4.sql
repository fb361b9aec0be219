-- Schema version 4 (PostgreSQL): the table of a new standard kind, naming_consent (a person's consent to be
-- named in a council's public reports), and the indexes on its key columns and date.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE "naming_consent" (id TEXT COLLATE "C" PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT COLLATE "C", locality_id TEXT COLLATE "C", ward_id TEXT COLLATE "C", category TEXT, status TEXT, parent_id TEXT COLLATE "C", person_id TEXT COLLATE "C", record_date DATE, body TEXT NOT NULL);
CREATE INDEX naming_consent_council_id ON "naming_consent" (council_id);
CREATE INDEX naming_consent_person_id ON "naming_consent" (person_id);
CREATE INDEX naming_consent_record_date ON "naming_consent" (record_date);
