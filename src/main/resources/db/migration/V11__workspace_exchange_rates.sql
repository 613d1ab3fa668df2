-- A workspace's exchange rates: how many units of a currency one unit of the workspace's
-- base currency buys, from a date on, until a later rate of the same currency takes over.
-- Money roll-ups convert each currency at the latest rate valid on the figure's date.
CREATE TABLE exchange_rate (
    workspace_id UUID          NOT NULL,
    id           UUID          NOT NULL,
    currency     VARCHAR(3)    NOT NULL,
    rate         NUMERIC(19,8) NOT NULL,
    valid_from   DATE          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    -- One rate per currency and day; it also serves "the latest rate on or before a date".
    CONSTRAINT uq_exchange_rate UNIQUE (workspace_id, currency, valid_from),
    CONSTRAINT fk_exchange_rate_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT ck_exchange_rate_rate CHECK (rate > 0)
);
