-- Anonymous feedback on services from the directory ("helpful", "staff were judgmental",
-- "closed when listed open", "out of supplies"): counts per service, kind and UTC day only.
-- There is deliberately no user_key, chat or time of day here: a copy of this table says
-- how a program is doing, never who went there.
CREATE TABLE service_feedback (
    service_id TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('helpful', 'judgmental', 'closed', 'out_of_supplies')),
    day        TEXT NOT NULL,  -- 'YYYY-MM-DD' (UTC)
    count      INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (service_id, kind, day)
) WITHOUT ROWID;

-- Notices raised for moderators when several people report the same problem (for example
-- "closed when listed open"), so the same service is not flagged again every few minutes.
CREATE TABLE service_flags (
    service_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    raised_at  TEXT NOT NULL,  -- ISO 8601 UTC, seconds
    reports    INTEGER NOT NULL,
    PRIMARY KEY (service_id, kind, raised_at)
) WITHOUT ROWID;
