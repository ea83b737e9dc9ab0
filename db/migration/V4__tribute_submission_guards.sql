-- What keeps the wall honest: each form's one-time key, a salted hash of the sender's address
-- (erased after 30 days) and why a tribute was held for a closer look.

ALTER TABLE tribute ADD COLUMN submission_key VARCHAR(64);
ALTER TABLE tribute ADD COLUMN client_hash VARCHAR(64);
ALTER TABLE tribute ADD COLUMN flag VARCHAR(16);

-- A double click, a retry or a replayed form carries the same key: the database keeps one row.
CREATE UNIQUE INDEX tribute_submission_key_uq ON tribute (submission_key);

-- "The same message from the same client within a day" is looked up by client and time.
CREATE INDEX tribute_client_idx ON tribute (client_hash, created_at);
