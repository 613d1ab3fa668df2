-- Gapless numbers for every module (SOW-2026-001 now, invoices 2026-0001 later): the last
-- number given per workspace, series and year. Replaces contracts' contract_number, whose
-- counters carry over unchanged (its kind is the series).
CREATE TABLE number_series (
    workspace_id UUID        NOT NULL REFERENCES workspace (id),
    series       VARCHAR(40) NOT NULL,
    number_year  INTEGER     NOT NULL,
    last_value   INTEGER     NOT NULL,
    PRIMARY KEY (workspace_id, series, number_year),
    CONSTRAINT ck_number_series_last_value CHECK (last_value >= 0)
);

INSERT INTO number_series (workspace_id, series, number_year, last_value)
SELECT workspace_id, kind, number_year, last_value FROM contract_number;

DROP TABLE contract_number;
