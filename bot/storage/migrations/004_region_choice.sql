-- The country (or state/province, never a city) a person chose for /overdose, so that the
-- steps show the right emergency number without asking again. region_id NULL means they
-- answered "not now" and should not be asked again. Stored against the keyed user hash and
-- erased with the person (/forget, or 12 months without a message).
CREATE TABLE region_choice (
    user_key   BLOB PRIMARY KEY REFERENCES people(user_key) ON DELETE CASCADE,
    region_id  TEXT,
    chosen_at  TEXT NOT NULL  -- 'YYYY-MM', deliberately coarse
) WITHOUT ROWID;
