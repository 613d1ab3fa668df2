-- Who signed, and when: the client's signature of an MSA, its approval of a SOW and of a
-- change order. The signatory is one of the client's contacts when the agency picked one
-- (its id, not a foreign key: contacts belong to the clients module) and its name as it
-- was then, so the record stays readable if the contact changes or goes. A signature
-- recorded before this change has no date: nothing recorded it.
ALTER TABLE msa ADD COLUMN signed_on DATE;
ALTER TABLE msa ADD COLUMN signatory_contact_id UUID;
ALTER TABLE msa ADD COLUMN signatory_name VARCHAR(200);

ALTER TABLE sow ADD COLUMN signed_on DATE;
ALTER TABLE sow ADD COLUMN signatory_contact_id UUID;
ALTER TABLE sow ADD COLUMN signatory_name VARCHAR(200);

ALTER TABLE change_order ADD COLUMN signed_on DATE;
ALTER TABLE change_order ADD COLUMN signatory_contact_id UUID;
ALTER TABLE change_order ADD COLUMN signatory_name VARCHAR(200);
