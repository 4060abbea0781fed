-- inspection-service: the kit's revision lifecycle (issue 17). Recording and correcting an inspection check that the
-- team has no other inspection with the same dates; those checks were serialised by a per-team advisory lock and now
-- by a row lock on the team's head row (service-kit HeadLocks creates it, at revision 0, on the team's first write).
-- revision counts the writes that checked the team's dates (an existing team starts at its number of inspections). Nothing existing is rewritten: the inspection head rows
-- keep their uuid key and version, and a missing team head is created when first needed.
CREATE TABLE inspection_team_head (
    team     VARCHAR(100) NOT NULL,
    revision BIGINT       NOT NULL DEFAULT 0 CHECK (revision >= 0),
    PRIMARY KEY (team)
);
INSERT INTO inspection_team_head (team, revision)
SELECT team, count(*) FROM inspection GROUP BY team;
