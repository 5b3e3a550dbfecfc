-- The status the seed row last applied. A curator's edit moves the measure only when the row's own status
-- cell changed, so editing a note never undoes a status a scraper or a rule has set since.
ALTER TABLE measure ADD COLUMN seed_status VARCHAR(32);
UPDATE measure SET seed_status = status WHERE seed_hash IS NOT NULL;
