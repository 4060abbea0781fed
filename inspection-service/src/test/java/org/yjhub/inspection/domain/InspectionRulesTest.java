package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.inspection.domain.InspectionRules.Outcome;
import org.yjhub.inspection.domain.InspectionRules.Submission;
import org.yjhub.inspection.repository.FrameworkFiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionRulesTest {

    static final FrameworkCatalog CATALOG = FrameworkFiles.bundled();
    static final Framework YOUTH = CATALOG.find("hmip-youth-2018").orElseThrow();
    static final Framework CCI = CATALOG.find("hmip-cci-2009").orElseThrow();
    static final Framework HEADLINE = CATALOG.find("hmip-headline").orElseThrow();
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    static final LocalDate START = LocalDate.of(2021, 3, 1);
    static final LocalDate END = LocalDate.of(2021, 3, 5);
    static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 10);

    static Map<String, String> miltonKeynes() {
        Map<String, String> r = ScoringEngineTest.allGood();
        r.put("2.4", "OUTSTANDING");
        r.put("3.1", "OUTSTANDING");
        r.put("1.4", "REQUIRES_IMPROVEMENT");
        r.put("3.2", "INADEQUATE");
        return r;
    }

    static Outcome youth(Map<String, String> ratings, String overall) {
        return InspectionRules.check(YOUTH, new Submission(START, END, PUBLISHED, ratings, null, overall), TODAY);
    }

    @Test
    void aCompleteRecordIsScoredInTheFrameworksOrder() {
        Map<String, String> shuffled = new LinkedHashMap<>();
        miltonKeynes().entrySet().stream().sorted(Map.Entry.<String, String>comparingByKey().reversed())
                .forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        Outcome outcome = youth(shuffled, null);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.assessment().score()).isEqualTo(23);
        assertThat(outcome.assessment().overall()).isEqualTo("GOOD");
        assertThat(outcome.assessment().pointsToNextBand()).isEqualTo(8);
        assertThat(outcome.assessment().ratings().keySet()).containsExactlyElementsOf(ScoringEngineTest.STANDARDS);
        assertThat(outcome.assessment().scores()).isEmpty();
    }

    @Test
    void aSuppliedOverallThatAgreesIsAccepted() {
        assertThat(youth(miltonKeynes(), "GOOD").valid()).isTrue();
    }

    @Test
    void aSuppliedOverallThatDisagreesIsRejectedWithTheComputedOne() {
        Outcome outcome = youth(miltonKeynes(), "REQUIRES_IMPROVEMENT");

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.overallDisagrees()).isTrue();
        assertThat(outcome.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("overall");
            assertThat(v.message()).contains("23").contains("GOOD").contains("REQUIRES_IMPROVEMENT");
        });
        assertThat(outcome.computed()).isEqualTo(new Score(23, "GOOD", 8));
    }

    @Test
    void everyMissingStandardIsListed() {
        Map<String, String> ratings = miltonKeynes();
        ratings.remove("1.2");
        ratings.remove("3.4");

        Outcome outcome = youth(ratings, null);

        assertThat(outcome.violations()).extracting(Violation::field).containsExactly("ratings.1.2", "ratings.3.4");
        assertThat(outcome.violations().get(0).message()).contains("Staff");
        assertThat(outcome.computed()).isNull();
    }

    @Test
    void noRatingsAtAllListsAllTwelve() {
        assertThat(youth(null, null).violations()).hasSize(12);
    }

    @Test
    void unknownRatingValuesAndStandardsAreRejected() {
        Map<String, String> ratings = miltonKeynes();
        ratings.put("1.1", "EXCELLENT");
        ratings.put("2.2", "good");
        ratings.put("4.1", "GOOD");

        Outcome outcome = youth(ratings, "SUPERB");

        assertThat(outcome.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("ratings.1.1", "ratings.2.2", "ratings.4.1", "overall");
        assertThat(outcome.violations()).filteredOn(v -> v.field().equals("ratings.1.1")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("EXCELLENT").contains("OUTSTANDING"));
        assertThat(outcome.overallDisagrees()).isFalse();
    }

    @Test
    void datesMustBeInOrderAndNotInTheFuture() {
        Outcome reversed = InspectionRules.check(YOUTH, new Submission(END, START, PUBLISHED, miltonKeynes(), null, null), TODAY);
        assertThat(reversed.violations()).extracting(Violation::field).containsExactly("fieldworkEnd");

        Outcome earlyPublication = InspectionRules.check(YOUTH,
                new Submission(START, END, END.minusDays(1), miltonKeynes(), null, null), TODAY);
        assertThat(earlyPublication.violations()).extracting(Violation::field).containsExactly("publishedOn");

        Outcome sameDay = InspectionRules.check(YOUTH, new Submission(END, END, END, miltonKeynes(), null, null), TODAY);
        assertThat(sameDay.valid()).isTrue();

        Outcome future = InspectionRules.check(YOUTH,
                new Submission(TODAY, TODAY, TODAY.plusDays(1), miltonKeynes(), null, null), TODAY);
        assertThat(future.violations()).extracting(Violation::field).containsExactly("publishedOn");
        assertThat(future.violations().get(0).message()).contains("future");

        Outcome today = InspectionRules.check(YOUTH, new Submission(TODAY, TODAY, TODAY, miltonKeynes(), null, null), TODAY);
        assertThat(today.valid()).isTrue();
    }

    @Test
    void theYouthFrameworkNeedsFieldworkAndPublicationDates() {
        Outcome outcome = InspectionRules.check(YOUTH, new Submission(null, null, null, miltonKeynes(), null, null), TODAY);
        assertThat(outcome.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("publishedOn", "fieldworkStart", "fieldworkEnd");
    }

    @Test
    void merton2011UnderTheCoreCaseInspection() {
        Map<String, String> ratings = Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT",
                "risk-of-harm", "SUBSTANTIAL_IMPROVEMENT", "likelihood-of-reoffending", "MODERATE_IMPROVEMENT");
        Outcome outcome = InspectionRules.check(CCI, new Submission(LocalDate.of(2011, 5, 9), LocalDate.of(2011, 5, 13),
                LocalDate.of(2011, 7, 20), ratings, Map.of("likelihood-of-reoffending", new BigDecimal("71"),
                "safeguarding", new BigDecimal("60.0")), null), TODAY);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.assessment().score()).isNull();
        assertThat(outcome.assessment().overall()).isNull();
        assertThat(outcome.assessment().pointsToNextBand()).isNull();
        assertThat(outcome.assessment().ratings().keySet())
                .containsExactly("safeguarding", "risk-of-harm", "likelihood-of-reoffending");
        assertThat(outcome.assessment().scores()).containsExactly(Map.entry("safeguarding", 60),
                Map.entry("likelihood-of-reoffending", 71));
    }

    @Test
    void theCoreCaseInspectionHasNoOverallAndChecksItsPercentages() {
        Map<String, String> ratings = Map.of("safeguarding", "MINIMUM_IMPROVEMENT", "risk-of-harm", "DRASTIC_IMPROVEMENT");
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("safeguarding", new BigDecimal("101"));
        scores.put("risk-of-harm", new BigDecimal("55.5"));
        scores.put("capacity", BigDecimal.ONE);
        scores.put("likelihood-of-reoffending", new BigDecimal("-1"));

        Outcome outcome = InspectionRules.check(CCI, new Submission(START, END, PUBLISHED, ratings, scores, "GOOD"), TODAY);

        assertThat(outcome.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "ratings.likelihood-of-reoffending", "scores.safeguarding", "scores.risk-of-harm", "scores.capacity",
                "scores.likelihood-of-reoffending", "overall");
    }

    @Test
    void percentagesAreRefusedWhereTheFrameworkTakesNone() {
        Outcome outcome = InspectionRules.check(YOUTH, new Submission(START, END, PUBLISHED, miltonKeynes(),
                Map.of("1.1", BigDecimal.TEN), null), TODAY);
        assertThat(outcome.violations()).extracting(Violation::field).containsExactly("scores");
    }

    @Test
    void aHeadlineRecordNeedsItsOverallAndTakesNoRatings() {
        Outcome medway = InspectionRules.check(HEADLINE, new Submission(null, null, LocalDate.of(2020, 3, 1), null,
                null, "REQUIRES_IMPROVEMENT"), TODAY);
        assertThat(medway.valid()).isTrue();
        assertThat(medway.assessment()).isEqualTo(new InspectionRules.Assessment(Map.of(), Map.of(), null,
                "REQUIRES_IMPROVEMENT", null));

        Outcome missing = InspectionRules.check(HEADLINE, new Submission(null, null, PUBLISHED, Map.of("1.1", "GOOD"),
                null, null), TODAY);
        assertThat(missing.violations()).extracting(Violation::field).containsExactlyInAnyOrder("ratings.1.1", "overall");

        Outcome oneDate = InspectionRules.check(HEADLINE, new Submission(START, null, PUBLISHED, null, null, "GOOD"), TODAY);
        assertThat(oneDate.violations()).extracting(Violation::field).containsExactly("fieldworkEnd");

        Outcome unknown = InspectionRules.check(HEADLINE, new Submission(null, null, PUBLISHED, null, null, "FINE"), TODAY);
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("overall");
    }
}
