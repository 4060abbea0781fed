package org.yjhub.budget.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.yjhub.budget.domain.Seeds.fte;
import static org.yjhub.budget.domain.Seeds.staffing;

class StaffingRulesTest {

    private static HeadcountInput people(String dimension, String category, String role, long count) {
        return new HeadcountInput(dimension, category, role, RawNumber.of(count));
    }

    @Test
    void miltonKeynesAppendixAddsUpTo19Point79() {
        StaffingContent mk = StaffingRules.check(staffing(Seeds.miltonKeynesFte(), "19.79", List.of(
                people("gender", "Female", null, 15), people("gender", "Male", null, 6),
                people("ethnicity", "White British", null, 16), people("ethnicity", "Black British", null, 5),
                people("gender", "Female", "Volunteer", 4))));

        assertThat(mk.totalFte()).isEqualTo(new BigDecimal("19.79"));
        assertThat(mk.statedTotalFte()).isEqualTo(new BigDecimal("19.79"));
        assertThat(mk.fteByContractType()).containsExactly(
                Map.entry(ContractType.PERMANENT, new BigDecimal("16.59")),
                Map.entry(ContractType.SECONDED, new BigDecimal("2.20")),
                Map.entry(ContractType.VACANT, new BigDecimal("1.00")));
        assertThat(mk.headcountTotals()).containsExactly(Map.entry("gender", 25), Map.entry("ethnicity", 21));
        assertThat(mk.fte()).extracting(FteLine::fte).containsExactly(new BigDecimal("16.59"), new BigDecimal("1.00"),
                new BigDecimal("0.80"), new BigDecimal("0.40"), new BigDecimal("1.00"));
    }

