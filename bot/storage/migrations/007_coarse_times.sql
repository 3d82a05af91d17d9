-- Coarse times next to hashed ids (issue 12). A copy of the database without the key must not
-- yield a per-person timeline fine enough to match against Telegram's or a network's records.
-- Each time keeps the coarsest grain its purpose needs (bot/timegrain.py writes new values the
-- same way); times stay ISO 8601 with the UTC offset so comparisons and parsing still work.
--   day:  subscriptions.created_at, roles.granted_at, closed tickets' closed_at and pinged_at
--   hour: tickets' created_at and claimed_at, ticket messages, approvals, the audit log,
--         the end of a block (rounded up: a block never ends early)
--   exact only while scheduling needs it: an open ticket's pinged_at (re-announcements), an
--         outbox row's next_at and lease_until until it is sent (then 0 / NULL).
UPDATE subscriptions SET created_at = substr(created_at, 1, 10) || 'T00:00:00+00:00'
WHERE length(created_at) >= 10;
UPDATE roles SET granted_at = substr(granted_at, 1, 10) || 'T00:00:00+00:00'
WHERE length(granted_at) >= 10;
UPDATE library_tickets SET created_at = substr(created_at, 1, 13) || ':00:00+00:00'
WHERE length(created_at) >= 13;
UPDATE library_tickets SET claimed_at = substr(claimed_at, 1, 13) || ':00:00+00:00'
WHERE claimed_at IS NOT NULL AND length(claimed_at) >= 13;
UPDATE library_tickets SET closed_at = substr(closed_at, 1, 10) || 'T00:00:00+00:00',
    pinged_at = substr(closed_at, 1, 10) || 'T00:00:00+00:00'
WHERE status = 'closed' AND closed_at IS NOT NULL AND length(closed_at) >= 10;
UPDATE library_ticket_messages SET at = substr(at, 1, 13) || ':00:00+00:00'
WHERE length(at) >= 13;
UPDATE library_blocks SET until = strftime('%Y-%m-%dT%H:00:00+00:00', until, '+59 minutes', '+59 seconds')
WHERE length(until) >= 19;
UPDATE alert_approvals SET at = substr(at, 1, 13) || ':00:00+00:00'
WHERE length(at) >= 13;
UPDATE audit_log SET at = substr(at, 1, 13) || ':00:00+00:00'
WHERE length(at) >= 13;
UPDATE outbox SET next_at = 0, lease_until = NULL
WHERE state IN ('sent', 'failed', 'dropped', 'cancelled');

-- Rate limits that survive /forget without linking to anyone (issue 12): a block, and the
-- number of questions asked today, kept under a token that is a keyed hash of the Telegram id
-- under its own derived key and scope (different per day for the daily count). No other table
-- holds the token, so these rows join nothing; each is deleted once its limit has ended.
CREATE TABLE ask_limits (
    token BLOB PRIMARY KEY CHECK (length(token) = 16),
    until TEXT NOT NULL,              -- when the limit ends (whole hours, rounded up)
    count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX ask_limits_until ON ask_limits(until);
