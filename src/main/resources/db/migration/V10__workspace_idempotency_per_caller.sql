-- An Idempotency-Key is the caller's own: another user of the workspace resending the same
-- key must run their own request, not receive the first caller's answer. The table only
-- holds answers for 24 hours to replay retries, so it is made anew with the caller in its
-- key rather than migrated.
DROP TABLE idempotent_request;

CREATE TABLE idempotent_request (
    workspace_id    UUID         NOT NULL,
    user_id         UUID         NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(100),
    location        VARCHAR(500),
    body            VARCHAR,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, user_id, idempotency_key),
    CONSTRAINT fk_idempotent_request_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_idempotent_request_created ON idempotent_request (workspace_id, created_at);
