-- A SOW may be recorded without a budget: it then gets the budget its fees imply, and
-- says so (the API's budgetDerived), so no one mistakes it for an agreed figure.
ALTER TABLE sow ADD COLUMN budget_derived BOOLEAN DEFAULT FALSE NOT NULL;
