-- The contracts module's published read view of its statements of work: what other
-- modules' SQL may join when it must group, filter or name time, media or invoices by SOW
-- (delivery's time reports). Only these columns are promised; the sow table stays the
-- contracts module's own.
CREATE VIEW sow_directory AS
SELECT workspace_id, id, msa_id, client_id, designation_id, number, title, status, start_date, end_date,
       budget_currency AS currency, archived
FROM sow;
