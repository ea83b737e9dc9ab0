-- The editors' area: sign-in failures counted per name and client, audit entries stored as
-- codes and parameters, scheduled publications recorded, rejection reasons for moderators.

-- Failed sign-ins (and wrong current passwords) are counted per name typed and per client, so
-- that a stranger's guesses hold back that stranger's client only, never the account's owner
-- elsewhere. Both are kept as SHA-256 hashes: the name typed may be anything, even a password.
-- held_until is the earliest time the client may try that name again: a few seconds after a
-- failure, growing with each one, and a lock after too many.
CREATE TABLE sign_in_failure (
    username_hash  VARCHAR(64)              NOT NULL,
    client_hash    VARCHAR(64)              NOT NULL,
    failures       INTEGER                  NOT NULL,
    lockouts       INTEGER                  NOT NULL DEFAULT 0,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    held_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username_hash, client_hash)
);

CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failed_at);

-- The lock of a whole account is gone: anyone could lock out its owner with it.
ALTER TABLE admin_account DROP COLUMN failed_sign_ins;
ALTER TABLE admin_account DROP COLUMN locked_until;

-- An entry names the kind of what it concerns (its words come from the reader's language) and
-- its detail as a code with parameters; times among them are ISO instants. detail keeps the
-- free text of older entries that no code below describes, shown as it was written.
ALTER TABLE audit_entry ADD COLUMN subject_kind VARCHAR(16);
ALTER TABLE audit_entry ADD COLUMN detail_code VARCHAR(40);
ALTER TABLE audit_entry ADD COLUMN detail_args VARCHAR(500);
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN by_system BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE audit_entry SET subject_kind = 'RELEASE', subject = SUBSTRING(subject FROM 9) WHERE subject LIKE 'release %';
UPDATE audit_entry SET subject_kind = 'EVENT', subject = SUBSTRING(subject FROM 16) WHERE subject LIKE 'timeline event %';
UPDATE audit_entry SET subject_kind = 'ACCOUNT', subject = SUBSTRING(subject FROM 9) WHERE subject LIKE 'account %';
UPDATE audit_entry SET subject_kind = 'TRIBUTE', subject = SUBSTRING(subject FROM 9) WHERE subject LIKE 'tribute %';

-- Times written before as text ("2027-01-20 09:00 (Asia/Baku)") stay text: they are shown as written.
UPDATE audit_entry SET detail_code = 'SCHEDULED_FOR', detail_args = SUBSTRING(detail FROM 5), detail = NULL
    WHERE action = 'RELEASE_SCHEDULED' AND detail LIKE 'for %';
UPDATE audit_entry SET detail_code = 'HELD_UNTIL', detail_args = SUBSTRING(detail FROM 7), detail = NULL
    WHERE action = 'ACCOUNT_LOCKED' AND detail LIKE 'until %';
UPDATE audit_entry SET detail_code = 'MOVED_UP', detail = NULL WHERE action = 'EVENT_MOVED' AND detail = 'up';
UPDATE audit_entry SET detail_code = 'MOVED_DOWN', detail = NULL WHERE action = 'EVENT_MOVED' AND detail = 'down';
UPDATE audit_entry SET detail_code = 'ROLE_ADMIN', detail = NULL WHERE action = 'USER_CREATED' AND detail = 'ADMIN';
UPDATE audit_entry SET detail_code = 'ROLE_MODERATOR', detail = NULL WHERE action = 'USER_CREATED' AND detail = 'MODERATOR';
UPDATE audit_entry SET detail_code = 'WRONG_PASSWORD', detail = NULL WHERE detail = 'wrong username or password';
UPDATE audit_entry SET detail_code = 'ACCOUNT_WAS_LOCKED', detail = NULL WHERE detail = 'account locked';
UPDATE audit_entry SET detail_code = 'ACCOUNT_DISABLED', detail = NULL WHERE detail = 'account disabled';
UPDATE audit_entry SET detail_code = 'SIGN_IN_FAILED', detail = NULL WHERE detail = 'sign-in failed';

-- A release scheduled for later appears by itself; until the site has recorded in the audit
-- log that it did, this stays true. Releases scheduled before this migration are recorded too.
ALTER TABLE anniversary_release ADD COLUMN publication_pending BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE anniversary_release SET publication_pending = TRUE WHERE published_at > CURRENT_TIMESTAMP;

-- Why a moderator rejected a tribute, if they said: for the moderators only, never shown to
-- its author or to visitors, and erased with the tribute's words.
ALTER TABLE tribute ADD COLUMN rejection_reason VARCHAR(300);
