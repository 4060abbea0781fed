package org.yjhub.budget.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.yjhub.budget.domain.Seeds.budget;
import static org.yjhub.budget.domain.Seeds.line;

class BudgetRulesTest {

    @Test
    void miltonKeynesSeedAddsUpToItsTable() {
        BudgetContent mk = BudgetRules.check(budget(Seeds.miltonKeynes(), 1_234_757L));

        assertThat(mk.staffTotal()).isEqualTo(108_921);
        assertThat(mk.delegatedTotal()).isEqualTo(1_125_836);
        assertThat(mk.total()).isEqualTo(1_234_757);
        assertThat(mk.statedTotal()).isEqualTo(1_234_757);
        Contribution health = mk.contributions().get(3);
        assertThat(health.partner()).isEqualTo(Partner.HEALTH);
        assertThat(health.total()).isEqualTo(63_687);
        assertThat(mk.contributions()).extracting(Contribution::partner).containsExactly(Partner.POLICE, Partner.PCC,
                Partner.PROBATION, Partner.HEALTH, Partner.LOCAL_AUTHORITY, Partner.YJB, Partner.OTHER, Partner.OTHER);
        assertThat(mk.contributions()).extracting(mk::share).containsExactly(new BigDecimal("4.37"),
                new BigDecimal("9.47"), new BigDecimal("2.41"), new BigDecimal("5.16"), new BigDecimal("49.35"),
                new BigDecimal("21.73"), new BigDecimal("1.84"), new BigDecimal("5.67"));
    }

