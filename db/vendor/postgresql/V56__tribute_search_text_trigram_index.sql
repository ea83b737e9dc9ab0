-- The wall is searched on tribute.search_text alone now (V55): one trigram index on it instead of
-- the three on lower(message), lower(place) and lower(author_name). Where pg_trgm is missing
-- (see V45), there is nothing to replace and the wall is searched without it, only more slowly.
DROP INDEX IF EXISTS tribute_message_trgm_idx;
DROP INDEX IF EXISTS tribute_place_trgm_idx;
DROP INDEX IF EXISTS tribute_author_name_trgm_idx;

DO $$
DECLARE
    trgm_schema name;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX tribute_search_text_trgm_idx ON tribute USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
