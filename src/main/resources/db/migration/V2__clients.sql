-- Clients (advertisers), their brands, who they compete with, and their people.

CREATE TABLE client (
    workspace_id       UUID          NOT NULL REFERENCES workspace (id),
    id                 UUID          NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    legal_name         VARCHAR(200),
    industry           VARCHAR(100),
    website            VARCHAR(300),
    address_line1      VARCHAR(200),
    address_line2      VARCHAR(200),
    city               VARCHAR(100),
    region             VARCHAR(100),
    postal_code        VARCHAR(20),
    country            VARCHAR(100),
    currency           VARCHAR(3)    NOT NULL,
    payment_terms_days INTEGER       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    tags               VARCHAR(500),
    notes              VARCHAR(4000),
    archived           BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_client_name UNIQUE (workspace_id, name)
);

CREATE INDEX ix_client_status ON client (workspace_id, status, name);

-- A competitor is another client of ours, or just a name the account team knows.
CREATE TABLE client_competitor (
    workspace_id         UUID         NOT NULL,
    client_id            UUID         NOT NULL,
    competitor_name      VARCHAR(200) NOT NULL,
    competitor_client_id UUID,
    PRIMARY KEY (workspace_id, client_id, competitor_name),
    CONSTRAINT fk_client_competitor_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_client_competitor_other FOREIGN KEY (workspace_id, competitor_client_id) REFERENCES client (workspace_id, id)
);

CREATE INDEX ix_client_competitor_other ON client_competitor (workspace_id, competitor_client_id);

CREATE TABLE brand (
    workspace_id UUID         NOT NULL,
    id           UUID         NOT NULL,
    client_id    UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    archived     BOOLEAN      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_brand_name UNIQUE (workspace_id, client_id, name),
    CONSTRAINT fk_brand_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id)
);

CREATE TABLE contact (
    workspace_id  UUID          NOT NULL,
    id            UUID          NOT NULL,
    client_id     UUID          NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    email         VARCHAR(254),
    phone         VARCHAR(50),
    title         VARCHAR(200),
    level         VARCHAR(20)   NOT NULL,
    is_primary    BOOLEAN       NOT NULL,
    reports_to_id UUID,
    active        BOOLEAN       NOT NULL,
    notes         VARCHAR(4000),
    archived      BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_contact_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_contact_reports_to FOREIGN KEY (workspace_id, reports_to_id) REFERENCES contact (workspace_id, id)
);

CREATE INDEX ix_contact_client ON contact (workspace_id, client_id, name);
CREATE INDEX ix_contact_name ON contact (workspace_id, name);

-- Portal users were bound to a client id before clients existed; now the key holds.
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id);
