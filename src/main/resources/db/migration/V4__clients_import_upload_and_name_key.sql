-- A file uploaded for import, kept between the mapping, preview and import steps of the
-- import pages (any node may serve the next step), and deleted once imported or after a day.
CREATE TABLE import_upload (
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    id           UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content      BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_import_upload_user FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_import_upload_created ON import_upload (workspace_id, created_at);

-- Client names are unique whatever their case. The lower-cased name is kept in its own
-- column so the check is an index lookup (an import checks thousands) and the database
-- itself refuses "Acme" next to "ACME" when two requests race.
ALTER TABLE client ADD COLUMN name_key VARCHAR(200);
UPDATE client SET name_key = lower(name);
ALTER TABLE client ALTER COLUMN name_key SET NOT NULL;
CREATE UNIQUE INDEX uq_client_name_key ON client (workspace_id, name_key);
