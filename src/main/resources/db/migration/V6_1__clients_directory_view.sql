-- The clients module's published read view: what other modules' SQL may join when it must
-- filter or sort by a client's name (lists, search). Only these columns are promised; the
-- client table behind it stays the clients module's own and may change.
CREATE VIEW client_directory AS
SELECT workspace_id, id, name, name_key, currency, status, archived
FROM client;
