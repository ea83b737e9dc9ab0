-- Tributes that arrive together are now stored together, in one transaction.

-- Their repeats are looked up with one query for all: "these digests, from these senders". H2
-- looks up each value of a list only on the first column of an index, so the digest, nearly
-- unique to each message, leads; with the sender first, a sender that posts a lot (a NAT, a
-- proxy) made each lookup read all its messages. The time is compared in the application.
DROP INDEX tribute_client_idx;
CREATE INDEX tribute_repeat_idx ON tribute (message_digest, client_hash);

-- The hash of the author's key is made from the form's one-time key, so its unique index already
-- stores one tribute per form. The one-time key itself is no longer kept: with the site's secret
-- it would have given anyone who reads the database every author's private link, and its index
-- was one more page to write at every tribute.
DROP INDEX tribute_submission_key_uq;
ALTER TABLE tribute DROP COLUMN submission_key;
