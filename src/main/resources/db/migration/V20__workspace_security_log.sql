-- Values of some records (staff cost rates) are for some roles only: the audit log keeps
-- which, so it can show everyone else which fields changed and never to what.
ALTER TABLE audit_event ADD COLUMN values_read_by VARCHAR(200);

UPDATE audit_event SET values_read_by = 'ADMIN,FINANCE' WHERE entity_type = 'CostRate';

-- Every sign-in, second-factor check, 401 and 403: who (when known), from where, and the
-- outcome. Never a password, a code or a token. A failed sign-in for an e-mail no account
-- has, or a request without a token, belongs to no workspace: so this is the instance's
-- log, keyed by its own id (like login_identity), and each admin reads their workspace's
-- rows.
CREATE TABLE security_event (
    id             UUID         NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    workspace_id   UUID,
    user_id        UUID,
    email          VARCHAR(254),
    client_address VARCHAR(64),
    kind           VARCHAR(30)  NOT NULL,
    outcome        VARCHAR(30)  NOT NULL,
    request        VARCHAR(300)
);

CREATE INDEX ix_security_event_workspace ON security_event (workspace_id, occurred_at);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
