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

-- The deployment (ow.alert.environment) a subscriber signed up on. A deployment matches and mails only its
-- own subscribers, so a staging copy of the production database writes no alerts for production's.
ALTER TABLE subscriber ADD COLUMN environment VARCHAR(64);
-- Subscribers so far belong to the deployment that wrote their first confirmation request.
UPDATE subscriber SET environment = COALESCE((SELECT a.environment FROM alert a WHERE a.subscriber_id = subscriber.id
    AND a.kind = 'CONFIRMATION' ORDER BY a.id FETCH FIRST 1 ROWS ONLY), 'production');
ALTER TABLE subscriber ALTER COLUMN environment SET NOT NULL;
ALTER TABLE subscriber DROP CONSTRAINT uk_subscriber_email;
ALTER TABLE subscriber ADD CONSTRAINT uk_subscriber_environment_email UNIQUE (environment, email);
