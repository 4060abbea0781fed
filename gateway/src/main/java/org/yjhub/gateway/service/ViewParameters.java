package org.yjhub.gateway.service;

import org.yjhub.common.text.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.Team;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.ComparatorChoice;
import org.yjhub.gateway.domain.ComparatorGroup;
import org.yjhub.gateway.domain.StatisticsRules;
import org.yjhub.gateway.readmodel.Snapshot;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.reference.Teams;

/** The read views' query and path parameters: parsed and checked, or a 400/404 problem naming what is wrong. */
@ApplicationScoped
public class ViewParameters {

    @Inject
    IndicatorCatalog indicators;

    @Inject
    Teams teams;

    @Inject
    Areas areas;

    @Inject
    StatisticsRules rules;

    public Indicator indicator(String id) {
        return indicators.find(id).orElseThrow(() -> ProblemException.notFound("no indicator with id '"
                + PlainText.abbreviate(id) + "'; GET /api/v1/indicators lists them"));
    }

    public String region(String slugOrName) {
        return Regions.find(slugOrName).orElseThrow(() -> ProblemException.notFound("no region '"
                + PlainText.abbreviate(slugOrName) + "'; GET /api/v1/regions lists them (slug or name, e.g. south-east)"));
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

    /**
     * {@code ?comparator=}: absent is England and Wales; a malformed one is 400; a group the read model does not hold
     * is 404.
     */
    public ComparatorScope comparator(Snapshot snapshot, String text) {
        ComparatorChoice choice;
        try {
            choice = ComparatorChoice.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage() + ", not '" + PlainText.abbreviate(text) + "'");
        }
        ComparatorGroup group = choice.kind() == ComparatorChoice.Kind.GROUP ? group(snapshot, choice.group()) : null;
        return new ComparatorScope(choice, group, areas);
    }

    /** A comparator group the read model holds, or 404. */
    public ComparatorGroup group(Snapshot snapshot, String code) {
        ComparatorGroup group = code == null ? null : snapshot.group(code);
        if (group == null) {
            throw ProblemException.notFound("no comparator group '" + PlainText.abbreviate(code)
                    + "'; GET /api/v1/groups lists them");
        }
        return group;
    }

    /** The configured low-count threshold, for the messages that name it. */
    public int lowCountThreshold() {
        return rules.smallNumbers().threshold();
    }

    /** {@code ?disclosure=}: {@code full} (the default) or {@code publication}, which suppresses low counts. */
    public boolean forPublication(String text) {
        if (text == null || text.isEmpty() || text.equals("full")) {
            return false;
        }
        if (text.equals("publication")) {
            return true;
        }
        throw ProblemException.badRequest("disclosure must be full or publication, not '" + PlainText.abbreviate(text) + "'");
    }
}
