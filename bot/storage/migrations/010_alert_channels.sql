-- Public channels that get each approved alert of their region (HRBOT_ALERT_CHANNELS).
--
-- The same crash-safe outbox as subscribers' deliveries, one row per channel and message:
-- written in the approval (or correction, or withdrawal) transaction, claimed 'sending',
-- marked 'sent' with the channel's message id right after Telegram answers, so a restart
-- resumes from the rows and never posts twice (a row left 'sending' by kill -9 is sent again;
-- that is the only possible duplicate). A correction or withdrawal edits the post whose
-- message id is kept here, or replies to it when Telegram cannot edit it.
-- No personal data: a channel is a public chat named in the configuration.
-- Rows are deleted 30 days after the alert expires (with the "alert deliveries" rule).
CREATE TABLE outbox_channels (
    id          INTEGER PRIMARY KEY,
    alert_id    INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('alert', 'correction', 'retraction')),
    version     INTEGER NOT NULL,
    channel     TEXT NOT NULL,              -- '@username' or the chat id, as configured
    language    TEXT NOT NULL,              -- the channel's language
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     REAL NOT NULL,              -- unix time of the next attempt
    message_id  INTEGER,                    -- the post (alert) or the message edited / replied with
    how         TEXT,                       -- 'text' | 'caption' (how the post was made), 'edit' | 'reply'
    error       TEXT,                       -- the error class of the last failure, never its text
    expires_at  TEXT NOT NULL,              -- the alert's expiry (ISO 8601 UTC), for retention
    UNIQUE (alert_id, kind, version, channel)
);
CREATE INDEX outbox_channels_queue ON outbox_channels(next_at) WHERE state = 'pending';
CREATE INDEX outbox_channels_alert ON outbox_channels(alert_id, channel, kind, state);
