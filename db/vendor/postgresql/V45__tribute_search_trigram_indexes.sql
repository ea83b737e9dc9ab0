-- Searching the wall matches words anywhere in a tribute (LIKE '%words%'), which no
-- ordinary index serves. On PostgreSQL, trigram indexes do: one per searched column, on
-- lower() as the search compares. pg_trgm is a trusted extension (PostgreSQL 13 and
-- later), so the database's owner may create it; where that is not allowed, the wall is
-- searched without these indexes, only more slowly, and an operator can run this file's
-- statements later as a superuser.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
    RAISE NOTICE 'pg_trgm is not available: the wall is searched without trigram indexes';
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX tribute_message_trgm_idx ON tribute USING gin (lower(message) gin_trgm_ops);
        CREATE INDEX tribute_place_trgm_idx ON tribute USING gin (lower(place) gin_trgm_ops);
        CREATE INDEX tribute_author_name_trgm_idx ON tribute USING gin (lower(author_name) gin_trgm_ops);
    END IF;
END
$$;
