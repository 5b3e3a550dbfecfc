-- Email alerts, follow-ups. Portable between H2 2.x and PostgreSQL 12+.

-- The local hour of a subscriber's digests; null: ow.alert.digest.hour.
ALTER TABLE subscriber ADD COLUMN digest_hour INTEGER;
