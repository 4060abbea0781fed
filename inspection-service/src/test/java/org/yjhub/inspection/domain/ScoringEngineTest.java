package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjhub.inspection.repository.FrameworkFiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scoring rule of hmip-youth-2018, as read from its data file, at every band boundary and on the seeds. */
class ScoringEngineTest {

    static final Framework YOUTH = FrameworkFiles.bundled().find("hmip-youth-2018").orElseThrow();
    static final List<String> STANDARDS = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.4");

    @Test
    void miltonKeynes2021ScoresTwentyThreeGood() {
        Map<String, String> ratings = allGood();
        ratings.put("2.4", "OUTSTANDING");
        ratings.put("3.1", "OUTSTANDING");
        ratings.put("1.4", "REQUIRES_IMPROVEMENT");
        ratings.put("3.2", "INADEQUATE");

        Score score = ScoringEngine.score(YOUTH, ratings);

        assertThat(score.score()).isEqualTo(23);
        assertThat(score.overall()).isEqualTo("GOOD");
        assertThat(score.pointsToNextBand()).isEqualTo(8);
    }

    @Test
    void medway2020ScoresEighteenRequiresImprovementOnePointFromGood() {
        Map<String, String> ratings = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            ratings.put(STANDARDS.get(i), i < 7 ? "GOOD" : i < 11 ? "REQUIRES_IMPROVEMENT" : "INADEQUATE");
        }

        Score score = ScoringEngine.score(YOUTH, ratings);

        assertThat(score.score()).isEqualTo(18);
        assertThat(score.overall()).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(score.pointsToNextBand()).isEqualTo(1);
    }

    @ParameterizedTest(name = "score {0} → {1}, {2} points to the next band")
    @CsvSource(nullValues = "null", value = {
            "0, INADEQUATE, 7",
            "6, INADEQUATE, 1",
            "7, REQUIRES_IMPROVEMENT, 12",
            "18, REQUIRES_IMPROVEMENT, 1",
            "19, GOOD, 12",
            "30, GOOD, 1",
            "31, OUTSTANDING, null",
            "36, OUTSTANDING, null"})
    void everyBandBoundary(int total, String overall, Integer toNext) {
        Score byTotal = ScoringEngine.forTotal(YOUTH, total);
        assertThat(byTotal).isEqualTo(new Score(total, overall, toNext));

        // the same score reached from real ratings
        assertThat(ScoringEngine.score(YOUTH, ratingsWorth(total))).isEqualTo(byTotal);
    }

    @Test
    void allOutstandingIsTheTopOfTheScaleAndAllInadequateTheBottom() {
        assertThat(ScoringEngine.score(YOUTH, uniform("OUTSTANDING")).score()).isEqualTo(36);
        assertThat(ScoringEngine.score(YOUTH, uniform("INADEQUATE")).score()).isZero();
        assertThat(YOUTH.maxScore()).isEqualTo(36);
    }

    @Test
    void aScoreOutsideTheBandsIsAProgrammingError() {
        assertThatThrownBy(() -> ScoringEngine.forTotal(YOUTH, 37)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the bands");
        assertThatThrownBy(() -> ScoringEngine.forTotal(YOUTH, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unratedOrUnknownRatingsCannotBeScored() {
        Map<String, String> ratings = allGood();
        ratings.remove("3.4");
        assertThatThrownBy(() -> ScoringEngine.score(YOUTH, ratings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3.4");
        Map<String, String> unknown = allGood();
        unknown.put("1.1", "EXCELLENT");
        assertThatThrownBy(() -> ScoringEngine.score(YOUTH, unknown)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frameworksWithoutAScoreGiveNoScore() {
        FrameworkCatalog catalog = FrameworkFiles.bundled();
        Framework cci = catalog.find("hmip-cci-2009").orElseThrow();
        assertThat(ScoringEngine.score(cci, Map.of("safeguarding", "MINIMUM_IMPROVEMENT"))).isEqualTo(Score.NONE);
        assertThat(ScoringEngine.forTotal(catalog.find("hmip-headline").orElseThrow(), 3)).isEqualTo(Score.NONE);
    }

    static Map<String, String> allGood() {
        return uniform("GOOD");
    }

    static Map<String, String> uniform(String rating) {
        Map<String, String> ratings = new LinkedHashMap<>();
        STANDARDS.forEach(s -> ratings.put(s, rating));
        return ratings;
    }

    /** Twelve ratings adding up to {@code total}: as many Outstanding as fit, then one remainder, then Inadequate. */
    static Map<String, String> ratingsWorth(int total) {
        Map<String, String> ratings = new LinkedHashMap<>();
        int left = total;
        for (String s : STANDARDS) {
            int points = Math.min(3, left);
            left -= points;
            ratings.put(s, switch (points) {
                case 3 -> "OUTSTANDING";
                case 2 -> "GOOD";
                case 1 -> "REQUIRES_IMPROVEMENT";
                default -> "INADEQUATE";
            });
        }
        return ratings;
    }
}
