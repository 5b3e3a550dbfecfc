-- Full-text search for /search on PostgreSQL: one GIN index per searched table over the same expression the
-- queries in SearchQueries use (English configuration, so "banning" finds "ban"). H2 has no equivalent; there
-- the search reads lower-cased columns with LIKE (see SearchQueries), so this migration exists only here.
CREATE INDEX ix_measure_search ON measure USING gin (to_tsvector('english',
    coalesce(title, '') || ' ' || coalesce(identifier, '') || ' ' || coalesce(scope, '') || ' ' || coalesce(notes, '')));
CREATE INDEX ix_jurisdiction_search ON jurisdiction USING gin (to_tsvector('english',
    coalesce(name, '') || ' ' || coalesce(region, '')));
CREATE INDEX ix_meeting_search ON meeting USING gin (to_tsvector('english',
    coalesce(body, '') || ' ' || coalesce(title, '') || ' ' || coalesce(location, '')));
CREATE INDEX ix_agenda_item_search ON agenda_item USING gin (to_tsvector('english',
    coalesce(title, '') || ' ' || coalesce(file_number, '')));
