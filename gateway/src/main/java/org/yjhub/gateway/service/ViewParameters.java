package org.yjhub.gateway.service;

import org.yjhub.common.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.Team;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;

/** The read views' query and path parameters: parsed and checked, or a 400/404 problem naming what is wrong. */
@ApplicationScoped
public class ViewParameters {

    @Inject
    IndicatorCatalog indicators;

    @Inject
    Teams teams;

    public Indicator indicator(String id) {
        return indicators.find(id).orElseThrow(() -> ProblemException.notFound("no indicator with id '"
                + abbreviate(id) + "'; GET /api/v1/indicators lists them"));
    }

    public String region(String slugOrName) {
        return Regions.find(slugOrName).orElseThrow(() -> ProblemException.notFound("no region '"
                + abbreviate(slugOrName) + "'; GET /api/v1/regions lists them (slug or name, e.g. south-east)"));
    }

    /** A region filter: null when absent or empty. */
    public String optionalRegion(String slugOrName) {
        return slugOrName == null || slugOrName.isEmpty() ? null : region(slugOrName);
    }

    public Quarter requiredQuarter(String text) {
        if (text == null || text.isEmpty()) {
            throw ProblemException.badRequest("the query parameter quarter is required, e.g. ?quarter=2019-20-Q4");
        }
        return Quarter.parse(text);
    }

    public Team team(String code) {
        return teams.require(code);
    }

    public Team requiredTeam(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest("the query parameter team is required, e.g. ?team=milton-keynes");
        }
        return teams.require(code);
    }

    private static String abbreviate(String s) {
        return PlainText.abbreviate(s, 60);
    }
}
