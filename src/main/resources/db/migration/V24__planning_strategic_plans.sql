-- A strategic plan for a client, usually for one of our designations there. Versions form a
-- line: a new version copies the last one and points back at it (previous_plan_id), and
-- every version carries the id of the line's first (lineage_id); the current version of a
-- line is its latest that is not archived. The lists inside a
-- plan are value rows kept in the order the plan gives them (position).
CREATE TABLE strategic_plan (
    workspace_id     UUID          NOT NULL,
    id               UUID          NOT NULL,
    client_id        UUID          NOT NULL,
    designation_id   UUID,
    title            VARCHAR(200)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    plan_version     INTEGER       NOT NULL,
    lineage_id       UUID          NOT NULL,
    previous_plan_id UUID,
    shared_at        TIMESTAMP WITH TIME ZONE,
    approved_at      TIMESTAMP WITH TIME ZONE,
    approved_by      UUID,
    archived         BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT fk_strategic_plan_client FOREIGN KEY (workspace_id, client_id) REFERENCES client (workspace_id, id),
    CONSTRAINT fk_strategic_plan_designation FOREIGN KEY (workspace_id, designation_id) REFERENCES designation (workspace_id, id),
    CONSTRAINT fk_strategic_plan_previous FOREIGN KEY (workspace_id, previous_plan_id) REFERENCES strategic_plan (workspace_id, id),
    CONSTRAINT fk_strategic_plan_approved_by FOREIGN KEY (workspace_id, approved_by) REFERENCES app_user (workspace_id, id),
    CONSTRAINT ck_strategic_plan_version CHECK (plan_version >= 1)
);

CREATE INDEX ix_strategic_plan_client ON strategic_plan (workspace_id, client_id, plan_version);
CREATE INDEX ix_strategic_plan_designation ON strategic_plan (workspace_id, designation_id, plan_version);
CREATE UNIQUE INDEX ux_strategic_plan_lineage ON strategic_plan (workspace_id, lineage_id, plan_version);
CREATE INDEX ix_strategic_plan_previous ON strategic_plan (workspace_id, previous_plan_id);
CREATE INDEX ix_strategic_plan_approved_by ON strategic_plan (workspace_id, approved_by);

-- Market research notes with their sources.
CREATE TABLE strategic_plan_research (
    workspace_id UUID          NOT NULL,
    plan_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    note         VARCHAR(4000) NOT NULL,
    source       VARCHAR(500),
    PRIMARY KEY (workspace_id, plan_id, position),
    CONSTRAINT fk_strategic_plan_research_plan FOREIGN KEY (workspace_id, plan_id) REFERENCES strategic_plan (workspace_id, id)
);

-- Competitor analysis: share of voice is a percentage with two decimals; the plan keeps the
-- sum over its competitors at or below 100.
CREATE TABLE strategic_plan_competitor (
    workspace_id           UUID          NOT NULL,
    plan_id                UUID          NOT NULL,
    position               INTEGER       NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    positioning            VARCHAR(1000),
    strengths              VARCHAR(2000),
    weaknesses             VARCHAR(2000),
    share_of_voice_percent NUMERIC(5,2),
    recent_moves           VARCHAR(2000),
    PRIMARY KEY (workspace_id, plan_id, position),
    CONSTRAINT fk_strategic_plan_competitor_plan FOREIGN KEY (workspace_id, plan_id) REFERENCES strategic_plan (workspace_id, id),
    CONSTRAINT ck_strategic_plan_competitor_sov CHECK (share_of_voice_percent IS NULL OR (share_of_voice_percent >= 0 AND share_of_voice_percent <= 100))
);

-- Audience segments; channels are the segment's channels, one a line.
CREATE TABLE strategic_plan_segment (
    workspace_id UUID          NOT NULL,
    plan_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    size         VARCHAR(200),
    priority     VARCHAR(10)   NOT NULL,
    channels     VARCHAR(2000),
    PRIMARY KEY (workspace_id, plan_id, position),
    CONSTRAINT fk_strategic_plan_segment_plan FOREIGN KEY (workspace_id, plan_id) REFERENCES strategic_plan (workspace_id, id)
);

CREATE TABLE strategic_plan_objective (
    workspace_id UUID          NOT NULL,
    plan_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (workspace_id, plan_id, position),
    CONSTRAINT fk_strategic_plan_objective_plan FOREIGN KEY (workspace_id, plan_id) REFERENCES strategic_plan (workspace_id, id)
);

-- The roadmap: dated milestones with an owner (a user of the workspace) and a status.
CREATE TABLE strategic_plan_milestone (
    workspace_id UUID          NOT NULL,
    plan_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    milestone_id UUID          NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    due_date     DATE          NOT NULL,
    owner_id     UUID,
    status       VARCHAR(20)   NOT NULL,
    PRIMARY KEY (workspace_id, plan_id, position),
    CONSTRAINT fk_strategic_plan_milestone_plan FOREIGN KEY (workspace_id, plan_id) REFERENCES strategic_plan (workspace_id, id),
    CONSTRAINT fk_strategic_plan_milestone_owner FOREIGN KEY (workspace_id, owner_id) REFERENCES app_user (workspace_id, id)
);

CREATE INDEX ix_strategic_plan_milestone_owner ON strategic_plan_milestone (workspace_id, owner_id);
