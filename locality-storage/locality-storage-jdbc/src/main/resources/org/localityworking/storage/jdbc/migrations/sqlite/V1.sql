-- Schema version 1 (SQLite): the tables: locality_schema, one table per kind of record, and record_key.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE locality_schema (version INTEGER NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE "council" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "ward" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "locality" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "locality_profile" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "organisation" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "person" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "partnership" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "enabling_group" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "network" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "builder_team" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "training_programme" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "training_record" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "asset" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "plan" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "project" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "grant_scheme" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "voting_event" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "grant" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "story" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "event" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "measure" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "assessment" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "strategy" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "governance_issue" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE "governance_body" (id TEXT PRIMARY KEY, version BIGINT NOT NULL, council_id TEXT, locality_id TEXT, ward_id TEXT, category TEXT, status TEXT, parent_id TEXT, person_id TEXT, record_date TEXT, body TEXT NOT NULL);
CREATE TABLE record_key (kind TEXT NOT NULL, id TEXT NOT NULL, dimension TEXT NOT NULL, key_value TEXT NOT NULL, PRIMARY KEY (kind, dimension, key_value, id));