    @Test
    void narrativeTotalOf17Point46IsRejectedNamingBothFigures() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> StaffingRules.check(staffing(Seeds.miltonKeynesFte(), "17.46", null)));

        assertThat(e.getMessage()).isEqualTo("stated total FTE 17.46 differs from the computed total FTE 19.79 by 2.33");
        assertThat(e.violations()).containsExactly(new Violation("statedTotalFte",
                "stated total FTE 17.46 differs from the computed total FTE 19.79 by 2.33"));
        assertThat(e.figures()).containsEntry("statedTotalFte", new BigDecimal("17.46"))
                .containsEntry("computedTotalFte", new BigDecimal("19.79"));
    }

    @Test
    void statedTotalMayBeWrittenWithFewerDecimals() {
        List<FteInput> lines = List.of(fte("Case manager", "PERMANENT", "2.5"), fte("Officer", "SECONDED", "0.5"));
        assertThat(StaffingRules.check(staffing(lines, "3", null)).totalFte()).isEqualTo(new BigDecimal("3.00"));
    }

    @Test
    void fteHasAtMostTwoDecimals() {
        List<FteInput> lines = Seeds.miltonKeynesFte();
        lines.set(0, fte("YOT staff", "PERMANENT", "16.590"));
        assertThat(StaffingRules.check(staffing(lines, "19.79", null)).totalFte()).isEqualTo(new BigDecimal("19.79"));

        lines.set(0, fte("YOT staff", "PERMANENT", "16.595"));
        assertThat(violations(staffing(lines, null, null))).containsExactly(new Violation("fte[0].fte",
                "must have at most 2 decimal places; 16.595 has more"));
    }

    @Test
    void fteBoundaries() {
        assertThat(StaffingRules.check(staffing(List.of(fte("Vacant", "VACANT", "0")), null, null)).totalFte())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(StaffingRules.check(staffing(List.of(fte("Staff", "PERMANENT", "10000")), null, null)).totalFte())
                .isEqualTo(new BigDecimal("10000.00"));
        assertThat(violations(staffing(List.of(fte("Staff", "PERMANENT", "10000.01")), null, null))).containsExactly(
                new Violation("fte[0].fte", "must not exceed 10000 FTE; 10000.01 is not plausible"));
        assertThat(violations(staffing(List.of(fte("Staff", "PERMANENT", "-0.5")), null, null))).containsExactly(
                new Violation("fte[0].fte", "must not be negative; -0.5 was given"));
        assertThat(violations(staffing(List.of(new FteInput("Staff", "PERMANENT", RawNumber.notANumber("the text \"full\""))),
                null, null))).containsExactly(new Violation("fte[0].fte",
                "must be a number of full-time equivalents such as 16.59, not the text \"full\""));
        assertThat(violations(staffing(List.of(new FteInput("Staff", "PERMANENT", RawNumber.ABSENT)), null, null)))
                .containsExactly(new Violation("fte[0].fte", "is required (full-time equivalents, e.g. 0.8)"));
    }

    @Test
    void contractTypeMustBeKnown() {
        List<FteInput> lines = Seeds.miltonKeynesFte();
        lines.set(1, fte("Police officer", "SECONDMENT", "1"));
        lines.set(2, fte("Mental health worker", null, "0.8"));
        assertThat(violations(staffing(lines, null, null))).containsExactly(
                new Violation("fte[1].contractType", "\"SECONDMENT\" is not a contract type; use one of PERMANENT, "
                        + "FIXED_TERM, SECONDED, AGENCY, VACANT, VOLUNTEER, OTHER"),
                new Violation("fte[2].contractType", "is required; one of PERMANENT, FIXED_TERM, SECONDED, AGENCY, "
                        + "VACANT, VOLUNTEER, OTHER"));
    }

    @Test
    void roleIsRequiredAndOncePerContractType() {
        List<FteInput> lines = Seeds.miltonKeynesFte();
        lines.add(fte("police OFFICER", "SECONDED", "0.5"));
        lines.add(fte("Police officer", "AGENCY", "0.5"));
        lines.add(fte("", "PERMANENT", "1"));
        assertThat(violations(staffing(lines, null, null))).containsExactly(
                new Violation("fte[5].role", "\"police OFFICER\" with SECONDED is already given in fte[1]; add the FTE together on one line"),
                new Violation("fte[7].role", "is required"));
    }

    @Test
    void fteLinesAreRequired() {
        assertThat(violations(staffing(List.of(), null, null))).containsExactly(new Violation("fte",
                "at least one FTE line is required"));
        assertThat(violations(staffing(null, null, null))).containsExactly(new Violation("fte",
                "at least one FTE line is required"));
        List<FteInput> tooMany = new ArrayList<>();
        for (int i = 0; i <= StaffingRules.MAX_FTE_LINES; i++) {
            tooMany.add(fte("Role " + i, "PERMANENT", "1"));
        }
        assertThat(violations(staffing(tooMany, null, null))).containsExactly(new Violation("fte",
                "at most 200 lines are allowed; 201 were given"));
        List<FteInput> withNull = new ArrayList<>(Seeds.miltonKeynesFte());
        withNull.add(null);
        assertThat(violations(staffing(withNull, "19.79", null))).containsExactly(new Violation("fte[5]",
                "must be an object with role, contractType and fte"));
    }

    @Test
    void headcountRules() {
        List<HeadcountInput> headcount = new ArrayList<>(List.of(
                people("gender", "Female", null, 15),
                people("Gender", "Male", null, 6),
                people("ethnicity", " ", null, 3),
                new HeadcountInput("ethnicity", "Asian British", null, RawNumber.of("2.5")),
                people("ethnicity", "Mixed", null, -1),
                people("gender", "female", null, 1),
                people("age-band", "18-24", null, 1_000_001),
                new HeadcountInput("gender", "Non-binary", null, RawNumber.ABSENT)));
        headcount.add(null);
        assertThat(violations(staffing(Seeds.miltonKeynesFte(), null, headcount))).containsExactly(
                new Violation("headcount[1].dimension", "\"Gender\" is not a dimension name: use lower-case letters, "
                        + "digits and hyphens, e.g. gender, ethnicity, age-band"),
                new Violation("headcount[2].category", "is required"),
                new Violation("headcount[3].count", "must be a whole number of people; 2.5 has a fractional part"),
                new Violation("headcount[4].count", "must not be negative; -1 was given"),
                new Violation("headcount[5].category", "gender \"female\" is already given in headcount[0]"),
                new Violation("headcount[6].count", "must not exceed 1,000,000; 1000001 is not plausible"),
                new Violation("headcount[7].count", "is required (a number of people)"),
                new Violation("headcount[8]", "must be an object with dimension, category and count"));
    }

    @Test
    void theSameCategoryMayRepeatForDifferentRoles() {
        StaffingContent content = StaffingRules.check(staffing(Seeds.miltonKeynesFte(), null, List.of(
                people("gender", "Female", "Case manager", 10),
                people("gender", "Female", "Volunteer", 4),
                people("gender", "Female", null, 1))));
        assertThat(content.headcountTotals()).containsExactly(Map.entry("gender", 15));
    }

    @Test
    void headcountIsOptionalAndLimited() {
        assertThat(StaffingRules.check(staffing(Seeds.miltonKeynesFte(), null, null)).headcount()).isEmpty();
        List<HeadcountInput> many = new ArrayList<>();
        for (int i = 0; i <= StaffingRules.MAX_HEADCOUNT_LINES; i++) {
            many.add(people("gender", "c" + i, null, 1));
        }
        assertThat(violations(staffing(Seeds.miltonKeynesFte(), null, many))).containsExactly(new Violation("headcount",
                "at most 500 lines are allowed; 501 were given"));
    }

    @Test
    void statedTotalIsNotComparedWhenALineIsUnusable() {
        List<FteInput> lines = Seeds.miltonKeynesFte();
        lines.set(0, fte("YOT staff", "PERMANENT", "16.591"));
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> StaffingRules.check(staffing(lines, "1", null)));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("fte[0].fte");
        assertThat(e.figures()).isEmpty();
    }

    @Test
    void statedTotalFteMustBeAValidFte() {
        assertThat(violations(staffing(Seeds.miltonKeynesFte(), "19.791", null))).containsExactly(new Violation(
                "statedTotalFte", "must have at most 2 decimal places; 19.791 has more"));
    }

    @Test
    void sameContentIgnoresOrder() {
        StaffingContent a = StaffingRules.check(staffing(Seeds.miltonKeynesFte(), "19.79",
                List.of(people("gender", "Female", null, 15), people("gender", "Male", null, 6))));
        List<FteInput> reversed = Seeds.miltonKeynesFte();
        Collections.reverse(reversed);
        StaffingContent b = StaffingRules.check(staffing(reversed, "19.790",
                List.of(people("gender", "Male", null, 6), people("gender", "Female", null, 15))));
        assertThat(a.sameContentAs(b)).isTrue();
        StaffingContent c = StaffingRules.check(staffing(reversed, "19.79",
                List.of(people("gender", "Male", null, 7), people("gender", "Female", null, 15))));
        assertThat(a.sameContentAs(c)).isFalse();
        assertThat(a.sameContentAs(StaffingRules.check(staffing(Seeds.miltonKeynesFte(), null,
                List.of(people("gender", "Female", null, 15), people("gender", "Male", null, 6)))))).isFalse();
    }

    private static List<Violation> violations(StaffingInput input) {
        return catchThrowableOfType(InvalidContentException.class, () -> StaffingRules.check(input)).violations();
    }
}
