package org.yjhub.gateway.domain;

import org.yjhub.common.statistics.PoolingRule;
import org.yjhub.common.statistics.Ranks;
import org.yjhub.common.statistics.RecentTrends;
import org.yjhub.common.statistics.SmallNumbers;

import java.math.BigDecimal;

/**
 * The configured statistical rules of the read views (yj.statistics.*): the coverage a pooled figure needs to be called
 * the comparator's figure, the count below which a value is a low count, how many teams quartiles need, and the test
 * for recent trends.
 */
public record StatisticsRules(PoolingRule pooling, SmallNumbers smallNumbers, Ranks ranks, RecentTrends trends) {

    /** Three quarters of the comparator's teams, counts below 5, quartiles from 8 teams, trends at 99.8%. */
    public static final StatisticsRules DEFAULT = new StatisticsRules(new PoolingRule(new BigDecimal("0.75")),
            SmallNumbers.DEFAULT, Ranks.DEFAULT, RecentTrends.FINGERTIPS);
}
