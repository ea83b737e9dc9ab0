-- Tributes that arrive together are now stored together, and their repeats looked up with one
-- query for all: "these digests, from these senders". H2 uses a list of values only on the first
-- column of an index, so the digest, nearly unique to each message, leads; with the sender first,
-- a sender that posts a lot (a NAT, a proxy) made each lookup read all its messages of the day.

DROP INDEX tribute_client_idx;
CREATE INDEX tribute_repeat_idx ON tribute (message_digest, client_hash, created_at);
