-- Schema version 6 (SQLite): the tables of two new standard kinds, gift (what a person or organisation offers:
-- head, hands or heart) and need (what a group or plan priority is looking for), and the indexes on their
-- locality, ward, kind of gift (category) and locality with category. A gift's giver, when a person, is in
-- record_key under PERSON.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE "gift" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE INDEX gift_locality_id ON "gift" (locality_id);
CREATE INDEX gift_ward_id ON "gift" (ward_id);
CREATE INDEX gift_category ON "gift" (category);
CREATE INDEX gift_locality_category ON "gift" (locality_id, category);
CREATE TABLE "need" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE INDEX need_locality_id ON "need" (locality_id);
CREATE INDEX need_ward_id ON "need" (ward_id);
CREATE INDEX need_category ON "need" (category);
CREATE INDEX need_locality_category ON "need" (locality_id, category);
