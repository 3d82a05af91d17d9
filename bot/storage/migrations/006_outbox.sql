-- Alert delivery: the outbox that the paced sender works through.
--
-- One row per recipient of one message (an alert, a correction or a retraction of one alert
-- version). Rows are written in the same transaction as the approval, so an approved alert
-- always has its deliveries, and the sender's progress lives here too: a restart, even after
-- kill -9, resumes from the rows. The person is only a keyed hash (cascading on /forget) and
-- the chat id is sealed; message_id is kept so corrections can reply to the original.
-- Rows are deleted 30 days after the alert expires (Retention rule "alert deliveries").
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    alert_id    INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('alert', 'correction', 'retraction')),
    version     INTEGER NOT NULL,
    user_key    BLOB NOT NULL REFERENCES people(user_key) ON DELETE CASCADE,
    sealed_chat BLOB NOT NULL,
    language    TEXT NOT NULL,
    priority    INTEGER NOT NULL,           -- 0 = warning (sent first), 1 = caution, 2 = information
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dropped', 'cancelled')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     REAL NOT NULL,              -- unix time of the next attempt
    lease_until REAL,                       -- while 'sending': when the claim is considered lost
    message_id  INTEGER,                    -- the message Telegram created (for replies/edits)
    error       TEXT,                       -- the error class of the last failure, never its text
    expires_at  TEXT NOT NULL,              -- the alert's expiry (ISO 8601 UTC), for retention
    UNIQUE (alert_id, kind, version, user_key)
);
-- The queue: due rows in priority order (a partial index, so sent rows cost nothing here).
CREATE INDEX outbox_queue ON outbox(priority, id) WHERE state = 'pending';
-- Progress counts per delivery, and the "who received the original" lookup for corrections.
CREATE INDEX outbox_delivery ON outbox(alert_id, kind, version, state);
CREATE INDEX outbox_person ON outbox(user_key, state);
CREATE INDEX outbox_expires ON outbox(expires_at);

-- The alert as it is delivered (the card's fields as JSON, without the reporter), one row per
-- alert and updated by each correction: rows still queued render the latest version.
CREATE TABLE outbox_alerts (
    alert_id   INTEGER PRIMARY KEY REFERENCES alerts(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- One delivery run (an alert, or one correction or retraction of it) and the moderators'
-- progress message about it (chat sealed), edited as the delivery goes.
CREATE TABLE outbox_runs (
    alert_id         INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    version          INTEGER NOT NULL,
    created_at       REAL NOT NULL,         -- unix time
    total            INTEGER NOT NULL,
    progress_chat    BLOB,                  -- sealed; NULL until the status message is posted
    progress_message INTEGER,
    progress_lang    TEXT,
    progress_tries   INTEGER NOT NULL DEFAULT 0,
    finished_at      REAL,
    expires_at       TEXT NOT NULL,
    PRIMARY KEY (alert_id, kind, version)
);
CREATE INDEX outbox_runs_open ON outbox_runs(finished_at);
