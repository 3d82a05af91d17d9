-- People are stored under a keyed hash of their Telegram id (never the raw id), with only
-- what the bot needs: the language they chose and the month they were last seen (for the
-- retention purge). Every other table that refers to a person does so through user_key
-- with ON DELETE CASCADE, so /forget is one DELETE.
CREATE TABLE people (
    user_key   BLOB PRIMARY KEY CHECK (length(user_key) = 32),
    language   TEXT,
    last_seen  TEXT NOT NULL  -- 'YYYY-MM', deliberately coarse
) WITHOUT ROWID;

-- Roles beyond "person": verified peers and moderators, by keyed hash, with the pseudonym
-- they chose and their private chat id sealed (AES-GCM) so the bot can reach them.
CREATE TABLE roles (
    user_key    BLOB PRIMARY KEY REFERENCES people(user_key) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('peer', 'moderator')),
    pseudonym   TEXT NOT NULL,
    sealed_chat BLOB NOT NULL,
    granted_at  TEXT NOT NULL
) WITHOUT ROWID;

-- What moderators and the system did, by pseudonym: never a user key or a Telegram id.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
