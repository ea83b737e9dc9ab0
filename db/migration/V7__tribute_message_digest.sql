-- "The same message from the same client within a day" was looked up by client and time, then
-- each of the client's messages of the day compared: a client (or a NAT, or a proxy) that posts
-- a lot made every post read all its earlier ones. A digest of the message, in the index, makes
-- it one lookup. Rows from before this migration have none: a repeat of them is not caught.

ALTER TABLE tribute ADD COLUMN message_digest VARCHAR(64);

DROP INDEX tribute_client_idx;
CREATE INDEX tribute_client_idx ON tribute (client_hash, message_digest, created_at);
