-- Campaigns run under a SOW for a designation at a client. client_id is always set (taken
-- from the SOW or designation when not given); budget is in the client's currency.
CREATE TABLE campaign (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    client_id       UUID          NOT NULL,
    designation_id  UUID,
    sow_id          UUID,
    name            VARCHAR(200)  NOT NULL,
    objective       VARCHAR(2000),
    start_date      DATE          NOT NULL,
    end_date        DATE,
    budget_amount   NUMERIC(19,4),
    budget_currency VARCHAR(3),
    status          VARCHAR(20)   NOT NULL,
    owner_id        UUID,
    archived        BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_campaign_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_campaign_designation FOREIGN KEY (workspace_id, designation_id) REFERENCES designation (workspace_id, id),
    CONSTRAINT fk_campaign_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT fk_campaign_owner FOREIGN KEY (workspace_id, owner_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_campaign_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_campaign_budget CHECK (budget_amount IS NULL OR budget_amount >= 0)
);

CREATE INDEX ix_campaign_client ON campaign (workspace_id, client_id, start_date);
CREATE INDEX ix_campaign_sow ON campaign (workspace_id, sow_id);
CREATE INDEX ix_campaign_designation ON campaign (workspace_id, designation_id);

-- position orders the cards of one board column.
CREATE TABLE task (
    workspace_id   UUID          NOT NULL,
    id             UUID          NOT NULL,
    campaign_id    UUID          NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(4000),
    discipline     VARCHAR(20)   NOT NULL,
    assignee_id    UUID,
    estimate_hours NUMERIC(7,2),
    due_date       DATE,
    status         VARCHAR(20)   NOT NULL,
    position       INTEGER       NOT NULL,
    archived       BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_task_campaign FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (workspace_id, assignee_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_task_estimate CHECK (estimate_hours IS NULL OR estimate_hours >= 0)
);

CREATE INDEX ix_task_campaign ON task (workspace_id, campaign_id, status, position);
CREATE INDEX ix_task_assignee ON task (workspace_id, assignee_id, status);

-- One person's time on one date. client_id repeats the SOW's (or campaign's) client so
-- lists and reports filter without a join. minutes are what was worked and never change
-- with billing; rounded_minutes are minutes after the SOW's rounding rule, the hours billing
-- and retainer burn count. rate_* is the hourly rate in force on entry_date (rate card role
-- rate less the MSA discount), kept so a later rate change never rewrites history.
CREATE TABLE time_entry (
    workspace_id    UUID          NOT NULL,
    id              UUID          NOT NULL,
    user_id         UUID          NOT NULL,
    entry_date      DATE          NOT NULL,
    minutes         INTEGER       NOT NULL,
    rounded_minutes INTEGER       NOT NULL,
    client_id       UUID,
    sow_id          UUID,
    campaign_id     UUID,
    task_id         UUID,
    billable        BOOLEAN       NOT NULL,
    note            VARCHAR(1000),
    status          VARCHAR(20)   NOT NULL,
    role            VARCHAR(80),
    rate_amount     NUMERIC(19,4),
    rate_currency   VARCHAR(3),
    submitted_at    TIMESTAMP WITH TIME ZONE,
    approved_by     UUID,
    approved_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_time_entry_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT fk_time_entry_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_time_entry_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT fk_time_entry_campaign FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id),
    CONSTRAINT fk_time_entry_task FOREIGN KEY (workspace_id, task_id) REFERENCES task (workspace_id, id),
    CONSTRAINT ck_time_entry_minutes CHECK (minutes BETWEEN 1 AND 1440),
    CONSTRAINT ck_time_entry_rounded CHECK (rounded_minutes >= 0),
    CONSTRAINT ck_time_entry_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'INVOICED'))
);

-- The list's default order and date filters, a person's weeks, a SOW's months, a client's
-- reports: each leads with the workspace, then what it filters by, then the date.
CREATE INDEX ix_time_entry_date ON time_entry (workspace_id, entry_date, id);
CREATE INDEX ix_time_entry_user ON time_entry (workspace_id, user_id, entry_date);
CREATE INDEX ix_time_entry_sow ON time_entry (workspace_id, sow_id, entry_date);
CREATE INDEX ix_time_entry_client ON time_entry (workspace_id, client_id, entry_date);
CREATE INDEX ix_time_entry_campaign ON time_entry (workspace_id, campaign_id);
CREATE INDEX ix_time_entry_task ON time_entry (workspace_id, task_id);

-- How a SOW's time is rounded for billing: increment 0 (none), 6, 15 or 30 minutes, UP or
-- NEAREST. A SOW without a row rounds nothing.
CREATE TABLE sow_time_rule (
    workspace_id       UUID        NOT NULL,
    sow_id             UUID        NOT NULL,
    rounding_increment INTEGER     NOT NULL,
    rounding_mode      VARCHAR(10) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT      NOT NULL,
    PRIMARY KEY (workspace_id, sow_id),
    CONSTRAINT fk_sow_time_rule_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT ck_sow_time_rule_increment CHECK (rounding_increment IN (0, 6, 15, 30)),
    CONSTRAINT ck_sow_time_rule_mode CHECK (rounding_mode IN ('UP', 'NEAREST'))
);

-- A person's running timer: at most one, kept on the server so it survives a reload.
CREATE TABLE running_timer (
    workspace_id UUID          NOT NULL,
    user_id      UUID          NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sow_id       UUID,
    campaign_id  UUID,
    task_id      UUID,
    billable     BOOLEAN       NOT NULL,
    note         VARCHAR(1000),
    PRIMARY KEY (workspace_id, user_id),
    CONSTRAINT fk_running_timer_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT fk_running_timer_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id),
    CONSTRAINT fk_running_timer_campaign FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaign (workspace_id, id),
    CONSTRAINT fk_running_timer_task FOREIGN KEY (workspace_id, task_id) REFERENCES task (workspace_id, id)
);

-- A person's weekly capacity; people without a row have the workspace default of 40 hours.
CREATE TABLE staff_capacity (
    workspace_id   UUID         NOT NULL,
    user_id        UUID         NOT NULL,
    hours_per_week NUMERIC(5,2) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, user_id),
    CONSTRAINT fk_staff_capacity_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_staff_capacity_hours CHECK (hours_per_week BETWEEN 0 AND 80)
);

-- Days a person is away (holiday, leave, sickness), whole weekdays from start to end.
CREATE TABLE time_off (
    workspace_id UUID         NOT NULL,
    id           UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    reason       VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_time_off_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_time_off_dates CHECK (end_date >= start_date)
);

CREATE INDEX ix_time_off_user ON time_off (workspace_id, user_id, start_date);

-- Which retainer thresholds (80, 100 %) a SOW's month has already crossed, so each event
-- is published once.
CREATE TABLE retainer_threshold (
    workspace_id UUID        NOT NULL,
    sow_id       UUID        NOT NULL,
    fee_id       UUID        NOT NULL,
    burn_month   VARCHAR(7)  NOT NULL,
    threshold_percent INTEGER NOT NULL,
    crossed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, sow_id, fee_id, burn_month, threshold_percent),
    CONSTRAINT fk_retainer_threshold_sow FOREIGN KEY (workspace_id, sow_id) REFERENCES sow (workspace_id, id)
);
