package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.yjhub.inspection.domain.Framework.Band;
import org.yjhub.inspection.domain.Framework.FrameworkDomain;
import org.yjhub.inspection.domain.Framework.OverallRule;
import org.yjhub.inspection.domain.Framework.RatingValue;
import org.yjhub.inspection.domain.Framework.Scoring;
import org.yjhub.inspection.domain.Framework.Standard;
import org.yjhub.inspection.repository.FrameworkFiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A framework's data is checked when it is built, and a new framework needs only data. */
class FrameworkTest {

    static final List<RatingValue> SCALE = List.of(new RatingValue("HIGH", "High", 2), new RatingValue("MID", "Mid", 1),
            new RatingValue("LOW", "Low", 0));
    static final List<RatingValue> OVERALL = List.of(new RatingValue("PASS", "Pass", null),
            new RatingValue("FAIL", "Fail", null));

    static Framework framework(List<Standard> standards, List<Band> bands) {
        return new Framework("test-fw", "Test", "1", null, null, null,
                List.of(new FrameworkDomain("d", "Domain", standards)), SCALE,
                new Scoring(Scoring.Method.SUM_OF_POINTS, bands), new OverallRule(OverallRule.Mode.COMPUTED, OVERALL),
                null, null);
    }

    static final List<Standard> TWO = List.of(new Standard("a", "A", true, true), new Standard("b", "B", true, true));

    @Test
    void aNewFrameworkIsOnlyData_withAnUnscoredOptionalStandard() {
        // like the 2021 youth framework's resettlement rating: rated, but outside the total, and not always present
        Framework f = framework(List.of(new Standard("a", "A", true, true), new Standard("b", "B", true, true),
                new Standard("r", "Resettlement", false, false)), List.of(new Band(0, 2, "FAIL"), new Band(3, 4, "PASS")));

        assertThat(f.maxScore()).isEqualTo(4);
        assertThat(ScoringEngine.score(f, Map.of("a", "HIGH", "b", "MID", "r", "LOW"))).isEqualTo(new Score(3, "PASS", null));
        assertThat(ScoringEngine.score(f, Map.of("a", "MID", "b", "LOW"))).isEqualTo(new Score(1, "FAIL", 2));

        InspectionRules.Checked withoutOptional = InspectionRules.check(f, new InspectionRules.RecordInput(
                "2022-01-01", "2022-01-02", "2022-02-01", Map.of("a", "HIGH", "b", "HIGH"),
                null, "PASS"), LocalDate.of(2023, 1, 1));
        assertThat(withoutOptional.valid()).isTrue();
        assertThat(withoutOptional.assessment().score()).isEqualTo(4);
    }

    @Test
    void bandsMustCoverTheWholeScoreRangeWithoutGapsOrOverlaps() {
        assertThatThrownBy(() -> framework(TWO, List.of(new Band(0, 1, "FAIL"), new Band(3, 4, "PASS"))))
                .hasMessageContaining("gap at 2");
        assertThatThrownBy(() -> framework(TWO, List.of(new Band(0, 2, "FAIL"), new Band(2, 4, "PASS"))))
                .hasMessageContaining("overlap at 2");
        assertThatThrownBy(() -> framework(TWO, List.of(new Band(0, 2, "FAIL"), new Band(3, 3, "PASS"))))
                .hasMessageContaining("highest score is 4");
        assertThatThrownBy(() -> framework(TWO, List.of(new Band(1, 4, "PASS"))))
                .hasMessageContaining("gap at 0");
        assertThatThrownBy(() -> framework(TWO, List.of(new Band(0, 2, "FAIL"), new Band(3, 4, "GREAT"))))
                .hasMessageContaining("GREAT");
    }

    @Test
    void idsMustBeUniqueAndOptionalStandardsUnscored() {
        assertThatThrownBy(() -> framework(List.of(new Standard("a", "A", true, true), new Standard("a", "A2", true, true)),
                List.of(new Band(0, 4, "PASS")))).hasMessageContaining("standard id used twice: a");
        assertThatThrownBy(() -> framework(List.of(new Standard("a", "A", false, true)), List.of(new Band(0, 2, "PASS"))))
                .hasMessageContaining("optional");
        assertThatThrownBy(() -> new FrameworkCatalog(List.of(framework(TWO, List.of(new Band(0, 4, "PASS"))),
                framework(TWO, List.of(new Band(0, 4, "PASS")))))).hasMessageContaining("test-fw");
    }

