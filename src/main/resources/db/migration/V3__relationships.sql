-- Service categories, AOR designations (ours and other agencies') and the teams committed
-- to them. Tenant rules as everywhere: (workspace_id, id) keys, composite foreign keys,
-- unique constraints and indexes that lead with workspace_id.

CREATE TABLE service_category (
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    id           UUID         NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    archived     BOOLEAN      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_service_category_name UNIQUE (workspace_id, name)
);

-- agency_name NULL is our agency. market_key is the market in lower case, so markets
-- compare without case; renewal_notice_date is end_date - renewal_notice_days, kept by the
-- application so the renewal pipeline is an indexed range on both databases.
CREATE TABLE designation (
    workspace_id          UUID          NOT NULL,
    id                    UUID          NOT NULL,
    client_id             UUID          NOT NULL,
    category_id           UUID          NOT NULL,
    agency_name           VARCHAR(200),
    kind                  VARCHAR(20)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    market                VARCHAR(100)  NOT NULL,
    market_key            VARCHAR(100)  NOT NULL,
    scope                 VARCHAR(2000),
    start_date            DATE          NOT NULL,
    end_date              DATE,
    renewal_notice_days   INTEGER       NOT NULL,
    renewal_notice_date   DATE,
    auto_renew            BOOLEAN       NOT NULL,
    annual_value_amount   NUMERIC(19,4),
    annual_value_currency VARCHAR(3),
    account_lead_id       UUID,
    archived              BOOLEAN       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_designation_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_designation_category FOREIGN KEY (workspace_id, category_id) REFERENCES service_category (workspace_id, id),
    CONSTRAINT fk_designation_lead FOREIGN KEY (workspace_id, account_lead_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_designation_term CHECK (end_date IS NULL OR end_date > start_date),
    CONSTRAINT ck_designation_notice CHECK (renewal_notice_days BETWEEN 0 AND 730),
    CONSTRAINT ck_designation_value CHECK (annual_value_amount IS NULL OR (annual_value_amount >= 0 AND annual_value_currency IS NOT NULL))
);

-- Exclusivity checks and the client roster: one client's designations by category and market.
CREATE INDEX ix_designation_client ON designation (workspace_id, client_id, category_id, market_key);
-- The renewal pipeline: by notice date.
CREATE INDEX ix_designation_renewal ON designation (workspace_id, renewal_notice_date);
-- Competitor conflicts and the portfolio's category filter.
CREATE INDEX ix_designation_category ON designation (workspace_id, category_id, status);
CREATE INDEX ix_designation_lead ON designation (workspace_id, account_lead_id);

CREATE TABLE team_assignment (
    workspace_id       UUID         NOT NULL,
    id                 UUID         NOT NULL,
    designation_id     UUID         NOT NULL,
    user_id            UUID         NOT NULL,
    role               VARCHAR(80)  NOT NULL,
    allocation_percent INTEGER      NOT NULL,
    dedicated          BOOLEAN      NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_team_assignment_designation FOREIGN KEY (workspace_id, designation_id) REFERENCES designation (workspace_id, id),
    CONSTRAINT fk_team_assignment_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_team_assignment_allocation CHECK (allocation_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_team_assignment_term CHECK (end_date IS NULL OR end_date > start_date)
);

CREATE INDEX ix_team_assignment_designation ON team_assignment (workspace_id, designation_id);
CREATE INDEX ix_team_assignment_user ON team_assignment (workspace_id, user_id);
