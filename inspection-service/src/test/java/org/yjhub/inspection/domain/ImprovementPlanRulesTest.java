package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ImprovementPlanRulesTest {

    @ParameterizedTest(name = "{0} → {1} (submitted {2})")
    @CsvSource(nullValues = "null", value = {
            "GREEN, GREEN, null",
            "AMBER, AMBER, null",
            "YELLOW, AMBER, YELLOW",
            "RED, RED, null",
            "COMPLETE, COMPLETE, null",
            "'', null, null",
            "null, null, null"})
    void ragStatuses(String raw, String status, String submitted) {
        RagStatus.Parsed parsed = RagStatus.parse(raw).orElseThrow();
        assertThat(parsed.statusName()).isEqualTo(status);
        assertThat(parsed.submitted()).isEqualTo(submitted);
    }

    @Test
    void unknownStatusesAreRejected() {
        assertThat(RagStatus.parse("PURPLE")).isEmpty();
        assertThat(RagStatus.parse("green")).isEmpty();
        var checked = ImprovementPlanRules.action(null, "Do it", "YOT Manager", "2021-09-30", "PURPLE", null);
        assertThat(checked.violations()).extracting(Violation::field).containsExactly("status");
        assertThat(checked.violations().get(0).message()).contains("YELLOW");
    }

    @Test
    void dueIsADateOrAMeeting() {
        assertThat(Due.parse("2021-09-30")).contains(new Due("2021-09-30", LocalDate.of(2021, 9, 30)));
        assertThat(Due.parse("July Strategic Board Agenda Item")).contains(new Due("July Strategic Board Agenda Item", null));
        assertThat(Due.parse("30/09/2021")).contains(new Due("30/09/2021", null));
        assertThat(Due.parse("2021-02-30")).isEmpty();
    }

    @Test
    void anActionNeedsTextOwnerAndDue() {
        var checked = ImprovementPlanRules.action(null, " ", null, "", "GREEN", null);
        assertThat(checked.violations()).extracting(Violation::field).containsExactly("text", "owner", "due");

        var notADate = ImprovementPlanRules.action(null, "t", "o", "2021-13-01", null, null);
        assertThat(notADate.violations()).extracting(Violation::field).containsExactly("due");

        var tooLong = ImprovementPlanRules.action("x".repeat(51), "t", "o".repeat(201), "d".repeat(201), null,
                "p".repeat(10_001));
        assertThat(tooLong.violations()).extracting(Violation::field).containsExactly("reference", "owner", "due", "progress");

        var ok = ImprovementPlanRules.action(" A ", " Review ", "YOT Manager", "July Strategic Board", null, null);
        assertThat(ok.valid()).isTrue();
        assertThat(ok.draft().reference()).isEqualTo("A");
        assertThat(ok.draft().text()).isEqualTo("Review");
        assertThat(ok.draft().status()).isEqualTo(RagStatus.Parsed.NOT_RATED);
    }

    @Test
    void aRecommendationNeedsAnAddresseeOfAtMost200CharactersAndText() {
        assertThat(ImprovementPlanRules.recommendation("National Probation Service", "Improve").valid()).isTrue();
        assertThat(ImprovementPlanRules.recommendation(null, null).violations()).extracting(Violation::field)
                .containsExactly("addressee", "text");
        assertThat(ImprovementPlanRules.recommendation("a".repeat(201), "t").violations()).extracting(Violation::field)
                .containsExactly("addressee");
        assertThat(ImprovementPlanRules.recommendation("a".repeat(200), "t").valid()).isTrue();
    }

    @Test
    void aProgressUpdateChangesStatusProgressOrBoth() {
        assertThat(ImprovementPlanRules.progress(null, null).violations()).extracting(Violation::field)
                .containsExactly("body");

        var statusOnly = ImprovementPlanRules.progress("YELLOW", null).draft();
        assertThat(statusOnly.statusGiven()).isTrue();
        assertThat(statusOnly.status()).isEqualTo(new RagStatus.Parsed(RagStatus.AMBER, "YELLOW"));
        assertThat(statusOnly.progressGiven()).isFalse();

        var clear = ImprovementPlanRules.progress("", "").draft();
        assertThat(clear.statusGiven()).isTrue();
        assertThat(clear.status()).isEqualTo(RagStatus.Parsed.NOT_RATED);
        assertThat(clear.progressGiven()).isTrue();
        assertThat(clear.progress()).isNull();

        assertThat(ImprovementPlanRules.progress("BLUE", "x".repeat(10_001)).violations()).extracting(Violation::field)
                .containsExactly("status", "progress");
    }
}