    @Test
    void scoringAndTheOverallModeMustFitTogether() {
        FrameworkDomain domain = new FrameworkDomain("d", "D", TWO);
        List<RatingValue> unscored = List.of(new RatingValue("HIGH", "High", null), new RatingValue("LOW", "Low", null));
        assertThatThrownBy(() -> new Framework("x", "X", "1", null, null, null, List.of(domain), unscored, null,
                new OverallRule(OverallRule.Mode.COMPUTED, OVERALL), null, null)).hasMessageContaining("computed overall");
        assertThatThrownBy(() -> new Framework("x", "X", "1", null, null, null, List.of(domain), SCALE, null,
                new OverallRule(OverallRule.Mode.SUPPLIED, OVERALL), null, null)).hasMessageContaining("has points");
        assertThatThrownBy(() -> new Framework("x", "X", "1", null, null, null, List.of(domain),
                List.of(new RatingValue("HIGH", "High", null)), new Scoring(Scoring.Method.SUM_OF_POINTS,
                List.of(new Band(0, 0, "PASS"))), new OverallRule(OverallRule.Mode.COMPUTED, OVERALL), null, null))
                .hasMessageContaining("needs points");
        assertThatThrownBy(() -> new Framework("x", "X", "1", null, null, null, List.of(domain), unscored, null,
                new OverallRule(OverallRule.Mode.NONE, OVERALL), null, null)).hasMessageContaining("no overall values");
        assertThatThrownBy(() -> new Framework("x", "X", "1", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), null,
                List.of(), List.of(), null, new OverallRule(OverallRule.Mode.SUPPLIED, OVERALL), null, null))
                .hasMessageContaining("validTo");
        assertThatThrownBy(() -> new Framework("Not A Slug", "X", "1", null, null, null, List.of(), List.of(),
                null, new OverallRule(OverallRule.Mode.SUPPLIED, OVERALL), null, null)).hasMessageContaining("slug");
    }

    @Test
    void theBundledFrameworksAreWhatTheDomainSays() {
        FrameworkCatalog catalog = FrameworkFiles.bundled();
        assertThat(catalog.ids()).containsExactly("hmip-cci-2009", "hmip-headline", "hmip-youth-2018");

        Framework youth = catalog.find("hmip-youth-2018").orElseThrow();
        assertThat(youth.domains()).extracting(FrameworkDomain::name)
                .containsExactly("Organisational delivery", "Court disposals", "Out-of-court disposals");
        assertThat(youth.standards()).hasSize(12).allMatch(s -> s.required() && s.scored());
        assertThat(youth.ratingScale()).extracting(RatingValue::value, RatingValue::points).containsExactly(
                tuple("OUTSTANDING", 3), tuple("GOOD", 2),
                tuple("REQUIRES_IMPROVEMENT", 1),
                tuple("INADEQUATE", 0));
        assertThat(youth.scoring().bands()).containsExactly(new Band(0, 6, "INADEQUATE"),
                new Band(7, 18, "REQUIRES_IMPROVEMENT"), new Band(19, 30, "GOOD"), new Band(31, 36, "OUTSTANDING"));

        Framework cci = catalog.find("hmip-cci-2009").orElseThrow();
        assertThat(cci.standards()).extracting(Standard::id)
                .containsExactly("safeguarding", "risk-of-harm", "likelihood-of-reoffending");
        assertThat(cci.ratingValues()).containsExactly("MINIMUM_IMPROVEMENT", "MODERATE_IMPROVEMENT",
                "SUBSTANTIAL_IMPROVEMENT", "DRASTIC_IMPROVEMENT");
        assertThat(cci.overall().mode()).isEqualTo(OverallRule.Mode.NONE);
        assertThat(cci.scores()).isEqualTo(new Framework.PercentageScores(0, 100));
        assertThat(cci.hasScore()).isFalse();

        Framework headline = catalog.find("hmip-headline").orElseThrow();
        assertThat(headline.standards()).isEmpty();
        assertThat(headline.overall().mode()).isEqualTo(OverallRule.Mode.SUPPLIED);
    }
}
