package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Polarity;
import org.yjhub.gateway.domain.Ranking.Ranked;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingTest {

    record T(String team, BigDecimal rate) {
    }

    private static T t(String team, String rate) {
        return new T(team, new BigDecimal(rate));
    }

    private static List<Ranked<T>> rank(Polarity polarity, T... items) {
        return Ranking.rank(List.of(items), T::rate, polarity, Comparator.comparing(T::team));
    }

    private static List<String> teams(List<Ranked<T>> ranked) {
        return ranked.stream().map(r -> r.item().team()).toList();
    }

    private static List<Integer> ranks(List<Ranked<T>> ranked) {
        return ranked.stream().map(Ranked::rank).toList();
    }

    private static List<Integer> quartiles(List<Ranked<T>> ranked) {
        return ranked.stream().map(Ranked::quartile).toList();
    }

    @Test
    void lowerIsBetterRanksTheLowestRateFirst() {
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("c", "0.9"), t("a", "0.26"), t("b", "0.5"), t("d", "1.2"));
        assertThat(teams(r)).containsExactly("a", "b", "c", "d");
        assertThat(ranks(r)).containsExactly(1, 2, 3, 4);
        assertThat(quartiles(r)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void higherIsBetterRanksTheHighestRateFirst() {
        List<Ranked<T>> r = rank(Polarity.HIGHER_IS_BETTER, t("c", "40"), t("a", "90"), t("b", "75.5"), t("d", "12"));
        assertThat(teams(r)).containsExactly("a", "b", "c", "d");
        assertThat(ranks(r)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        // competition ranking 1, 2, 2, 4; tied teams in team-code order
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("d", "3"), t("c", "2"), t("b", "2"), t("a", "1"));
        assertThat(teams(r)).containsExactly("a", "b", "c", "d");
        assertThat(ranks(r)).containsExactly(1, 2, 2, 4);
        assertThat(quartiles(r)).containsExactly(1, 2, 2, 4);
    }

    @Test
    void tiesAtTheTopAndAtTheBottom() {
        List<Ranked<T>> r = rank(Polarity.HIGHER_IS_BETTER, t("a", "9"), t("b", "9"), t("c", "5"), t("d", "1"), t("e", "1"));
        assertThat(ranks(r)).containsExactly(1, 1, 3, 4, 4);
        // n = 5: ceil(4×1/5)=1, ceil(4×3/5)=3, ceil(4×4/5)=4
        assertThat(quartiles(r)).containsExactly(1, 1, 3, 4, 4);
    }

    @Test
    void equalRatesWithDifferentScalesTie() {
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("a", "2.5"), t("b", "2.50"), t("c", "2.500001"));
        assertThat(ranks(r)).containsExactly(1, 1, 3);
    }

    @Test
    void fullPrecisionDecidesEvenWhenTheDisplayedRatesAreEqual() {
        // both show as 0.26, but b's rate is lower
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("a", "0.26001560062402496100"), t("b", "0.2600156006240249"));
        assertThat(teams(r)).containsExactly("b", "a");
        assertThat(ranks(r)).containsExactly(1, 2);
    }

    @Test
    void allEqualShareRankOne() {
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("c", "4"), t("a", "4"), t("b", "4"));
        assertThat(teams(r)).containsExactly("a", "b", "c");
        assertThat(ranks(r)).containsExactly(1, 1, 1);
        // ceil(4×1/3) = 2
        assertThat(quartiles(r)).containsExactly(2, 2, 2);
    }

    @Test
    void oneTeamIsRankOneInQuartileFourByTheFormula() {
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("a", "1"));
        assertThat(ranks(r)).containsExactly(1);
        assertThat(quartiles(r)).containsExactly(4);
    }

    @Test
    void twoTeams() {
        List<Ranked<T>> r = rank(Polarity.HIGHER_IS_BETTER, t("a", "1"), t("b", "2"));
        assertThat(teams(r)).containsExactly("b", "a");
        assertThat(ranks(r)).containsExactly(1, 2);
        assertThat(quartiles(r)).containsExactly(2, 4);
    }

    @Test
    void threeTeams() {
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("a", "1"), t("b", "2"), t("c", "3"));
        assertThat(ranks(r)).containsExactly(1, 2, 3);
        // ceil(4/3)=2, ceil(8/3)=3, ceil(12/3)=4
        assertThat(quartiles(r)).containsExactly(2, 3, 4);
    }

    @Test
    void fiveTeams() {
        List<Ranked<T>> r = rank(Polarity.LOWER_IS_BETTER, t("a", "1"), t("b", "2"), t("c", "3"), t("d", "4"), t("e", "5"));
        assertThat(quartiles(r)).containsExactly(1, 2, 3, 4, 4);
    }

    @Test
    void quartilesOfAFullField() {
        // 155 teams: ranks 1..38 are quartile 1 (ceil(4×38/155)=1), 39 is quartile 2, 155 is quartile 4
        assertThat(Ranking.quartile(38, 155)).isEqualTo(1);
        assertThat(Ranking.quartile(39, 155)).isEqualTo(2);
        assertThat(Ranking.quartile(78, 155)).isEqualTo(3);
        assertThat(Ranking.quartile(77, 155)).isEqualTo(2);
        assertThat(Ranking.quartile(117, 155)).isEqualTo(4);
        assertThat(Ranking.quartile(116, 155)).isEqualTo(3);
        assertThat(Ranking.quartile(155, 155)).isEqualTo(4);
        assertThat(Ranking.quartile(1, 4)).isEqualTo(1);
        assertThat(Ranking.quartile(4, 4)).isEqualTo(4);
        assertThat(Ranking.quartile(2, 8)).isEqualTo(1);
        assertThat(Ranking.quartile(3, 8)).isEqualTo(2);
    }

    @Test
    void quartileRejectsARankOutsideTheField() {
        assertThatThrownBy(() -> Ranking.quartile(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.quartile(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.quartile(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContextIndicatorHasNoRankAndNoQuartile() {
        List<Ranked<T>> r = rank(Polarity.NONE, t("c", "10"), t("a", "30"), t("b", "20"));
        assertThat(teams(r)).containsExactly("a", "b", "c");
        assertThat(ranks(r)).containsOnlyNulls();
        assertThat(quartiles(r)).containsOnlyNulls();
    }

    @Test
    void nothingToRank() {
        assertThat(rank(Polarity.LOWER_IS_BETTER)).isEmpty();
        assertThat(rank(Polarity.NONE)).isEmpty();
    }
}
