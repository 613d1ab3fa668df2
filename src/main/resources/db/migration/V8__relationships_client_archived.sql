-- The relationships module's copy of "is this designation's client archived": kept by a
-- listener to the clients module's ClientArchived / ClientRestored events, so the roster
-- views leave archived clients out without reading the clients module's table.
ALTER TABLE designation ADD COLUMN client_archived BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE designation SET client_archived = TRUE
WHERE EXISTS (SELECT 1 FROM client c
              WHERE c.workspace_id = designation.workspace_id AND c.id = designation.client_id AND c.archived);
