-- The search box and the lists match text anywhere in a name (LIKE '%text%'), which no
-- B-tree index can answer: at 20,000 clients every search scanned each table. Trigram
-- indexes answer it (and LIKE 'text%') on exactly the lower-cased expressions the queries
-- use. btree_gin lets each index lead with workspace_id like every other index here; both
-- extensions are trusted, so the database's owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX ix_client_name_key_trgm ON client USING gin (workspace_id, name_key gin_trgm_ops);
CREATE INDEX ix_client_name_trgm ON client USING gin (workspace_id, lower(name) gin_trgm_ops);
CREATE INDEX ix_client_legal_name_trgm ON client USING gin (workspace_id, lower(legal_name) gin_trgm_ops);
CREATE INDEX ix_contact_name_trgm ON contact USING gin (workspace_id, lower(name) gin_trgm_ops);
CREATE INDEX ix_contact_email_trgm ON contact USING gin (workspace_id, email gin_trgm_ops);
CREATE INDEX ix_designation_agency_trgm ON designation USING gin (workspace_id, lower(agency_name) gin_trgm_ops);
CREATE INDEX ix_designation_scope_trgm ON designation USING gin (workspace_id, lower(scope) gin_trgm_ops);
CREATE INDEX ix_msa_title_trgm ON msa USING gin (workspace_id, lower(title) gin_trgm_ops);
CREATE INDEX ix_sow_title_trgm ON sow USING gin (workspace_id, lower(title) gin_trgm_ops);
CREATE INDEX ix_sow_number_trgm ON sow USING gin (workspace_id, lower(number) gin_trgm_ops);
