-- The author keeps control of a tribute without an account: a private link whose key is kept
-- only as a hash, how the name shows, when it was last changed; and a tribute its author
-- removed stays as an empty row so that its link can say so and a replayed form stays answered.

INSERT INTO tribute_status (code) VALUES ('DELETED');

CREATE TABLE tribute_name_shown (code VARCHAR(10) PRIMARY KEY);
INSERT INTO tribute_name_shown (code) VALUES ('FULL'), ('INITIALS'), ('ANONYMOUS');

ALTER TABLE tribute ADD COLUMN author_key_hash VARCHAR(64);
ALTER TABLE tribute ADD COLUMN name_shown VARCHAR(10) DEFAULT 'FULL' NOT NULL;
ALTER TABLE tribute ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE tribute ADD CONSTRAINT tribute_name_shown_fk FOREIGN KEY (name_shown) REFERENCES tribute_name_shown (code);

-- The private link finds its tribute by the hash of its key.
CREATE UNIQUE INDEX tribute_author_key_uq ON tribute (author_key_hash);

-- Author, moderators and reporters may change a tribute at one moment: optimistic locking.
ALTER TABLE tribute ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
