-- A second factor for signing in: TOTP (an authenticator app) with recovery codes, and
-- passkeys (WebAuthn), plus the workspace's rule of who must have one.

-- NONE, ADMINS or EVERYONE: whom the workspace requires to sign in with a second factor.
ALTER TABLE workspace ADD COLUMN second_factor_required VARCHAR(16) DEFAULT 'NONE' NOT NULL;

-- A user's authenticator app. confirmed_at stays empty until the user has typed a first
-- code (an enrolment not yet confirmed guards nothing); last_used_step is the 30-second
-- step of the last code accepted, so no code is accepted twice.
CREATE TABLE user_totp (
    workspace_id   UUID        NOT NULL,
    user_id        UUID        NOT NULL,
    secret         VARCHAR(64) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT,
    PRIMARY KEY (workspace_id, user_id),
    FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

-- Single-use recovery codes, kept as SHA-256 hashes (they are random, 50 bits and more).
CREATE TABLE user_recovery_code (
    workspace_id UUID        NOT NULL,
    user_id      UUID        NOT NULL,
    code_hash    VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (workspace_id, user_id, code_hash),
    FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

-- Spring Security's WebAuthn tables, as its JDBC repositories read them (their names and
-- columns are the framework's). A user entity's name is the user's e-mail, which is
-- unique across workspaces. bytea rather than the framework's blob: both databases take it.
CREATE TABLE user_entities (
    id           VARCHAR(1000) NOT NULL,
    name         VARCHAR(254)  NOT NULL,
    display_name VARCHAR(200),
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX user_entities_name ON user_entities (name);

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) NOT NULL,
    user_entity_user_id          VARCHAR(1000) NOT NULL REFERENCES user_entities (id),
    public_key                   BYTEA         NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP,
    last_used                    TIMESTAMP,
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id)
);

CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
