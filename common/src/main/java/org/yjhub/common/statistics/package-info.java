/**
 * Statistics an analyst can defend, after the OHID (formerly PHE) Fingertips methods: confidence intervals
 * ({@link org.yjhub.common.statistics.ConfidenceIntervals}), significance against a comparator
 * ({@link org.yjhub.common.statistics.Significance}), pooled comparator figures with their coverage
 * ({@link org.yjhub.common.statistics.PoolingRule}), the small-number flag
 * ({@link org.yjhub.common.statistics.SmallNumbers}), ranks and quartiles
 * ({@link org.yjhub.common.statistics.Ranks}), the recent trend ({@link org.yjhub.common.statistics.RecentTrends})
 * and the spine distribution ({@link org.yjhub.common.statistics.Spine}).
 * <p>
 * Plain classes with no framework: the gateway's read model calls them when events arrive. Methods, formulas,
 * references and parameters are in {@code docs/statistics.md}.
 */
package org.yjhub.common.statistics;
