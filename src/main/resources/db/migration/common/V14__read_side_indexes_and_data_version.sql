-- Indexes for every filter and ordering the public pages, the API and the jobs use at full size
-- (2,000 jurisdictions, 10,000 measures, 50,000 meetings, 500,000 agenda items), and the data version
-- that page caches on every instance compare against.

CREATE INDEX ix_jurisdiction_name ON jurisdiction (name, region);
CREATE INDEX ix_jurisdiction_region ON jurisdiction (region);
CREATE INDEX ix_jurisdiction_updated ON jurisdiction (updated_at);

CREATE INDEX ix_measure_kind ON measure (kind);
CREATE INDEX ix_measure_updated ON measure (updated_at);
CREATE INDEX ix_measure_sunset ON measure (sunset_on);
CREATE INDEX ix_measure_jurisdiction_decided ON measure (jurisdiction_id, decided_on);

CREATE INDEX ix_status_change_occurred ON status_change (occurred_on, recorded_at);

CREATE INDEX ix_measure_link_to ON measure_link (to_measure_id);

CREATE INDEX ix_meeting_jurisdiction_start ON meeting (jurisdiction_id, start_at);
CREATE INDEX ix_agenda_item_relevant_meeting ON agenda_item (relevant, meeting_id);

CREATE INDEX ix_source_health_jurisdiction ON source_health (jurisdiction_id);

-- One row. Every committed write to the data the public pages show adds one to version; each instance polls
-- this row about once a second and drops its cached pages when the number moves.
CREATE TABLE data_version (
    id          INTEGER      NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
