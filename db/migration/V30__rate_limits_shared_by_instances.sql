-- The per-client limits (tributes, carnations, sign-ins, ...) counted once for the whole site:
-- every instance on this database takes its tokens from the same bucket. The key is a hash of
-- the action and the client's address; a row lives a few minutes after its last use.
CREATE TABLE rate_limit_bucket (
    bucket_key VARCHAR(64)              PRIMARY KEY,
    state      BYTEA                    NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
