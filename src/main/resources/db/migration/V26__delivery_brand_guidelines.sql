-- A brand's guidelines, shown beside its creative under review: colours, typography, tone
-- of voice, do and don't examples and logo files. One per brand; the brand and its client
-- belong to the clients module, referenced by the usual composite keys.
CREATE TABLE brand_guideline (
    workspace_id     UUID          NOT NULL,
    id               UUID          NOT NULL,
    brand_id         UUID          NOT NULL,
    client_id        UUID          NOT NULL,
    heading_font     VARCHAR(200),
    body_font        VARCHAR(200),
    typography_notes VARCHAR(2000),
    tone_of_voice    VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_brand_guideline_brand UNIQUE (workspace_id, brand_id),
    CONSTRAINT fk_brand_guideline_brand FOREIGN KEY (workspace_id, brand_id) REFERENCES brand (workspace_id, id),
    CONSTRAINT fk_brand_guideline_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id)
);

CREATE INDEX ix_brand_guideline_client ON brand_guideline (workspace_id, client_id);

-- The palette in the order the brand book gives it.
CREATE TABLE brand_guideline_colour (
    workspace_id UUID         NOT NULL,
    guideline_id UUID         NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(100) NOT NULL,
    hex          VARCHAR(7)   NOT NULL,
    usage_note   VARCHAR(300),
    PRIMARY KEY (workspace_id, guideline_id, position),
    CONSTRAINT fk_brand_guideline_colour FOREIGN KEY (workspace_id, guideline_id) REFERENCES brand_guideline (workspace_id, id)
);

-- Do and don't rules, each kind in its own order.
CREATE TABLE brand_guideline_rule (
    workspace_id UUID          NOT NULL,
    guideline_id UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (workspace_id, guideline_id, position),
    CONSTRAINT ck_brand_guideline_rule_kind CHECK (kind IN ('DO', 'DONT')),
    CONSTRAINT fk_brand_guideline_rule FOREIGN KEY (workspace_id, guideline_id) REFERENCES brand_guideline (workspace_id, id)
);

-- Logo files and example images (a do or a don't shown as a picture), kept by the shared
-- attachments component and served only through this row.
CREATE TABLE brand_guideline_file (
    workspace_id UUID         NOT NULL,
    id           UUID         NOT NULL,
    guideline_id UUID         NOT NULL,
    purpose      VARCHAR(10)  NOT NULL,
    caption      VARCHAR(300),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    storage_key  VARCHAR(300) NOT NULL,
    uploaded_by  UUID         NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT ck_brand_guideline_file_purpose CHECK (purpose IN ('LOGO', 'DO', 'DONT')),
    CONSTRAINT fk_brand_guideline_file_guideline FOREIGN KEY (workspace_id, guideline_id) REFERENCES brand_guideline (workspace_id, id),
    CONSTRAINT fk_brand_guideline_file_user FOREIGN KEY (workspace_id, uploaded_by) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_brand_guideline_file_guideline ON brand_guideline_file (workspace_id, guideline_id, uploaded_at);
