-- A tribute may be left in memory of one person of the register.
ALTER TABLE tribute ADD COLUMN remembered_person_id BIGINT REFERENCES person (id);

CREATE INDEX tribute_remembered_person_idx ON tribute (remembered_person_id, status, created_at);
