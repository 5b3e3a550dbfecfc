-- Email alerts, follow-ups. Portable between H2 2.x and PostgreSQL 12+.

-- The local hour of a subscriber's digests; null: ow.alert.digest.hour.
ALTER TABLE subscriber ADD COLUMN digest_hour INTEGER;

-- Subscribe rate limits: one counter per bucket (a keyed hash of an address or client network) and window,
-- counted with a single conditional UPDATE so parallel requests cannot both take the last allowance.
-- Replaces one row per request, which also grew with requests that were refused.
CREATE TABLE alert_rate_bucket (
    bucket        VARCHAR(100) NOT NULL PRIMARY KEY,
    window_start  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    hits          INTEGER      NOT NULL
);
DROP TABLE alert_rate_event;