    @Test
    void miltonKeynesNarrativeTotalIsRejectedNamingBothFigures() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> BudgetRules.check(budget(Seeds.miltonKeynes(), 1_223_757L)));

        assertThat(e.getMessage()).isEqualTo("stated total 1,223,757 differs from the computed total 1,234,757 by 11,000");
        assertThat(e.violations()).containsExactly(new Violation("statedTotal",
                "stated total 1,223,757 differs from the computed total 1,234,757 by 11,000"));
        assertThat(e.figures()).containsEntry("statedTotal", 1_223_757L).containsEntry("computedTotal", 1_234_757L);
    }

    @Test
    void statedTotalAboveTheComputedOneIsRejectedToo() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> BudgetRules.check(budget(Seeds.miltonKeynes(), 1_234_758L)));
        assertThat(e.getMessage()).isEqualTo("stated total 1,234,758 differs from the computed total 1,234,757 by 1");
    }

    @Test
    void medwaySeedHasDelegatedFundsOnlyAndNoPolice() {
        BudgetContent medway = BudgetRules.check(budget(Seeds.medway(), 611_589L));

        assertThat(medway.total()).isEqualTo(611_589);
        assertThat(medway.staffTotal()).isZero();
        assertThat(medway.delegatedTotal()).isEqualTo(611_589);
        assertThat(medway.contributions()).extracting(Contribution::partner).doesNotContain(Partner.POLICE);
        assertThat(medway.contributions()).extracting(medway::share).containsExactly(new BigDecimal("14.77"),
                new BigDecimal("0.41"), new BigDecimal("9.16"), new BigDecimal("25.89"), new BigDecimal("49.77"));
    }

    @Test
    void statedTotalIsOptional() {
        BudgetContent mk = BudgetRules.check(budget(Seeds.miltonKeynes(), null));
        assertThat(mk.statedTotal()).isNull();
        assertThat(mk.total()).isEqualTo(1_234_757);
    }

    @Test
    void oneOtherLineMayCarryBothStaffAndDelegated() {
        List<ContributionInput> lines = Seeds.miltonKeynes().subList(0, 6);
        List<ContributionInput> all = new ArrayList<>(lines);
        all.add(line("OTHER", "DSG speech and language; Strengthening Families", 22_721, 70_000));
        assertThat(BudgetRules.check(budget(all, 1_234_757L)).total()).isEqualTo(1_234_757);
    }

    @Test
    void fractionalAmountIsRejectedNamingTheField() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(0, ContributionInput.of("POLICE", null, RawNumber.of("54015.5"), RawNumber.of(0)));

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> BudgetRules.check(budget(lines, 1_234_757L)));
        assertThat(e.violations()).containsExactly(new Violation("contributions[0].staff",
                "must be a whole number of pounds; 54015.5 has a fractional part"));
        assertThat(e.getMessage()).isEqualTo("contributions[0].staff: must be a whole number of pounds; 54015.5 has a fractional part");
        assertThat(e.figures()).as("no total comparison when an amount is unusable").isEmpty();
    }

    @Test
    void wholeNumberWrittenWithDecimalZeroIsAccepted() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(0, ContributionInput.of("POLICE", null, RawNumber.of("54015.0"), RawNumber.of("0.00")));
        assertThat(BudgetRules.check(budget(lines, 1_234_757L)).contributions().get(0).staff()).isEqualTo(54_015);
    }

    @Test
    void textIsNotAnAmount() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(1, ContributionInput.of("PCC", null, RawNumber.of(0), RawNumber.notANumber("the text \"abc\"")));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[1].delegated",
                "must be a whole number of pounds (a JSON integer), not the text \"abc\""));
    }

    @Test
    void negativeAmountIsRejected() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(2, line("PROBATION", null, 0, -29_776));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[2].delegated",
                "must not be negative; -29776 was given"));
    }

    @Test
    void amountsAreCappedAtOneHundredBillion() {
        assertThat(BudgetRules.check(budget(List.of(line("YJB", null, 0, Amounts.MAX_POUNDS)), null)).total())
                .isEqualTo(100_000_000_000L);
        assertThat(violations(budget(List.of(line("YJB", null, 0, Amounts.MAX_POUNDS + 1)), null)))
                .containsExactly(new Violation("contributions[0].delegated",
                        "must not exceed 100,000,000,000 pounds; 100000000001 is not plausible"));
        BudgetInput huge = new BudgetInput(List.of(ContributionInput.of("YJB", null, RawNumber.of("1e400"), RawNumber.ABSENT)),
                RawNumber.ABSENT, null, null);
        assertThat(violations(huge)).extracting(Violation::field).containsExactly("contributions[0].staff");
    }

    @Test
    void zeroIsAValidContribution() {
        BudgetContent zero = BudgetRules.check(budget(List.of(line("POLICE", null, 0, 0)), 0L));
        assertThat(zero.total()).isZero();
        assertThat(zero.share(zero.contributions().get(0))).as("no share of a zero total").isNull();
    }

    @Test
    void aLineNeedsStaffOrDelegated() {
        BudgetInput input = budget(List.of(ContributionInput.of("POLICE", null, RawNumber.ABSENT, null)), null);
        assertThat(violations(input)).containsExactly(new Violation("contributions[0]",
                "gives neither staff nor delegated; give at least one (0 for none)"));
    }

    @Test
    void emptyOrMissingContributionsAreRejected() {
        assertThat(violations(budget(List.of(), null))).containsExactly(new Violation("contributions",
                "at least one contribution line is required"));
        assertThat(violations(budget(null, null))).containsExactly(new Violation("contributions",
                "at least one contribution line is required"));
    }

    @Test
    void atMostOneHundredLines() {
        List<ContributionInput> lines = new ArrayList<>();
        for (int i = 0; i < BudgetRules.MAX_LINES; i++) {
            lines.add(line("OTHER", "grant " + i, 0, 1));
        }
        assertThat(BudgetRules.check(budget(lines, 100L)).total()).isEqualTo(100);
        lines.add(line("OTHER", "one too many", 0, 1));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions",
                "at most 100 lines are allowed; 101 were given"));
    }

    @Test
    void nullLineIsRejected() {
        List<ContributionInput> lines = new ArrayList<>(Seeds.medway());
        lines.add(null);
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[5]",
                "must be an object with partner, staff and delegated"));
    }

    @Test
    void unknownPartnerIsRejectedListingTheAllowedOnes() {
        List<ContributionInput> lines = Seeds.medway();
        lines.set(0, line("POLICE_AND_CRIME_COMMISSIONER", null, 0, 90_353));
        lines.set(1, line("probation", null, 0, 2_500));
        assertThat(violations(budget(lines, null))).containsExactly(
                new Violation("contributions[0].partner", "\"POLICE_AND_CRIME_COMMISSIONER\" is not a partner; use one of "
                        + "POLICE, PCC, PROBATION, HEALTH, LOCAL_AUTHORITY, YJB, OTHER"),
                new Violation("contributions[1].partner", "\"probation\" is not a partner; use one of "
                        + "POLICE, PCC, PROBATION, HEALTH, LOCAL_AUTHORITY, YJB, OTHER"));
    }

    @Test
    void missingPartnerIsRejected() {
        assertThat(violations(budget(List.of(line(" ", null, 1, 0)), null))).containsExactly(
                new Violation("contributions[0].partner", "is required; one of POLICE, PCC, PROBATION, HEALTH, "
                        + "LOCAL_AUTHORITY, YJB, OTHER"));
    }

    @Test
    void otherNeedsADescription() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(7, line("OTHER", "   ", 0, 70_000));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[7].description",
                "is required for an OTHER contribution: say what it is, e.g. \"Strengthening Families\""));
    }

    @Test
    void aPartnerTwiceIsRejected() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.add(line("HEALTH", "NHS trauma-informed practice grant", 0, 56_000));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[8].partner",
                "HEALTH is already given in contributions[3]; give one line per partner (OTHER may repeat with different descriptions)"));
    }

    @Test
    void otherTwiceWithTheSameDescriptionIsRejected() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.add(line("OTHER", " strengthening families ", 0, 5_000));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[8].description",
                "OTHER \"strengthening families\" is already given in contributions[7]; each OTHER line needs a different description"));
    }

    @Test
    void lineTotalIsCheckedWhenGiven() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(3, new ContributionInput("HEALTH", null, RawNumber.of(32_185), RawNumber.of(31_502), RawNumber.of(63_687)));
        assertThat(BudgetRules.check(budget(lines, null)).total()).isEqualTo(1_234_757);

        lines.set(3, new ContributionInput("HEALTH", null, RawNumber.of(32_185), RawNumber.of(31_502), RawNumber.of(63_000)));
        assertThat(violations(budget(lines, null))).containsExactly(new Violation("contributions[3].total",
                "stated line total 63,000 differs from staff + delegated = 63,687"));
    }

    @Test
    void statedTotalMustItselfBeWholePounds() {
        BudgetInput input = new BudgetInput(Seeds.medway(), RawNumber.of("611589.40"), null, null);
        assertThat(violations(input)).containsExactly(new Violation("statedTotal",
                "must be a whole number of pounds; 611589.40 has a fractional part"));
        input = new BudgetInput(Seeds.medway(), RawNumber.notANumber("true"), null, null);
        assertThat(violations(input)).containsExactly(new Violation("statedTotal",
                "must be a whole number of pounds (a JSON integer), not true"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<ContributionInput> lines = Seeds.miltonKeynes();
        lines.set(0, ContributionInput.of("POLICE", null, RawNumber.of("54015.5"), RawNumber.of(0)));
        lines.set(1, line("NHS", null, 0, 1));
        lines.set(7, line("OTHER", null, 0, -1));
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> BudgetRules.check(new BudgetInput(lines, RawNumber.of(1), "x".repeat(501), null)));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("contributions[0].staff",
                "contributions[1].partner", "contributions[7].description", "contributions[7].delegated", "source");
        assertThat(e.getMessage()).startsWith("5 problems: contributions[0].staff: must be a whole number");
        assertThat(e.figures()).isEmpty();
    }

    @Test
    void statedTotalIsComparedEvenWhenAPartnerNameIsWrong() {
        List<ContributionInput> lines = Seeds.medway();
        lines.set(0, line("PCCC", null, 0, 90_353));
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> BudgetRules.check(budget(lines, 600_000L)));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("contributions[0].partner", "statedTotal");
        assertThat(e.figures()).containsEntry("computedTotal", 611_589L);
    }

    @Test
    void descriptionsAndSourceAreTrimmedAndLimited() {
        BudgetContent content = BudgetRules.check(new BudgetInput(List.of(line("OTHER", "  Youth Endowment Fund  ", 0, 10)),
                RawNumber.ABSENT, "  Plan 2019/20  ", true));
        assertThat(content.contributions().get(0).description()).isEqualTo("Youth Endowment Fund");
        assertThat(content.source()).isEqualTo("Plan 2019/20");
        assertThat(content.synthetic()).isTrue();

        assertThat(violations(budget(List.of(line("OTHER", "d".repeat(301), 0, 10)), null))).containsExactly(
                new Violation("contributions[0].description", "must be at most 300 characters; it has 301"));
    }

    @Test
    void sameContentIgnoresLineOrderButNotFigures() {
        BudgetContent a = BudgetRules.check(budget(Seeds.miltonKeynes(), 1_234_757L));
        List<ContributionInput> reversed = Seeds.miltonKeynes();
        Collections.reverse(reversed);
        assertThat(a.sameContentAs(BudgetRules.check(budget(reversed, 1_234_757L)))).isTrue();
        assertThat(a.sameContentAs(BudgetRules.check(budget(Seeds.miltonKeynes(), null)))).as("stated total differs").isFalse();
        List<ContributionInput> changed = Seeds.miltonKeynes();
        changed.set(0, line("POLICE", null, 54_016, 0));
        assertThat(a.sameContentAs(BudgetRules.check(budget(changed, null)))).isFalse();
        assertThat(a.sameContentAs(new BudgetContent(a.contributions(), a.statedTotal(), "other source", false))).isFalse();
        assertThat(a.sameContentAs(new BudgetContent(a.contributions(), a.statedTotal(), null, true))).isFalse();
        assertThat(a.sameContentAs(null)).isFalse();
    }

    @Test
    void nullNumbersCountAsAbsent() {
        BudgetInput input = new BudgetInput(List.of(new ContributionInput("YJB", null, null, RawNumber.of(5), null)), null, null, null);
        assertThat(BudgetRules.check(input).total()).isEqualTo(5);
    }

    private static List<Violation> violations(BudgetInput input) {
        return catchThrowableOfType(InvalidContentException.class, () -> BudgetRules.check(input)).violations();
    }
}
