package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.inspection.domain.InspectionRules.Checked;
import org.yjhub.inspection.domain.InspectionRules.RecordInput;
import org.yjhub.inspection.repository.FrameworkFiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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

    /** A submission with full dates (written as ISO dates, as a client sends them). */
    static RecordInput submission(LocalDate start, LocalDate end, LocalDate published, Map<String, String> ratings,
                                 Map<String, BigDecimal> scores, String overall) {
        return new RecordInput(text(start), text(end), text(published), ratings, scores, overall);
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static Checked youth(Map<String, String> ratings, String overall) {
        return InspectionRules.check(YOUTH, submission(START, END, PUBLISHED, ratings, null, overall), TODAY);
    }

    @Test
    void aCompleteRecordIsScoredInTheFrameworksOrder() {
        Map<String, String> shuffled = new LinkedHashMap<>();
        miltonKeynes().entrySet().stream().sorted(Map.Entry.<String, String>comparingByKey().reversed())
                .forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        Checked outcome = youth(shuffled, null);

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
        Checked outcome = youth(miltonKeynes(), "REQUIRES_IMPROVEMENT");

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

        Checked outcome = youth(ratings, null);

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

        Checked outcome = youth(ratings, "SUPERB");

        assertThat(outcome.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("ratings.1.1", "ratings.2.2", "ratings.4.1", "overall");
        assertThat(outcome.violations()).filteredOn(v -> v.field().equals("ratings.1.1")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("EXCELLENT").contains("OUTSTANDING"));
        assertThat(outcome.overallDisagrees()).isFalse();
    }

    @Test
    void datesMustBeInOrderAndNotInTheFuture() {
        Checked reversed = InspectionRules.check(YOUTH, submission(END, START, PUBLISHED, miltonKeynes(), null, null), TODAY);
        assertThat(reversed.violations()).extracting(Violation::field).containsExactly("fieldworkEnd");

        Checked earlyPublication = InspectionRules.check(YOUTH,
                submission(START, END, END.minusDays(1), miltonKeynes(), null, null), TODAY);
        assertThat(earlyPublication.violations()).extracting(Violation::field).containsExactly("publishedOn");

        Checked sameDay = InspectionRules.check(YOUTH, submission(END, END, END, miltonKeynes(), null, null), TODAY);
        assertThat(sameDay.valid()).isTrue();

        Checked future = InspectionRules.check(YOUTH,
                submission(TODAY, TODAY, TODAY.plusDays(1), miltonKeynes(), null, null), TODAY);
        assertThat(future.violations()).extracting(Violation::field).containsExactly("publishedOn");
        assertThat(future.violations().get(0).message()).contains("future");

        Checked today = InspectionRules.check(YOUTH, submission(TODAY, TODAY, TODAY, miltonKeynes(), null, null), TODAY);
        assertThat(today.valid()).isTrue();
    }

    @Test
    void everyFrameworkNeedsThePublicationDateOrTheFieldworkButNotBoth() {
        Checked none = InspectionRules.check(YOUTH, submission(null, null, null, miltonKeynes(), null, null), TODAY);
        assertThat(none.violations()).extracting(Violation::field).containsExactly("publishedOn");
        assertThat(none.violations().get(0).message()).contains("required").contains("fieldwork")
                .contains("2021-08-10").contains("2021-08");

        // Merton 2011: the paper gives the fieldwork month, no publication date
        Checked merton = InspectionRules.check(CCI, new RecordInput("2011-07", "2011-07", null, Map.of("safeguarding",
                "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm", "SUBSTANTIAL_IMPROVEMENT", "likelihood-of-reoffending",
                "MODERATE_IMPROVEMENT"), null, null), TODAY);
        assertThat(merton.violations()).isEmpty();
        assertThat(merton.assessment().dates()).isEqualTo(new InspectionRules.Dates(
                PartialDate.ofMonth(YearMonth.of(2011, 7)), PartialDate.ofMonth(YearMonth.of(2011, 7)), null));
        assertThat(merton.assessment().dates().fieldworkPrecision()).isEqualTo(PartialDate.Precision.MONTH);

        // one fieldwork date alone is the pair's error only, not a missing publication date
        Checked half = InspectionRules.check(YOUTH, submission(null, END, null, miltonKeynes(), null, null), TODAY);
        assertThat(half.violations()).extracting(Violation::field).containsExactly("fieldworkStart");
        Checked future = InspectionRules.check(YOUTH, submission(TODAY, TODAY.plusDays(1), null, miltonKeynes(),
                null, null), TODAY);
        assertThat(future.violations()).extracting(Violation::field).containsExactly("fieldworkEnd");

        for (Framework f : CATALOG.all()) {
            Map<String, String> ratings = f == YOUTH ? miltonKeynes() : f == CCI ? Map.of("safeguarding",
                    "MINIMUM_IMPROVEMENT", "risk-of-harm", "MINIMUM_IMPROVEMENT", "likelihood-of-reoffending",
                    "MINIMUM_IMPROVEMENT") : null;
            Checked noFieldwork = InspectionRules.check(f, submission(null, null, PUBLISHED, ratings, null,
                    f == HEADLINE ? "GOOD" : null), TODAY);
            assertThat(noFieldwork.violations()).as(f.id()).isEmpty();
            assertThat(noFieldwork.assessment().dates()).as(f.id())
                    .isEqualTo(new InspectionRules.Dates(null, null, PartialDate.ofDay(PUBLISHED)));
        }

        Checked blank = InspectionRules.check(YOUTH, new RecordInput(" ", "", "2021-06-10", miltonKeynes(), null, null),
                TODAY);
        assertThat(blank.valid()).as("blank dates are not given").isTrue();
        assertThat(blank.assessment().dates().fieldworkStart()).isNull();
    }

    @Test
    void fieldworkDatesComeAsAPair() {
        Checked startOnly = InspectionRules.check(YOUTH, submission(START, null, PUBLISHED, miltonKeynes(), null, null),
                TODAY);
        assertThat(startOnly.violations()).extracting(Violation::field).containsExactly("fieldworkEnd");
        Checked endOnly = InspectionRules.check(YOUTH, new RecordInput(null, "2021-05", "2021-08", miltonKeynes(), null,
                null), TODAY);
        assertThat(endOnly.violations()).extracting(Violation::field).containsExactly("fieldworkStart");
    }

    // ---- dates known only to the month ----

    static Checked youthDates(String start, String end, String published) {
        return InspectionRules.check(YOUTH, new RecordInput(start, end, published, miltonKeynes(), null, "GOOD"), TODAY);
    }

    @Test
    void miltonKeynes2021IsDatedByMonth() {
        Checked outcome = youthDates("2021-05", "2021-05", "2021-08");

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.assessment().dates()).isEqualTo(new InspectionRules.Dates(
                PartialDate.ofMonth(YearMonth.of(2021, 5)), PartialDate.ofMonth(YearMonth.of(2021, 5)),
                PartialDate.ofMonth(YearMonth.of(2021, 8))));
        assertThat(outcome.assessment().dates().publishedOn().date()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(outcome.assessment().score()).isEqualTo(23);
    }

    @Test
    void aMonthOnlyPublicationMayFollowFieldworkKnownToTheDay() {
        assertThat(youthDates("2021-05-10", "2021-05-14", "2021-08").valid()).isTrue();
        assertThat(youthDates("2021-05-10", "2021-05-14", "2021-05").valid()).as("same month").isTrue();
        assertThat(youthDates("2021-05", "2021-05", "2021-05-03").valid()).as("same month").isTrue();
        assertThat(youthDates("2021-05", "2021-06", "2021-06").valid()).isTrue();
    }

    @Test
    void orderIsComparedByMonthWhenEitherDateIsAMonth() {
        Checked early = youthDates("2021-05", "2021-05", "2021-04");
        assertThat(early.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("publishedOn");
            assertThat(v.message()).contains("before fieldworkEnd (2021-05)").contains("by month");
        });

        Checked earlyDay = youthDates("2021-05-10", "2021-05-14", "2021-04");
        assertThat(earlyDay.violations()).extracting(Violation::field).containsExactly("publishedOn");
        Checked earlyMonth = youthDates("2021-05", "2021-05", "2021-04-30");
        assertThat(earlyMonth.violations()).extracting(Violation::field).containsExactly("publishedOn");

        Checked reversed = youthDates("2021-06", "2021-05", "2021-08");
        assertThat(reversed.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fieldworkEnd");
            assertThat(v.message()).contains("before fieldworkStart (2021-06)");
        });
    }

    @Test
    void bothFieldworkDatesHaveOneForm() {
        Checked mixed = youthDates("2021-05", "2021-05-14", "2021-08");
        assertThat(mixed.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fieldworkEnd");
            assertThat(v.message()).contains("a full date (2021-05-14)").contains("a month (2021-05)");
        });
        assertThat(youthDates("2021-05-10", "2021-05", "2021-08").violations()).extracting(Violation::field)
                .containsExactly("fieldworkEnd");
    }

    @Test
    void aMonthAfterTheCurrentMonthIsInTheFuture() {
        // TODAY is 2024-06-01: the whole of June 2024 is the current month, not the future
        assertThat(youthDates("2024-06", "2024-06", "2024-06").valid()).isTrue();
        assertThat(youthDates("2024-05-20", "2024-05-24", "2024-06").valid()).isTrue();

        Checked nextMonth = youthDates("2024-06", "2024-06", "2024-07");
        assertThat(nextMonth.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("publishedOn");
            assertThat(v.message()).contains("future").contains("2024-07").contains("2024-06");
        });
        assertThat(youthDates("2024-07", "2024-07", "2024-07").violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("fieldworkStart", "fieldworkEnd", "publishedOn");
        // a day is judged by the day, as before
        assertThat(youthDates("2024-06", "2024-06", "2024-06-02").violations()).extracting(Violation::field)
                .containsExactly("publishedOn");
    }

    @Test
    void malformedDatesAreEachNamedWithBothAcceptedForms() {
        for (String bad : new String[]{"2021-13", "2021-8", "August 2021", "2021-02-30", "2021-00", "10/06/2021",
                "2021-08-1", "202108", "2021-08-10T00:00", "21-08"}) {
            Checked outcome = youthDates("2021-05", "2021-05", bad);
            assertThat(outcome.violations()).as(bad).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("publishedOn");
                assertThat(v.message()).contains(bad).contains("2021-08-10").contains("2021-08");
            });
        }
        Checked all = youthDates("May 2021", "2021-5", "2021-13");
        assertThat(all.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("fieldworkStart", "fieldworkEnd", "publishedOn");
    }

    @Test
    void aMalformedDateStillLetsTheOthersBeChecked() {
        Checked outcome = youthDates("2021-05", "May 2021", "2021-04");
        assertThat(outcome.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("fieldworkEnd", "publishedOn");
        assertThat(outcome.violations()).filteredOn(v -> v.field().equals("publishedOn")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("fieldworkStart (2021-05)"));
    }

    @Test
    void merton2011UnderTheCoreCaseInspection() {
        Map<String, String> ratings = Map.of("safeguarding", "SUBSTANTIAL_IMPROVEMENT",
                "risk-of-harm", "SUBSTANTIAL_IMPROVEMENT", "likelihood-of-reoffending", "MODERATE_IMPROVEMENT");
        Checked outcome = InspectionRules.check(CCI, submission(LocalDate.of(2011, 5, 9), LocalDate.of(2011, 5, 13),
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

        Checked outcome = InspectionRules.check(CCI, submission(START, END, PUBLISHED, ratings, scores, "GOOD"), TODAY);

        assertThat(outcome.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "ratings.likelihood-of-reoffending", "scores.safeguarding", "scores.risk-of-harm", "scores.capacity",
                "scores.likelihood-of-reoffending", "overall");
    }

    @Test
    void percentagesAreRefusedWhereTheFrameworkTakesNone() {
        Checked outcome = InspectionRules.check(YOUTH, submission(START, END, PUBLISHED, miltonKeynes(),
                Map.of("1.1", BigDecimal.TEN), null), TODAY);
        assertThat(outcome.violations()).extracting(Violation::field).containsExactly("scores");
    }

    @Test
    void aHeadlineRecordNeedsItsOverallAndTakesNoRatings() {
        Checked medway = InspectionRules.check(HEADLINE, submission(null, null, LocalDate.of(2020, 3, 1), null,
                null, "REQUIRES_IMPROVEMENT"), TODAY);
        assertThat(medway.valid()).isTrue();
        assertThat(medway.assessment()).isEqualTo(new InspectionRules.Assessment(new InspectionRules.Dates(null, null,
                PartialDate.ofDay(LocalDate.of(2020, 3, 1))), Map.of(), Map.of(), null, "REQUIRES_IMPROVEMENT", null));

        Checked missing = InspectionRules.check(HEADLINE, submission(null, null, PUBLISHED, Map.of("1.1", "GOOD"),
                null, null), TODAY);
        assertThat(missing.violations()).extracting(Violation::field).containsExactlyInAnyOrder("ratings.1.1", "overall");

        Checked oneDate = InspectionRules.check(HEADLINE, submission(START, null, PUBLISHED, null, null, "GOOD"), TODAY);
        assertThat(oneDate.violations()).extracting(Violation::field).containsExactly("fieldworkEnd");

        Checked unknown = InspectionRules.check(HEADLINE, submission(null, null, PUBLISHED, null, null, "FINE"), TODAY);
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("overall");
    }
}
