-- The status the seed row last applied. A curator's edit moves the measure only when the row's own status
-- cell changed, so editing a note never undoes a status a scraper or a rule has set since.
ALTER TABLE measure ADD COLUMN seed_status VARCHAR(32);
UPDATE measure SET seed_status = status WHERE seed_hash IS NOT NULL;

-- Meetings and agenda items are counted apart, so a source whose listing still works but whose agenda
-- pages stopped yielding items is flagged. previous_* now hold the counts of the last run that found any.
ALTER TABLE source_health ADD COLUMN meetings INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE source_health ADD COLUMN previous_meetings INTEGER DEFAULT 0 NOT NULL;
