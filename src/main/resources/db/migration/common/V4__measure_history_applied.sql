-- How many rows of a scraped file's history have been applied, so a re-run applies only new rows.
ALTER TABLE measure ADD COLUMN history_applied INTEGER DEFAULT 0 NOT NULL;
