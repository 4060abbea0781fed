package org.yjhub.inspection.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjhub.inspection.domain.ActionRules.ActionInput;
import org.yjhub.inspection.domain.ImprovementPlanRules.ProgressReport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ImprovementPlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** An action with one owner (the shorthand) and a due as written. */
    static ActionInput action(String reference, String text, String owner, String due, String status,
                                   String progress) {
        return new ActionInput(reference, null, text, owner, null, due, null, null, status, progress);
    }

    static ActionInput owners(String... owners) {
        return new ActionInput(null, null, "Do it", null, owners == null ? null : Arrays.asList(owners),
                "July Strategic Board Agenda Item", null, null, null, null);
    }

    static ActionInput due(String due, String dueDate) {
        return new ActionInput(null, null, "Do it", "YOT Manager", null, due, dueDate, null, null, null);
    }

    static ActionInput refersTo(String reference, String... refs) {
        return new ActionInput(reference, null, "Do it", "YOT Manager", null, "July", null,
                refs == null ? null : Arrays.asList(refs), null, null);
    }

    static List<String> fields(ImprovementPlanRules.Checked<?> checked) {
        return checked.violations().stream().map(Violation::field).toList();
    }

    // ---- RAG

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
        var checked = ActionRules.action(action(null, "Do it", "YOT Manager", "2021-09-30", "PURPLE", null));
        assertThat(fields(checked)).containsExactly("status");
        assertThat(checked.violations().get(0).message()).contains("YELLOW");
    }

    // ---- due and dueDate

    @Test
    void dueIsADateOrAMeeting() {
        assertThat(Due.parse("2021-09-30")).contains(new Due("2021-09-30", LocalDate.of(2021, 9, 30)));
        assertThat(Due.parse("July Strategic Board Agenda Item")).contains(new Due("July Strategic Board Agenda Item", null));
        assertThat(Due.parse("30/09/2021")).contains(new Due("30/09/2021", null));
        assertThat(Due.parse("2021-02-30")).isEmpty();
    }

    @Test
    void aDueWrittenInWordsKeepsItsWordsBesideItsDate() {
        var recruitment = ActionRules.action(due("30th July 2021 (in place for next recruitment)", "2021-07-30"));
        assertThat(recruitment.draft().due())
                .isEqualTo(new Due("30th July 2021 (in place for next recruitment)", LocalDate.of(2021, 7, 30)));

        var onwards = ActionRules.action(due("30th June 2021 onwards", "2021-06-30"));
        assertThat(onwards.draft().due()).isEqualTo(new Due("30th June 2021 onwards", LocalDate.of(2021, 6, 30)));

        var meeting = ActionRules.action(due("July Strategic Board Agenda Item", null));
        assertThat(meeting.draft().due()).isEqualTo(new Due("July Strategic Board Agenda Item", null));

        var dateOnly = ActionRules.action(due(null, " 2021-08-27 "));
        assertThat(dateOnly.draft().due()).isEqualTo(new Due(null, LocalDate.of(2021, 8, 27)));

        var isoDue = ActionRules.action(due("2021-09-30", null));
        assertThat(isoDue.draft().due()).isEqualTo(new Due("2021-09-30", LocalDate.of(2021, 9, 30)));

        var agreeing = ActionRules.action(due("2021-09-30", "2021-09-30"));
        assertThat(agreeing.draft().due()).isEqualTo(new Due("2021-09-30", LocalDate.of(2021, 9, 30)));
    }

    @Test
    void dueAndDueDateMustAgreeAndOneIsRequired() {
        assertThat(fields(ActionRules.action(due(null, null)))).containsExactly("due");
        assertThat(fields(ActionRules.action(due(" ", "")))).containsExactly("due");
        var disagreeing = ActionRules.action(due("2021-09-30", "2021-09-29"));
        assertThat(fields(disagreeing)).containsExactly("dueDate");
        assertThat(disagreeing.violations().get(0).message()).contains("2021-09-29").contains("2021-09-30");
        assertThat(fields(ActionRules.action(due("2021-02-30", "2021-03-02")))).containsExactly("due");
        for (String bad : List.of("30/07/2021", "2021-07", "2021-02-30", "30th July 2021", "2021-7-30")) {
            assertThat(fields(ActionRules.action(due("July", bad)))).as(bad).containsExactly("dueDate");
        }
        assertThat(fields(ActionRules.action(due("d".repeat(200), null)))).isEmpty();
        assertThat(fields(ActionRules.action(due("d".repeat(201), null)))).containsExactly("due");
    }

    // ---- owners

    @Test
    void ownersAreOneToTenAsWrittenAndJoinedForTheSingleOwner() {
        var two = ActionRules.action(owners(" Chair of the YOSB ", "YOSB Members"));
        assertThat(two.draft().owners()).containsExactly("Chair of the YOSB", "YOSB Members");
        assertThat(two.draft().owner()).isEqualTo("Chair of the YOSB; YOSB Members");

        var one = ActionRules.action(action(null, "Do it", " YOT Manager ", "July", null, null));
        assertThat(one.draft().owners()).containsExactly("YOT Manager");
        assertThat(one.draft().owner()).isEqualTo("YOT Manager");

        String[] ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "Owner " + i).toArray(String[]::new);
        assertThat(ActionRules.action(owners(ten)).valid()).isTrue();
        String[] eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "Owner " + i).toArray(String[]::new);
        assertThat(fields(ActionRules.action(owners(eleven)))).containsExactly("owners");
        assertThat(fields(ActionRules.action(owners()))).containsExactly("owners");
    }

    @Test
    void ownersMustBePresentOnceEachAndNotBesideOwner() {
        var both = ActionRules.action(new ActionInput(null, null, "Do it", "YOT Manager",
                List.of("YOSB Members"), "July", null, null, null, null));
        assertThat(fields(both)).containsExactly("owner", "owners");

        var neither = ActionRules.action(owners((String[]) null));
        assertThat(fields(neither)).containsExactly("owners");
        assertThat(neither.violations().get(0).message()).contains("owner");

        assertThat(fields(ActionRules.action(owners("YOT Manager", "yot manager ")))).containsExactly("owners[1]");
        assertThat(fields(ActionRules.action(owners("YOT Manager", " ", null)))).containsExactly("owners[1]", "owners[2]");
        assertThat(fields(ActionRules.action(owners("o".repeat(201))))).containsExactly("owners[0]");
        assertThat(fields(ActionRules.action(owners("YOT\u0000Manager")))).containsExactly("owners[0]");
        assertThat(ActionRules.action(owners("o".repeat(200))).valid()).isTrue();
        // joined with "; " they are the single owner older clients read (at most 200 characters)
        assertThat(ActionRules.action(owners("a".repeat(98), "b".repeat(100))).valid()).isTrue();
        assertThat(fields(ActionRules.action(owners("a".repeat(99), "b".repeat(100))))).containsExactly("owners");
    }

    // ---- references

    @Test
    void anActionRefersToOtherActionsOfThePlanByTheirReferences() {
        var a = ActionRules.action(refersTo("A", " 2 ", "3"));
        assertThat(a.draft().refersTo()).containsExactly("2", "3");
        assertThat(ActionRules.action(refersTo("B", "a)")).draft().refersTo()).containsExactly("a)");
        assertThat(ActionRules.action(refersTo("B", (String[]) null)).draft().refersTo()).isEmpty();
        assertThat(ActionRules.action(refersTo(null, "A")).valid()).isTrue();

        assertThat(fields(ActionRules.action(refersTo("A", "2", "A")))).containsExactly("refersTo[1]");
        assertThat(fields(ActionRules.action(refersTo("A", "2", "3", "2")))).containsExactly("refersTo[2]");
        assertThat(fields(ActionRules.action(refersTo("A", "2", "")))).containsExactly("refersTo[1]");
        assertThat(fields(ActionRules.action(refersTo("A", "r".repeat(51))))).containsExactly("refersTo[0]");
        assertThat(ActionRules.action(refersTo("A", "r".repeat(50))).valid()).isTrue();

        List<String> twenty = new ArrayList<>(IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList());
        assertThat(ActionRules.action(refersTo("A", twenty.toArray(String[]::new))).valid()).isTrue();
        twenty.add("21");
        assertThat(fields(ActionRules.action(refersTo("A", twenty.toArray(String[]::new)))))
                .containsExactly("refersTo");
    }

    @Test
    void anActionNeedsTextOwnersAndDue() {
        var checked = ActionRules.action(action(null, " ", null, "", "GREEN", null));
        assertThat(fields(checked)).containsExactly("text", "owners", "due");

        var notADate = ActionRules.action(action(null, "t", "o", "2021-13-01", null, null));
        assertThat(fields(notADate)).containsExactly("due");

        var tooLong = ActionRules.action(new ActionInput("x".repeat(51), "s".repeat(201), "t",
                "o".repeat(201), null, "d".repeat(201), null, null, null, "p".repeat(10_001)));
        assertThat(fields(tooLong)).containsExactly("reference", "section", "owner", "due", "progress");

        var ok = ActionRules.action(new ActionInput(" a) ", " From HMIP Inspection ", " Review ",
                "YOT Manager", null, "30th August 2021", "2021-08-30", List.of("A"), null, null));
        assertThat(ok.valid()).isTrue();
        assertThat(ok.draft().reference()).isEqualTo("a)");
        assertThat(ok.draft().section()).isEqualTo("From HMIP Inspection");
        assertThat(ok.draft().text()).isEqualTo("Review");
        assertThat(ok.draft().status()).isEqualTo(RagStatus.Parsed.NOT_RATED);
    }

    @Test
    void onlyADatedOpenActionPastItsDateIsOverdue() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(ActionRules.overdue(yesterday, "GREEN", TODAY)).isTrue();
        assertThat(ActionRules.overdue(yesterday, null, TODAY)).as("not rated").isTrue();
        assertThat(ActionRules.overdue(yesterday, "COMPLETE", TODAY)).isFalse();
        assertThat(ActionRules.overdue(TODAY, "RED", TODAY)).as("due today").isFalse();
        assertThat(ActionRules.overdue(null, "RED", TODAY)).as("due at a meeting").isFalse();
    }

    // ---- recommendations and their progress

    @Test
    void aRecommendationNeedsAnAddresseeOrAnOwnerOfAtMost200CharactersAndText() {
        assertThat(ImprovementPlanRules.recommendation("National Probation Service", null, "Improve").valid()).isTrue();
        var merton = ImprovementPlanRules.recommendation(null, " YJS Manager ", "a timely assessment");
        assertThat(merton.draft()).isEqualTo(new ImprovementPlanRules.RecommendationDraft(null, "YJS Manager",
                "a timely assessment"));
        assertThat(ImprovementPlanRules.recommendation("YOS", "YOS Manager", "t").valid()).isTrue();

        var none = ImprovementPlanRules.recommendation(null, " ", null);
        assertThat(fields(none)).containsExactly("addressee", "text");
        assertThat(none.violations().get(0).message()).contains("owner");
        assertThat(fields(ImprovementPlanRules.recommendation("a".repeat(201), null, "t"))).containsExactly("addressee");
        assertThat(fields(ImprovementPlanRules.recommendation(null, "o".repeat(201), "t"))).containsExactly("owner");
        assertThat(ImprovementPlanRules.recommendation("a".repeat(200), "o".repeat(200), "t").valid()).isTrue();
    }

    @Test
    void progressIsReportedOnADayBetweenTheInspectionAndToday() {
        PartialDate fieldwork = PartialDate.ofMonth(YearMonth.of(2022, 9));
        var buckinghamshire = ImprovementPlanRules.recommendationProgress("2024-01-25", " The Partnership Board now "
                + "has oversight ", " paragraph 2.3 ", fieldwork, "the fieldwork start", TODAY);
        assertThat(buckinghamshire.draft()).isEqualTo(new ProgressReport(LocalDate.of(2024, 1, 25),
                "The Partnership Board now has oversight", "paragraph 2.3"));

        // a month-only fieldwork start is compared by month: any day of September 2022 will do
        assertThat(ImprovementPlanRules.recommendationProgress("2022-09-01", "t", null, fieldwork, "x", TODAY).valid())
                .isTrue();
        var before = ImprovementPlanRules.recommendationProgress("2022-08-31", "t", null, fieldwork,
                "the inspection's fieldwork start", TODAY);
        assertThat(fields(before)).containsExactly("reportedOn");
        assertThat(before.violations().get(0).message()).contains("fieldwork start").contains("2022-09").contains("month");

        PartialDate published = PartialDate.ofDay(LocalDate.of(2020, 6, 4));
        assertThat(ImprovementPlanRules.recommendationProgress("2020-06-04", "t", null, published, "x", TODAY).valid())
                .isTrue();
        assertThat(fields(ImprovementPlanRules.recommendationProgress("2020-06-03", "t", null, published, "x", TODAY)))
                .containsExactly("reportedOn");

        assertThat(ImprovementPlanRules.recommendationProgress(TODAY.toString(), "t", null, published, "x", TODAY)
                .valid()).isTrue();
        assertThat(fields(ImprovementPlanRules.recommendationProgress(TODAY.plusDays(1).toString(), "t", null,
                published, "x", TODAY))).containsExactly("reportedOn");
    }

    @Test
    void progressNeedsADateAndTextAndAShortSource() {
        PartialDate since = PartialDate.ofDay(LocalDate.of(2020, 6, 4));
        assertThat(fields(ImprovementPlanRules.recommendationProgress(null, null, null, since, "x", TODAY)))
                .containsExactly("reportedOn", "text");
        for (String bad : List.of("25/01/2024", "2024-01", "2024-02-30", "January 2024")) {
            assertThat(fields(ImprovementPlanRules.recommendationProgress(bad, "t", null, since, "x", TODAY)))
                    .as(bad).containsExactly("reportedOn");
        }
        assertThat(ImprovementPlanRules.recommendationProgress("2024-01-25", "t".repeat(10_000), "s".repeat(500),
                since, "x", TODAY).valid()).isTrue();
        assertThat(fields(ImprovementPlanRules.recommendationProgress("2024-01-25", "t".repeat(10_001),
                "s".repeat(501), since, "x", TODAY))).containsExactly("text", "source");
    }

    @Test
    void aReportWithTheSameDateAndTextIsARepeat() {
        LocalDate day = LocalDate.of(2024, 1, 25);
        List<ProgressReport> recorded = List.of(new ProgressReport(day, "Training delivered", "paper"));
        assertThat(ImprovementPlanRules.isRepeat(recorded, new ProgressReport(day, "Training delivered", null))).isTrue();
        assertThat(ImprovementPlanRules.isRepeat(recorded, new ProgressReport(day.plusDays(1), "Training delivered",
                "paper"))).isFalse();
        assertThat(ImprovementPlanRules.isRepeat(recorded, new ProgressReport(day, "Training delivered.", "paper")))
                .isFalse();
    }

    // ---- the plan's own record

    @Test
    void thePlanHasAStatusAndOptionallyATitleADueAndASource() {
        var miltonKeynes = ImprovementPlanRules.plan(" Youth Offending Team Action Plan ", "DRAFT", null, null, null);
        assertThat(miltonKeynes.draft()).isEqualTo(new ImprovementPlanRules.PlanDraft("Youth Offending Team Action Plan",
                PlanStatus.DRAFT, null, null));
        var merton = ImprovementPlanRules.plan(null, "IN_PREPARATION", "October 3rd", "2011-10-03", "paper");
        assertThat(merton.draft().due()).isEqualTo(new Due("October 3rd", LocalDate.of(2011, 10, 3)));
        assertThat(ImprovementPlanRules.plan(null, "AGREED", null, null, null).valid()).isTrue();

        assertThat(fields(ImprovementPlanRules.plan(null, null, null, null, null))).containsExactly("status");
        assertThat(fields(ImprovementPlanRules.plan(null, "agreed", null, null, null))).containsExactly("status");
        assertThat(fields(ImprovementPlanRules.plan(null, "FINAL", null, null, null))).containsExactly("status");
        assertThat(fields(ImprovementPlanRules.plan("t".repeat(201), "DRAFT", "d".repeat(201), "3 October",
                "s".repeat(501)))).containsExactly("title", "due", "dueDate", "source");
        assertThat(fields(ImprovementPlanRules.plan(null, "DRAFT", "2011-10-03", "2011-10-04", null)))
                .containsExactly("dueDate");
        assertThat(ImprovementPlanRules.plan("t".repeat(200), "DRAFT", "d".repeat(200), null, "s".repeat(500)).valid())
                .isTrue();
    }

    // ---- progress updates of actions

    @Test
    void aProgressUpdateChangesStatusProgressOrBoth() {
        assertThat(ActionRules.progress(null, null).violations()).extracting(Violation::field)
                .containsExactly("body");

        var statusOnly = ActionRules.progress("YELLOW", null).draft();
        assertThat(statusOnly.statusGiven()).isTrue();
        assertThat(statusOnly.status()).isEqualTo(new RagStatus.Parsed(RagStatus.AMBER, "YELLOW"));
        assertThat(statusOnly.progressGiven()).isFalse();

        var clear = ActionRules.progress("", "").draft();
        assertThat(clear.statusGiven()).isTrue();
        assertThat(clear.status()).isEqualTo(RagStatus.Parsed.NOT_RATED);
        assertThat(clear.progressGiven()).isTrue();
        assertThat(clear.progress()).isNull();

        assertThat(ActionRules.progress("BLUE", "x".repeat(10_001)).violations()).extracting(Violation::field)
                .containsExactly("status", "progress");
    }
}
