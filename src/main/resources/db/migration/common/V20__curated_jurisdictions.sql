-- A jurisdiction a curator edited in the browser: the seed file no longer overwrites its name, level, region,
-- country, coordinates or time zone. Portable between H2 2.x and PostgreSQL 12+.
ALTER TABLE jurisdiction ADD COLUMN curated BOOLEAN DEFAULT FALSE NOT NULL;
