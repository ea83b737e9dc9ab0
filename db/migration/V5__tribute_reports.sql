-- Visitors may report an approved tribute, once each; enough reports hide it until a
-- moderator looks again.

CREATE TABLE tribute_report (
    tribute_id  BIGINT                   NOT NULL REFERENCES tribute (id) ON DELETE CASCADE,
    client_hash VARCHAR(64)              NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tribute_id, client_hash)
);

ALTER TABLE tribute ADD COLUMN report_count INTEGER DEFAULT 0 NOT NULL;
