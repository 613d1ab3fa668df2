-- Why a designation ended or was lost: the agency needs it later (win/loss reviews).
ALTER TABLE designation ADD COLUMN outcome_reason VARCHAR(2000);
