-- The database hands out tribute ids from a block kept in memory and records only the end of
-- each block: on the anniversary, recording every id would cost the embedded database one more
-- write of its file per few tributes. Ids left unused in a block after a restart are skipped.
ALTER TABLE tribute ALTER COLUMN id SET CACHE 1000;
