-- The workspace module's published read view of its people: what other modules' SQL may
-- join when it must filter or sort by a person's name or e-mail (account leads, team
-- members, cost rates). No password hashes, roles or sign-in data: only these columns.
CREATE VIEW user_directory AS
SELECT workspace_id, id, name, email, active
FROM app_user;
