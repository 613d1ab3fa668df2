-- Contracts: rate cards and staff cost rates, master services agreements (MSAs), their
-- statements of work (SOWs) with fees, deliverables, change orders and approvals, and
-- attachments. Tenant rules as everywhere: (workspace_id, id) keys, composite foreign keys
-- (child and line tables carry workspace_id too), workspace-led unique constraints and
-- indexes. Money is NUMERIC(19,4) with its ISO 4217 currency; percents NUMERIC(7,4).

-- default_key is 'DEFAULT' on the workspace's one default card and NULL on every other:
-- a plain unique constraint then allows one default per workspace on H2 and PostgreSQL
-- alike (NULLs never collide), where a partial index would not run on both.
CREATE TABLE rate_card (
    workspace_id   UUID         NOT NULL REFERENCES workspace (id),
    id             UUID         NOT NULL,
    name           VARCHAR(120) NOT NULL,
    currency       VARCHAR(3)   NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    default_key    VARCHAR(7),
    archived       BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_rate_card_name UNIQUE (workspace_id, name),
    CONSTRAINT uq_rate_card_default UNIQUE (workspace_id, default_key),
    CONSTRAINT ck_rate_card_default CHECK (default_key IS NULL OR default_key = 'DEFAULT'),
    CONSTRAINT ck_rate_card_term CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- role_key is the role in lower case: roles are free text, unique per card without case.
CREATE TABLE rate_card_rate (
    workspace_id       UUID          NOT NULL,
    rate_card_id       UUID          NOT NULL,
    position           INTEGER       NOT NULL,
    role               VARCHAR(80)   NOT NULL,
    role_key           VARCHAR(80)   NOT NULL,
    hourly_rate_amount NUMERIC(19,4) NOT NULL,
    hourly_rate_currency VARCHAR(3)  NOT NULL,
    PRIMARY KEY (workspace_id, rate_card_id, position),
    CONSTRAINT uq_rate_card_rate_role UNIQUE (workspace_id, rate_card_id, role_key),
    CONSTRAINT fk_rate_card_rate_card FOREIGN KEY (workspace_id, rate_card_id) REFERENCES rate_card (workspace_id, id),
    CONSTRAINT ck_rate_card_rate_amount CHECK (hourly_rate_amount >= 0)
);

-- What an hour of a person costs the agency, from a date on: the base of profitability.
CREATE TABLE staff_cost_rate (
    workspace_id       UUID          NOT NULL,
    id                 UUID          NOT NULL,
    user_id            UUID          NOT NULL,
    hourly_cost_amount NUMERIC(19,4) NOT NULL,
    hourly_cost_currency VARCHAR(3)  NOT NULL,
    effective_from     DATE          NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_staff_cost_rate UNIQUE (workspace_id, user_id, effective_from),
    CONSTRAINT fk_staff_cost_rate_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_staff_cost_rate_amount CHECK (hourly_cost_amount >= 0)
);

CREATE TABLE msa (
    workspace_id       UUID          NOT NULL,
    id                 UUID          NOT NULL,
    client_id          UUID          NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    effective_date     DATE          NOT NULL,
    expiry_date        DATE,
    payment_terms_days INTEGER       NOT NULL,
    rate_card_id       UUID,
    discount_percent   NUMERIC(7,4)  NOT NULL,
    notice_period_days INTEGER       NOT NULL,
    notes              VARCHAR(4000),
    archived           BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_msa_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_msa_rate_card FOREIGN KEY (workspace_id, rate_card_id) REFERENCES rate_card (workspace_id, id),
    CONSTRAINT ck_msa_term CHECK (expiry_date IS NULL OR expiry_date > effective_date),
    CONSTRAINT ck_msa_discount CHECK (discount_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_msa_payment_terms CHECK (payment_terms_days BETWEEN 0 AND 365),
    CONSTRAINT ck_msa_notice CHECK (notice_period_days BETWEEN 0 AND 730)
);

CREATE INDEX ix_msa_client ON msa (workspace_id, client_id, effective_date);
-- Expiry alerts and the renewal pipeline: by expiry date.
CREATE INDEX ix_msa_expiry ON msa (workspace_id, expiry_date);
CREATE INDEX ix_msa_status ON msa (workspace_id, status);

-- The service categories the MSA forbids us to serve the client's competitors in.
CREATE TABLE msa_non_compete (
    workspace_id UUID NOT NULL,
    msa_id       UUID NOT NULL,
    category_id  UUID NOT NULL,
    PRIMARY KEY (workspace_id, msa_id, category_id),
    CONSTRAINT fk_msa_non_compete_msa FOREIGN KEY (workspace_id, msa_id) REFERENCES msa (workspace_id, id),
    CONSTRAINT fk_msa_non_compete_category FOREIGN KEY (workspace_id, category_id) REFERENCES service_category (workspace_id, id)
);

-- The non-compete check asks by category.
CREATE INDEX ix_msa_non_compete_category ON msa_non_compete (workspace_id, category_id);

-- The AOR designations (of the same client) the MSA governs.
CREATE TABLE msa_designation (
    workspace_id   UUID NOT NULL,
    msa_id         UUID NOT NULL,
    designation_id UUID NOT NULL,
    PRIMARY KEY (workspace_id, msa_id, designation_id),
    CONSTRAINT fk_msa_designation_msa FOREIGN KEY (workspace_id, msa_id) REFERENCES msa (workspace_id, id),
    CONSTRAINT fk_msa_designation_designation FOREIGN KEY (workspace_id, designation_id) REFERENCES designation (workspace_id, id)
);

CREATE INDEX ix_msa_designation_designation ON msa_designation (workspace_id, designation_id);

-- client_id repeats the MSA's (an MSA never changes client) so client pages and lists
-- filter SOWs without a join. current_budget_* = budget_* + the approved change orders,
-- kept by the application in the same transaction as each approval. revision counts the
-- changes of the terms (fees and deliverables included), so every change moves the version.
CREATE TABLE sow (
    workspace_id          UUID          NOT NULL,
    id                    UUID          NOT NULL,
    msa_id                UUID          NOT NULL,
    client_id             UUID          NOT NULL,
    designation_id        UUID,
    number                VARCHAR(40)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    scope                 VARCHAR(4000),
    status                VARCHAR(20)   NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NOT NULL,
    budget_amount         NUMERIC(19,4) NOT NULL,
    budget_currency       VARCHAR(3)    NOT NULL,
    budget_hours          INTEGER,
    current_budget_amount NUMERIC(19,4) NOT NULL,
    current_budget_hours  INTEGER,
    internal_approved_by  UUID,
    internal_approved_at  TIMESTAMP WITH TIME ZONE,
    revision              INTEGER       NOT NULL,
    archived              BOOLEAN       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_sow_number UNIQUE (workspace_id, number),
    CONSTRAINT fk_sow_msa FOREIGN KEY (workspace_id, msa_id) REFERENCES msa (workspace_id, id),
    CONSTRAINT fk_sow_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_sow_designation FOREIGN KEY (workspace_id, designation_id) REFERENCES designation (workspace_id, id),
    CONSTRAINT fk_sow_internal_approver FOREIGN KEY (workspace_id, internal_approved_by) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_sow_term CHECK (end_date > start_date),
    CONSTRAINT ck_sow_budget CHECK (budget_amount >= 0 AND current_budget_amount >= 0),
    CONSTRAINT ck_sow_hours CHECK ((budget_hours IS NULL OR budget_hours >= 0) AND (current_budget_hours IS NULL OR current_budget_hours >= 0))
);

CREATE INDEX ix_sow_msa ON sow (workspace_id, msa_id);
CREATE INDEX ix_sow_client ON sow (workspace_id, client_id, start_date);
-- "Ending within 30 days" alerts and the SOW list's end-date sort.
CREATE INDEX ix_sow_end ON sow (workspace_id, status, end_date);
CREATE INDEX ix_sow_designation ON sow (workspace_id, designation_id);

CREATE TABLE sow_deliverable (
    workspace_id UUID         NOT NULL,
    sow_id       UUID         NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    due_date     DATE,
    done         BOOLEAN      NOT NULL,
    PRIMARY KEY (workspace_id, sow_id, position),
    CONSTRAINT fk_sow_deliverable_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id)
);

-- One row per fee, its type naming which parameter columns apply; all of a fee's money
-- is in one currency (the client's).
CREATE TABLE sow_fee (
    workspace_id          UUID          NOT NULL,
    id                    UUID          NOT NULL,
    sow_id                UUID          NOT NULL,
    position              INTEGER       NOT NULL,
    fee_type              VARCHAR(20)   NOT NULL,
    currency              VARCHAR(3),
    monthly_fee_amount    NUMERIC(19,4),
    included_hours        INTEGER,
    rollover              VARCHAR(20),
    overage_rate_amount   NUMERIC(19,4),
    rate_card_id          UUID,
    cap_amount            NUMERIC(19,4),
    commission_percent    NUMERIC(7,4),
    metric                VARCHAR(20),
    unit_fee_amount       NUMERIC(19,4),
    revenue_share_percent NUMERIC(7,4),
    version               BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_sow_fee_position UNIQUE (workspace_id, sow_id, position),
    CONSTRAINT fk_sow_fee_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT fk_sow_fee_rate_card FOREIGN KEY (workspace_id, rate_card_id) REFERENCES rate_card (workspace_id, id),
    CONSTRAINT ck_sow_fee_type CHECK (fee_type IN ('RETAINER', 'TIME_AND_MATERIALS', 'FIXED', 'COMMISSION', 'PERFORMANCE')),
    CONSTRAINT ck_sow_fee_money CHECK ((monthly_fee_amount IS NULL OR monthly_fee_amount >= 0)
        AND (overage_rate_amount IS NULL OR overage_rate_amount >= 0) AND (cap_amount IS NULL OR cap_amount >= 0)
        AND (unit_fee_amount IS NULL OR unit_fee_amount >= 0) AND (included_hours IS NULL OR included_hours >= 0)),
    CONSTRAINT ck_sow_fee_percent CHECK ((commission_percent IS NULL OR commission_percent BETWEEN 0 AND 100)
        AND (revenue_share_percent IS NULL OR revenue_share_percent BETWEEN 0 AND 100))
);

CREATE TABLE sow_fee_milestone (
    workspace_id UUID          NOT NULL,
    fee_id       UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    amount       NUMERIC(19,4) NOT NULL,
    currency     VARCHAR(3)    NOT NULL,
    due_date     DATE,
    PRIMARY KEY (workspace_id, fee_id, position),
    CONSTRAINT fk_sow_fee_milestone_fee FOREIGN KEY (workspace_id, fee_id) REFERENCES sow_fee (workspace_id, id),
    CONSTRAINT ck_sow_fee_milestone_amount CHECK (amount >= 0)
);

CREATE TABLE change_order (
    workspace_id          UUID          NOT NULL,
    id                    UUID          NOT NULL,
    sow_id                UUID          NOT NULL,
    number                INTEGER       NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    budget_change_amount  NUMERIC(19,4) NOT NULL,
    budget_change_currency VARCHAR(3)   NOT NULL,
    hours_change          INTEGER,
    status                VARCHAR(20)   NOT NULL,
    sent_at               TIMESTAMP WITH TIME ZONE,
    decided_at            TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT uq_change_order_number UNIQUE (workspace_id, sow_id, number),
    CONSTRAINT fk_change_order_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id)
);

-- Every approval step of a SOW or one of its change orders: internal approval, sending to
-- the client, the client's decision. approver_user_id is the staff member who approved
-- internally or recorded the client's answer; client_user_id is for a client (portal)
-- user who answers in person, and approver_name is who decided on the client's side.
CREATE TABLE contract_approval (
    workspace_id     UUID          NOT NULL,
    id               UUID          NOT NULL,
    sow_id           UUID          NOT NULL,
    change_order_id  UUID,
    step             VARCHAR(30)   NOT NULL,
    approver_name    VARCHAR(200)  NOT NULL,
    approver_user_id UUID,
    client_user_id   UUID,
    comment          VARCHAR(2000),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_contract_approval_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT fk_contract_approval_change_order FOREIGN KEY (workspace_id, change_order_id) REFERENCES change_order (workspace_id, id),
    CONSTRAINT fk_contract_approval_user FOREIGN KEY (workspace_id, approver_user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT fk_contract_approval_client_user FOREIGN KEY (workspace_id, client_user_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_contract_approval_sow ON contract_approval (workspace_id, sow_id, occurred_at);

-- A file belongs to exactly one MSA or one SOW. storage_key is where the storage keeps
-- the bytes; files are only ever served through the owner's workspace check.
CREATE TABLE contract_attachment (
    workspace_id UUID          NOT NULL,
    id           UUID          NOT NULL,
    msa_id       UUID,
    sow_id       UUID,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(120)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    storage_key  VARCHAR(300)  NOT NULL,
    uploaded_by  UUID          NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_contract_attachment_msa FOREIGN KEY (workspace_id, msa_id) REFERENCES msa (workspace_id, id),
    CONSTRAINT fk_contract_attachment_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT fk_contract_attachment_user FOREIGN KEY (workspace_id, uploaded_by) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_contract_attachment_owner CHECK ((msa_id IS NULL AND sow_id IS NOT NULL) OR (msa_id IS NOT NULL AND sow_id IS NULL))
);

CREATE INDEX ix_contract_attachment_msa ON contract_attachment (workspace_id, msa_id);
CREATE INDEX ix_contract_attachment_sow ON contract_attachment (workspace_id, sow_id);

-- The last number given per workspace, kind and year (SOW-2026-001): a row lock on the
-- counter makes concurrent SOWs take distinct numbers.
CREATE TABLE contract_number (
    workspace_id UUID        NOT NULL REFERENCES workspace (id),
    kind         VARCHAR(10) NOT NULL,
    number_year  INTEGER     NOT NULL,
    last_value   INTEGER     NOT NULL,
    PRIMARY KEY (workspace_id, kind, number_year)
);
