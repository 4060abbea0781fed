package org.yjhub.common.statistics;

import org.junit.jupiter.api.Test;
import org.yjhub.common.indicator.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RanksTest {

    record Team(String code, BigDecimal value) {
    }

    private static Team team(String code, String value) {
        return new Team(code, value == null ? null : new BigDecimal(value));
    }

    private static List<Ranks.Ranked<Team>> rank(Ranks ranks, List<Team> teams, Polarity polarity) {
        return ranks.rank(teams, Team::value, polarity, Comparator.comparing(Team::code));
    }

    private static List<Team> teams(int n) {
        List<Team> teams = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            teams.add(team(String.format("T%02d", i), Integer.toString(i)));
        }
        return teams;
    }

    @Test
    void sevenTeamsAreRankedButGetNoQuartile() {
        List<Ranks.Ranked<Team>> ranked = rank(Ranks.DEFAULT, teams(7), Polarity.LOWER_IS_BETTER);

        assertThat(ranked).extracting(Ranks.Ranked::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(ranked).allSatisfy(r -> {
            assertThat(r.quartile()).isNull();
            assertThat(r.noQuartile()).isEqualTo(Ranks.NoQuartile.TOO_FEW_TEAMS);
            assertThat(r.ranked()).isEqualTo(7);
        });
    }

    @Test
    void eightTeamsGetQuartilesInPairs() {
        List<Ranks.Ranked<Team>> ranked = rank(Ranks.DEFAULT, teams(8), Polarity.LOWER_IS_BETTER);

        assertThat(ranked).extracting(Ranks.Ranked::quartile).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        assertThat(ranked).extracting(Ranks.Ranked::noQuartile).containsOnlyNulls();
    }

    @Test
    void quartilesFollowPhesQuantileRule() {
        // phe_quantile: 5 − ⌈4(n + 1 − rank) ÷ n⌉. n = 10: ⌈(11 − r) ÷ 2.5⌉ = 4,4,4,3,3,2,2,2,1,1 → 1,1,1,2,2,3,3,3,4,4
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).extracting(r -> Ranks.quartile(r, 10))
                .containsExactly(1, 1, 1, 2, 2, 3, 3, 3, 4, 4);
        // n = 9: ⌈4(10 − r) ÷ 9⌉ = 4,4,4,3,3,2,2,1,1 → 1,1,1,2,2,3,3,4,4
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)).extracting(r -> Ranks.quartile(r, 9))
                .containsExactly(1, 1, 1, 2, 2, 3, 3, 4, 4);
        // 154 teams (England and Wales): 39, 38, 39, 38
        int[] sizes = new int[5];
        for (int r = 1; r <= 154; r++) {
            sizes[Ranks.quartile(r, 154)]++;
        }
        assertThat(sizes).containsExactly(0, 39, 38, 39, 38);
        assertThatThrownBy(() -> Ranks.quartile(0, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranks.quartile(9, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranks.quartile(1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tiesShareARankAndAQuartileAndTheNextRankSkips() {
        List<Team> teams = List.of(team("A", "1"), team("B", "2"), team("C", "2.00"), team("D", "2"), team("E", "3"),
                team("F", "4"), team("G", "5"), team("H", "6"));

        List<Ranks.Ranked<Team>> ranked = rank(Ranks.DEFAULT, teams, Polarity.LOWER_IS_BETTER);

        assertThat(ranked).extracting(r -> r.item().code()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(ranked).extracting(Ranks.Ranked::rank).containsExactly(1, 2, 2, 2, 5, 6, 7, 8);
        assertThat(ranked).extracting(Ranks.Ranked::quartile).containsExactly(1, 1, 1, 1, 3, 3, 4, 4);
    }

    @Test
    void higherIsBetterRanksTheHighestFirst() {
        List<Ranks.Ranked<Team>> ranked = rank(Ranks.DEFAULT, teams(8), Polarity.HIGHER_IS_BETTER);

        assertThat(ranked).extracting(r -> r.item().code()).startsWith("T08").endsWith("T01");
        assertThat(ranked.get(0).quartile()).isEqualTo(1);
        assertThat(ranked.get(7).quartile()).isEqualTo(4);
    }

    @Test
    void teamsWithNoValueAreListedLastAndNotCounted() {
        List<Team> teams = new ArrayList<>(teams(7));
        teams.add(team("A-missing", null));

        List<Ranks.Ranked<Team>> ranked = rank(Ranks.DEFAULT, teams, Polarity.LOWER_IS_BETTER);

        assertThat(ranked).hasSize(8);
        assertThat(ranked.get(7).item().code()).isEqualTo("A-missing");
        assertThat(ranked.get(7).rank()).isNull();
        assertThat(ranked.get(7).noQuartile()).isEqualTo(Ranks.NoQuartile.NO_VALUE);
        // seven with a value: still too few for quartiles
        assertThat(ranked.get(0).noQuartile()).isEqualTo(Ranks.NoQuartile.TOO_FEW_TEAMS);
        assertThat(ranked.get(0).ranked()).isEqualTo(7);
    }

    @Test
    void aContextIndicatorHasNoRanks() {
        List<Ranks.Ranked<Team>> ranked = rank(Ranks.DEFAULT, teams(10), Polarity.NONE);

        assertThat(ranked).allSatisfy(r -> {
            assertThat(r.rank()).isNull();
            assertThat(r.quartile()).isNull();
            assertThat(r.noQuartile()).isEqualTo(Ranks.NoQuartile.CONTEXT_INDICATOR);
        });
    }

    @Test
    void theMinimumIsAParameter() {
        Ranks twelve = new Ranks(12);
        assertThat(rank(twelve, teams(11), Polarity.LOWER_IS_BETTER)).extracting(Ranks.Ranked::quartile).containsOnlyNulls();
        assertThat(rank(twelve, teams(12), Polarity.LOWER_IS_BETTER)).extracting(Ranks.Ranked::quartile)
                .containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4);
        assertThat(rank(new Ranks(4), teams(4), Polarity.LOWER_IS_BETTER)).extracting(Ranks.Ranked::quartile)
                .containsExactly(1, 2, 3, 4);
        assertThatThrownBy(() -> new Ranks(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
