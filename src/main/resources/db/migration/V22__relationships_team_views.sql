-- The relationships module's published read views for delivery's resourcing: what other
-- modules' SQL may join to compare the team promised to a designation with the hours its
-- people worked. Only these columns are promised.
CREATE VIEW designation_directory AS
SELECT d.workspace_id, d.id, d.client_id, d.category_id, c.name AS category_name, d.market, d.kind, d.status,
       d.agency_name, d.start_date, d.end_date, d.archived
FROM designation d
JOIN service_category c ON c.workspace_id = d.workspace_id AND c.id = d.category_id;

-- A team assignment is a commitment: allocation_percent of the person's weekly capacity
-- for the designation, from start_date to end_date (open when null).
CREATE VIEW team_commitment AS
SELECT workspace_id, id, designation_id, user_id, role, allocation_percent, dedicated, start_date, end_date
FROM team_assignment;
