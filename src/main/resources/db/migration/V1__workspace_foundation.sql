-- The tenant root and its people. Every tenant table from here on carries workspace_id,
-- has the primary key (workspace_id, id), composite foreign keys and workspace-led indexes,
-- so a row can never point at another tenant's row and tables can be distributed by tenant.

CREATE TABLE workspace (
    id            UUID         NOT NULL PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    base_currency VARCHAR(3)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE app_user (
    workspace_id  UUID         NOT NULL REFERENCES workspace (id),
    id            UUID         NOT NULL,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(120) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    client_id     UUID,
    active        BOOLEAN      NOT NULL,
    last_login_at TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_app_user_email UNIQUE (workspace_id, email)
);

CREATE INDEX ix_app_user_name ON app_user (workspace_id, name);

-- Sign-in starts from an e-mail alone, before any workspace is known: this small directory
-- is the one lookup that crosses tenants (a reference table when distributed).
CREATE TABLE login_identity (
    email        VARCHAR(254) NOT NULL PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    CONSTRAINT fk_login_identity_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

-- Only a SHA-256 hash of each token is stored; the token text names its workspace so a
-- lookup stays inside one tenant.
CREATE TABLE api_token (
    workspace_id UUID         NOT NULL,
    id           UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_api_token_hash UNIQUE (workspace_id, token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_api_token_user ON api_token (workspace_id, user_id);

CREATE TABLE audit_event (
    workspace_id UUID         NOT NULL,
    id           UUID         NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     UUID,
    actor_name   VARCHAR(120) NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    UUID         NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    summary      VARCHAR(500) NOT NULL,
    changes      VARCHAR,
    PRIMARY KEY (workspace_id, id)
);

CREATE INDEX ix_audit_event_entity ON audit_event (workspace_id, entity_id, occurred_at);
CREATE INDEX ix_audit_event_time ON audit_event (workspace_id, occurred_at);

-- A replayable first answer per Idempotency-Key, kept 24 hours.
CREATE TABLE idempotent_request (
    workspace_id    UUID         NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(100),
    location        VARCHAR(500),
    body            VARCHAR,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, idempotency_key)
);

CREATE INDEX ix_idempotent_request_created ON idempotent_request (workspace_id, created_at);

-- Failed sign-ins, keyed by account and by client address; not tenant data.
CREATE TABLE login_failure (
    throttle_key  VARCHAR(300) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);

-- Remember-me tokens (Spring Security's persistent token scheme).
CREATE TABLE persistent_logins (
    username  VARCHAR(254) NOT NULL,
    series    VARCHAR(64)  NOT NULL PRIMARY KEY,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP    NOT NULL
);

-- Scheduled-job locks (ShedLock) so one node runs each job.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- Spring Modulith's event publication registry: domain events survive a crash.
CREATE TABLE event_publication (
    id                     UUID    NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);

-- Spring Session JDBC: any node can serve any browser session.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INTEGER      NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(254),
    CONSTRAINT uq_spring_session_id UNIQUE (session_id)
);

CREATE INDEX ix_spring_session_expiry ON spring_session (expiry_time);
CREATE INDEX ix_spring_session_principal ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_spring_session_attributes FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
