-- Creative assets of a campaign: each upload is a numbered version (1, 2, ...) whose bytes
-- live in the file storage; current_version is the latest number (0 before the first).
-- An approved asset keeps the number of the version approved and is locked.
CREATE TABLE creative_asset (
    workspace_id      UUID          NOT NULL,
    id                UUID          NOT NULL,
    campaign_id       UUID          NOT NULL,
    client_id         UUID          NOT NULL,
    brand_id          UUID,
    name              VARCHAR(200)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    current_version   INTEGER       NOT NULL,
    approved_version  INTEGER,
    approved_by       VARCHAR(200),
    approved_at       TIMESTAMP WITH TIME ZONE,
    archived          BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_creative_asset_campaign FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id),
    CONSTRAINT fk_creative_asset_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_creative_asset_brand FOREIGN KEY (workspace_id, brand_id) REFERENCES brand (workspace_id, id),
    CONSTRAINT ck_creative_asset_version CHECK (current_version >= 0)
);

CREATE INDEX ix_creative_asset_campaign ON creative_asset (workspace_id, campaign_id, status);
CREATE INDEX ix_creative_asset_client ON creative_asset (workspace_id, client_id, status);
CREATE INDEX ix_creative_asset_brand ON creative_asset (workspace_id, brand_id);

-- One upload of an asset. The thumbnail (a PNG for images and PDFs) is kept in the file
-- storage too; thumbnail_key is null for kinds that show an icon.
CREATE TABLE creative_asset_version (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    asset_id        UUID          NOT NULL,
    number          INTEGER       NOT NULL,
    notes           VARCHAR(4000),
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(200)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    storage_key     VARCHAR(200)  NOT NULL,
    uploaded_by     UUID,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    thumbnail_key   VARCHAR(200),
    thumbnail_size  BIGINT,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_creative_asset_version UNIQUE (workspace_id, asset_id, number),
    CONSTRAINT fk_creative_version_asset FOREIGN KEY (workspace_id, asset_id) REFERENCES creative_asset (workspace_id, id),
    CONSTRAINT fk_creative_version_uploader FOREIGN KEY (workspace_id, uploaded_by) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_creative_version_number CHECK (number >= 1)
);

-- A proofing comment on one version: pinned to a point of an image (x, y as fractions of
-- its width and height), to a page of a PDF, or neither (a general comment).
CREATE TABLE creative_comment (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    asset_id        UUID          NOT NULL,
    version_number  INTEGER       NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    pin_x           NUMERIC(7,6),
    pin_y           NUMERIC(7,6),
    page            INTEGER,
    resolved        BOOLEAN       NOT NULL,
    author_id       UUID,
    author_name     VARCHAR(200)  NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_creative_comment_version FOREIGN KEY (workspace_id, asset_id, version_number)
        REFERENCES creative_asset_version (workspace_id, asset_id, number),
    CONSTRAINT fk_creative_comment_author FOREIGN KEY (workspace_id, author_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_creative_comment_pin CHECK ((pin_x IS NULL AND pin_y IS NULL)
        OR (pin_x BETWEEN 0 AND 1 AND pin_y BETWEEN 0 AND 1)),
    CONSTRAINT ck_creative_comment_page CHECK (page IS NULL OR page >= 1)
);

CREATE INDEX ix_creative_comment_version ON creative_comment (workspace_id, asset_id, version_number, created_at);

-- A review round: opened when the asset enters internal or client review, for the version
-- then current, with its reviewers and due date; closed by the decision that ends it.
CREATE TABLE creative_review_round (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    asset_id        UUID          NOT NULL,
    number          INTEGER       NOT NULL,
    stage           VARCHAR(20)   NOT NULL,
    version_number  INTEGER       NOT NULL,
    due_date        DATE,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by      UUID,
    closed_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_creative_round_number UNIQUE (workspace_id, asset_id, number),
    CONSTRAINT fk_creative_round_asset FOREIGN KEY (workspace_id, asset_id) REFERENCES creative_asset (workspace_id, id),
    CONSTRAINT fk_creative_round_starter FOREIGN KEY (workspace_id, started_by) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_creative_round_open ON creative_review_round (workspace_id, closed_at, due_date);

-- The reviewers of a round: a user of the workspace, or (in client review) a person of
-- the client named by name and e-mail.
CREATE TABLE creative_round_reviewer (
    workspace_id    UUID          NOT NULL,
    round_id        UUID          NOT NULL,
    position        INTEGER       NOT NULL,
    user_id         UUID,
    name            VARCHAR(200),
    email           VARCHAR(320),
    PRIMARY KEY (workspace_id, round_id, position),
    CONSTRAINT fk_creative_reviewer_round FOREIGN KEY (workspace_id, round_id) REFERENCES creative_review_round (workspace_id, id),
    CONSTRAINT fk_creative_reviewer_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_creative_reviewer_user ON creative_round_reviewer (workspace_id, user_id);

-- Who decided what on which version, when: a user, or the client through a review link
-- (via_link, with the name the reviewer typed on the link's page).
CREATE TABLE creative_decision (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    asset_id        UUID          NOT NULL,
    round_id        UUID,
    decision        VARCHAR(30)   NOT NULL,
    version_number  INTEGER       NOT NULL,
    user_id         UUID,
    reviewer_name   VARCHAR(200)  NOT NULL,
    via_link        BOOLEAN       NOT NULL,
    comment         VARCHAR(4000),
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_creative_decision_asset FOREIGN KEY (workspace_id, asset_id) REFERENCES creative_asset (workspace_id, id),
    CONSTRAINT fk_creative_decision_round FOREIGN KEY (workspace_id, round_id) REFERENCES creative_review_round (workspace_id, id),
    CONSTRAINT fk_creative_decision_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_creative_decision_asset ON creative_decision (workspace_id, asset_id, decided_at);

-- A signed, expiring link through which a client approves one asset without an account.
-- The URL carries the link's id and an HMAC of (id, asset id, expires_at); the row lets a
-- link be revoked and tells the asset it belongs to.
CREATE TABLE creative_review_link (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    asset_id        UUID          NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID,
    revoked         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_creative_link_asset FOREIGN KEY (workspace_id, asset_id) REFERENCES creative_asset (workspace_id, id),
    CONSTRAINT fk_creative_link_creator FOREIGN KEY (workspace_id, created_by) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_creative_link_asset ON creative_review_link (workspace_id, asset_id);

-- The key that signs review links when aorhub.review-links.secret is not configured: made
-- once by the first node that needs it, so restarts and other nodes accept old links. Not
-- a tenant table: one key for the installation.
CREATE TABLE creative_review_key (
    name            VARCHAR(40)   NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name)
);
