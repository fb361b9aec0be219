-- Schema version 3 (PostgreSQL): custom_kind, the register of the council's own kinds of record and the
-- dimensions their tables were indexed for. Each custom kind's table (custom_<name>) has the same columns
-- as a standard kind's and is created when a store is first opened with that kind (CustomKinds), since its
-- shape comes from the council's definition, not from this library.
-- Frozen: a released migration is never edited and never derived from the code of the day. A change
-- to the schema (a new kind of record, a new key column or index) is a new file, V{n+1}.sql, for
-- both databases, and Schema.CURRENT goes up by one. One statement per line, ending in a semicolon.
CREATE TABLE custom_kind (name TEXT PRIMARY KEY, table_name TEXT NOT NULL, dimensions TEXT NOT NULL, defined_at TEXT NOT NULL);
