-- H2 has no index for words inside a text, so the site keeps one: a row for each different word
-- of each tribute's search text (words cut to 50 characters), written in the same transaction as
-- the tribute. Keyed by the word and then the wall's order, so that the tributes holding a word
-- are read newest first from the index alone. Rows leave with the words they came from (an
-- author's change or removal); V57 fills it for the tributes stored before.
CREATE TABLE tribute_word (
    word       VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    tribute_id BIGINT                   NOT NULL,
    PRIMARY KEY (word, created_at, tribute_id)
);
