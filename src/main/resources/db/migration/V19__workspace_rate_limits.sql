-- Counters of expensive operations (PDFs, exports, imports, new tokens, sign-ups) per
-- user, workspace, client address or the instance; see workspace/security/RateLimits.
-- One row per key, its window restarting at the first hit after the last one ended.
CREATE TABLE rate_limit (
    limit_key     VARCHAR(300) NOT NULL PRIMARY KEY,
    hits          INTEGER      NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX rate_limit_window_start ON rate_limit (window_start);
