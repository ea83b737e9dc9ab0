-- Searching the wall matches words anywhere in a tribute (LIKE '%words%'), which no
-- ordinary index serves. On PostgreSQL, trigram indexes do: one per searched column, on
-- lower() as the search compares. pg_trgm is a trusted extension (PostgreSQL 13 and
-- later), so the database's owner may create it; where that is not allowed, the wall is
-- searched without these indexes, only more slowly, and an operator can run this file's
-- statements later as a superuser.
-- The extension goes into the schema public, shared by every schema of the database, and
-- the indexes name its operator class where it is: a site in a schema of its own (one
-- database, several sites) finds it whatever its search_path.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file OR invalid_schema_name THEN
    RAISE NOTICE 'pg_trgm is not available: the wall is searched without trigram indexes';
END
$$;

DO $$
DECLARE
    trgm_schema name;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX tribute_message_trgm_idx ON tribute USING gin (lower(message) %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX tribute_place_trgm_idx ON tribute USING gin (lower(place) %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX tribute_author_name_trgm_idx ON tribute USING gin (lower(author_name) %I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
