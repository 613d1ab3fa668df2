-- One row per client whose designations have been written: the row that designation writes
-- lock (SELECT ... FOR UPDATE) to serialise the exclusivity check of one client. It lives in
-- the relationships module's own schema so that module never locks (or names) the clients
-- module's client table; the application inserts it on first use (ON CONFLICT DO NOTHING).
CREATE TABLE designation_lock (
    workspace_id UUID NOT NULL,
    client_id    UUID NOT NULL,
    PRIMARY KEY (workspace_id, client_id),
    CONSTRAINT fk_designation_lock_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id)
);
