-- A timeline event may name people of the register, so that the timeline leads to their pages.
CREATE TABLE timeline_event_person (
    event_id  BIGINT NOT NULL REFERENCES timeline_event (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (event_id, person_id)
);
