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
