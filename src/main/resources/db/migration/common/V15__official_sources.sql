-- Issue 11: a measure's sources say which one is the government's own record of it (its primary source),
-- as opposed to press and advocacy reports. Seeded from the [official] marks in config/measures.csv.
ALTER TABLE measure_source ADD COLUMN official BOOLEAN DEFAULT FALSE NOT NULL;
