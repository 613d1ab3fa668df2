-- Why an MSA was terminated or a SOW cancelled: the account's history and any dispute
-- need it later.
ALTER TABLE msa ADD COLUMN termination_reason VARCHAR(2000);
ALTER TABLE sow ADD COLUMN cancellation_reason VARCHAR(2000);
