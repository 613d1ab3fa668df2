-- H2 has no trigram indexes (PostgreSQL's V17 adds them). Here the search reads names
-- that start with the text through the index on client (workspace_id, name_key) and
-- scans for the text inside names only when those do not fill the hits. This script
-- keeps version 17 in one sequence on both databases.
SELECT 1;
