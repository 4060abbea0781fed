package org.yjhub.gateway.config;

import jakarta.enterprise.inject.Produces;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.statistics.PoolingRule;
import org.yjhub.common.statistics.Ranks;
import org.yjhub.common.statistics.RecentTrends;
import org.yjhub.common.statistics.SmallNumbers;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.StatisticsRules;

/** The configured statistical rules and the comparator areas of the reference data, made once. */
public class StatisticsSetup {

    @Produces
    @jakarta.inject.Singleton
    StatisticsRules rules(StatisticsConfig config) {
        return new StatisticsRules(new PoolingRule(config.minimumCoverage()),
                new SmallNumbers(config.lowCountThreshold()), new Ranks(config.minimumTeamsForQuartiles()),
                RecentTrends.FINGERTIPS);
    }

    @Produces
    @jakarta.inject.Singleton
    Areas areas(TeamCatalog teams) {
        return new Areas(teams.all());
    }
}
