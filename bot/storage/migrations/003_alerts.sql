-- Drug alerts: invites for verified peers, reported alerts and their review, subscriptions
-- per region, and the per-day report count behind the daily limit.

-- One-time invites that make a person a verified peer. Only a hash of the code is kept
-- (the code itself is shown once, to the moderator who created it). Rows are purged once
-- they have expired (used or not).
CREATE TABLE invites (
    code_hash  BLOB PRIMARY KEY CHECK (length(code_hash) = 32),
    created_by TEXT NOT NULL,          -- moderator pseudonym
    created_at TEXT NOT NULL,          -- ISO 8601 UTC
    expires_at TEXT NOT NULL,
    used_at    TEXT                    -- NULL while unused
) WITHOUT ROWID;
CREATE INDEX invites_expires ON invites(expires_at);

-- Alerts. Their texts are published content (the card subscribers receive and may forward),
-- so they are stored as typed; the reporter is only a keyed hash that becomes NULL on /forget.
CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    state         TEXT NOT NULL CHECK (state IN ('draft', 'pending', 'approved', 'rejected', 'retracted', 'expired')),
    severity      TEXT NOT NULL CHECK (severity IN ('information', 'caution', 'warning')),
    region_id     TEXT NOT NULL,
    sold_as       TEXT NOT NULL,
    sold_as_free  INTEGER NOT NULL DEFAULT 0,
    found         TEXT NOT NULL DEFAULT '[]',   -- JSON list of SUBSTANCES codes
    found_free    TEXT NOT NULL DEFAULT '',
    evidence      TEXT NOT NULL,
    appearance    TEXT NOT NULL DEFAULT '',
    effects       TEXT NOT NULL DEFAULT '',
    advice        TEXT NOT NULL DEFAULT '[]',   -- JSON list of ADVICE codes
    advice_free   TEXT NOT NULL DEFAULT '',
    photo_file_id TEXT,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    correction    TEXT NOT NULL DEFAULT '',
    reporter_key  BLOB REFERENCES people(user_key) ON DELETE SET NULL,
    reporter_name TEXT NOT NULL DEFAULT '',     -- the reporter's pseudonym (for moderators)
    reporter_lang TEXT NOT NULL DEFAULT 'en',   -- to tell the reporter the outcome in their language
    decided_at    TEXT                          -- when it was approved, rejected or retracted
);
CREATE INDEX alerts_state ON alerts(state, expires_at);
CREATE INDEX alerts_region ON alerts(region_id);
CREATE INDEX alerts_reporter ON alerts(reporter_key);

-- Approvals so far, by pseudonym (the key only to stop double approvals; NULL after /forget).
CREATE TABLE alert_approvals (
    alert_id     INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    approver_key BLOB REFERENCES people(user_key) ON DELETE SET NULL,
    pseudonym    TEXT NOT NULL,
    at           TEXT NOT NULL,
    UNIQUE (alert_id, approver_key)
);

-- Review messages shown to moderators, so that they can be updated once a report is decided.
CREATE TABLE alert_review_messages (
    alert_id    INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    sealed_chat BLOB NOT NULL,
    message_id  INTEGER NOT NULL,
    language    TEXT NOT NULL DEFAULT 'en'
);
CREATE INDEX alert_review_messages_alert ON alert_review_messages(alert_id);

-- Who wants alerts for which region, and where and in which language to send them.
CREATE TABLE subscriptions (
    user_key    BLOB NOT NULL REFERENCES people(user_key) ON DELETE CASCADE,
    region_id   TEXT NOT NULL,
    sealed_chat BLOB NOT NULL,
    language    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (user_key, region_id)
) WITHOUT ROWID;
CREATE INDEX subscriptions_region ON subscriptions(region_id);

-- A subscriber who changes /language gets alerts in the new language from then on.
CREATE TRIGGER subscriptions_follow_language AFTER UPDATE OF language ON people
WHEN NEW.language IS NOT NULL AND NEW.language IS NOT OLD.language
BEGIN
    UPDATE subscriptions SET language = NEW.language WHERE user_key = NEW.user_key;
END;

-- Reports per peer per UTC day, for the daily limit; purged after a few days.
CREATE TABLE report_counts (
    user_key BLOB NOT NULL REFERENCES people(user_key) ON DELETE CASCADE,
    day      TEXT NOT NULL,                     -- YYYY-MM-DD (UTC)
    count    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_key, day)
) WITHOUT ROWID;
