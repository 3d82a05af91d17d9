-- Alerts every subscriber can read, and changes that need as many approvals as the alert.
--
-- What was found is described with structured fields (translated on every card) instead of
-- the reporter's free text alone; moderators can add translations of whatever free text
-- remains, stored with the alert. A correction records which fields it changed (shown field
-- by field in each language). Forward-only: columns are added with defaults that render
-- exactly as before (no structured fields, no translations).
ALTER TABLE alerts ADD COLUMN form TEXT NOT NULL DEFAULT '';        -- model.FORMS code or ''
ALTER TABLE alerts ADD COLUMN colour TEXT NOT NULL DEFAULT '';      -- model.COLOURS code or ''
ALTER TABLE alerts ADD COLUMN imprint TEXT NOT NULL DEFAULT '';     -- model.IMPRINTS code or ''
ALTER TABLE alerts ADD COLUMN signs TEXT NOT NULL DEFAULT '[]';     -- JSON list of model.SIGNS codes
-- Translations of free text: JSON {field: {language: text}}, added by moderators.
ALTER TABLE alerts ADD COLUMN texts TEXT NOT NULL DEFAULT '{}';
-- The language the latest correction note or withdrawal reason was written in ('' = unknown).
ALTER TABLE alerts ADD COLUMN correction_lang TEXT NOT NULL DEFAULT '';
-- What the latest correction changed: JSON {field: previous value}.
ALTER TABLE alerts ADD COLUMN changes TEXT NOT NULL DEFAULT '{}';
-- When moderators were last reminded of this pending report (NULL = only when it arrived).
ALTER TABLE alerts ADD COLUMN pinged_at TEXT;

-- A withdrawal or a downgrade of an approved alert that needs more than one moderator
-- (as many as sending it did): the change as it will be published waits here for the others.
CREATE TABLE alert_requests (
    alert_id     INTEGER PRIMARY KEY REFERENCES alerts(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('correction', 'retraction')),
    snapshot     TEXT NOT NULL,              -- the alert as it would be published (JSON, no reporter)
    requested_by TEXT NOT NULL,              -- moderator pseudonym
    requested_at TEXT NOT NULL
);

CREATE TABLE alert_request_approvals (
    alert_id     INTEGER NOT NULL REFERENCES alert_requests(alert_id) ON DELETE CASCADE,
    approver_key BLOB REFERENCES people(user_key) ON DELETE SET NULL,
    pseudonym    TEXT NOT NULL,
    at           TEXT NOT NULL,
    UNIQUE (alert_id, approver_key)
);

-- An invite opened by someone is held for them while the bot waits for their pseudonym, so a
-- second person who opens the same link is told at once that it is in use (not after typing).
-- Only the keyed hash of the person holding it, cleared with the invite.
ALTER TABLE invites ADD COLUMN reserved_by BLOB;
ALTER TABLE invites ADD COLUMN reserved_until TEXT;
