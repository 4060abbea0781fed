package org.yjhub.kit.reference;

import org.yjhub.common.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.kit.problem.ProblemException;

import java.util.List;

/** Team look-ups for services: an unknown team code is a 404 problem. */
@ApplicationScoped
public class Teams {

    @Inject
    TeamCatalog catalog;

    public Team require(String code) {
        return catalog.find(code).orElseThrow(() -> ProblemException.notFound("no team with code '" + PlainText.abbreviate(code)
                + "'; GET /api/v1/teams lists them"));
    }

    public List<Team> all() {
        return catalog.all();
    }
}
