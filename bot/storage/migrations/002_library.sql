-- The content library (issue 3). Nothing here names a person except tickets, which refer to
-- the asker by keyed hash (ON DELETE CASCADE, so /forget erases them) and keep texts and the
-- chat id only sealed; closed tickets are deleted after HRBOT_TICKET_RETENTION_DAYS.

-- Topics and combinations a moderator withdrew from Telegram; survives restarts and reloads.
CREATE TABLE library_withdrawn (
    kind    TEXT NOT NULL CHECK (kind IN ('topic', 'combo')),
    item_id TEXT NOT NULL,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,  -- the moderator's pseudonym
    PRIMARY KEY (kind, item_id)
) WITHOUT ROWID;

-- "Helpful / not helpful" counts per topic and language: counts only, no link to anyone.
CREATE TABLE library_feedback (
    topic_id    TEXT NOT NULL,
    lang        TEXT NOT NULL,
    shown       INTEGER NOT NULL DEFAULT 0,
    helpful     INTEGER NOT NULL DEFAULT 0,
    not_helpful INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (topic_id, lang)
) WITHOUT ROWID;

-- Questions the library could not answer: normalized text (sealed), grouped by a keyed
-- digest, counted per day, unlinked from any person, deleted after 30 days.
CREATE TABLE library_unanswered (
    digest  BLOB NOT NULL,
    lang    TEXT NOT NULL,
    day     TEXT NOT NULL,  -- 'YYYY-MM-DD'
    sealed  BLOB NOT NULL,
    count   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (digest, lang, day)
) WITHOUT ROWID;
CREATE INDEX library_unanswered_day ON library_unanswered(day);

-- Anonymous questions to peers. The asker is a keyed hash; their chat id is sealed.
CREATE TABLE library_tickets (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_key    BLOB NOT NULL REFERENCES people(user_key) ON DELETE CASCADE,
    sealed_chat BLOB NOT NULL,
    lang        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'closed')),
    peer_key    BLOB REFERENCES people(user_key) ON DELETE SET NULL,
    peer_name   TEXT,  -- the claiming peer's pseudonym
    peer_chat   BLOB,  -- the claiming peer's private chat, sealed
    created_at  TEXT NOT NULL,
    claimed_at  TEXT,
    closed_at   TEXT,
    closed_by   TEXT,  -- 'person', 'peer' or 'system'
    pinged_at   TEXT NOT NULL,
    pings       INTEGER NOT NULL DEFAULT 0,
    told_wait   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX library_tickets_user ON library_tickets(user_key, status);
CREATE INDEX library_tickets_status ON library_tickets(status, pinged_at);
CREATE INDEX library_tickets_closed ON library_tickets(closed_at);

-- The messages of a ticket, sealed; deleted with the ticket.
CREATE TABLE library_ticket_messages (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES library_tickets(id) ON DELETE CASCADE,
    author    TEXT NOT NULL CHECK (author IN ('person', 'peer')),
    peer_name TEXT,
    sealed    BLOB NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX library_ticket_messages_ticket ON library_ticket_messages(ticket_id);

-- Where a ticket was announced to peers (sealed chat, message id), so the notice can be
-- updated when someone claims it.
CREATE TABLE library_ticket_posts (
    ticket_id   INTEGER NOT NULL REFERENCES library_tickets(id) ON DELETE CASCADE,
    sealed_chat BLOB NOT NULL,
    message_id  INTEGER NOT NULL
);
CREATE INDEX library_ticket_posts_ticket ON library_ticket_posts(ticket_id);

-- Askers a peer blocked (by ticket, without learning who they are), until a date.
CREATE TABLE library_blocks (
    user_key BLOB PRIMARY KEY REFERENCES people(user_key) ON DELETE CASCADE,
    until    TEXT NOT NULL,
    by_peer  TEXT NOT NULL
) WITHOUT ROWID;

-- Peers and moderators who paused direct messages about new questions.
CREATE TABLE library_off_duty (
    user_key BLOB PRIMARY KEY REFERENCES people(user_key) ON DELETE CASCADE
) WITHOUT ROWID;
