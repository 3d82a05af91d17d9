-- Facts about the database itself, never about a person: for now only a check value derived
-- from the secret key (HKDF, then HMAC of a constant), so that a database started with the
-- wrong key is refused instead of serving records nobody can read. The value reveals nothing
-- about the key.
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
