-- The earlier terms of a designation: each renewal keeps the term it replaced (dates, annual
-- value, kind) and who renewed it when, so the designation row always holds the current term
-- and its history is never lost. A renewed term starts after the one before, so a start date
-- is unique per designation.
CREATE TABLE designation_term (
    workspace_id          UUID          NOT NULL,
    designation_id        UUID          NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE,
    annual_value_amount   NUMERIC(19,4),
    annual_value_currency VARCHAR(3),
    kind                  VARCHAR(20)   NOT NULL,
    renewed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_by            UUID,
    PRIMARY KEY (workspace_id, designation_id, start_date),
    CONSTRAINT fk_designation_term_designation FOREIGN KEY (workspace_id, designation_id) REFERENCES designation (workspace_id, id),
    CONSTRAINT fk_designation_term_renewed_by FOREIGN KEY (workspace_id, renewed_by) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_designation_term_dates CHECK (end_date IS NULL OR end_date > start_date),
    CONSTRAINT ck_designation_term_value CHECK (annual_value_amount IS NULL OR (annual_value_amount >= 0 AND annual_value_currency IS NOT NULL))
);

CREATE INDEX ix_designation_term_renewed_by ON designation_term (workspace_id, renewed_by);
