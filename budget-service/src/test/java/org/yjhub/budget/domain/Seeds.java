package org.yjhub.budget.domain;

import java.util.ArrayList;
import java.util.List;

/** The seed papers' tables as domain inputs (DOMAIN.md, "Budgets and staffing"). */
final class Seeds {

    private Seeds() {
    }

    static ContributionInput line(String partner, String description, long staff, long delegated) {
        return ContributionInput.of(partner, description, RawNumber.of(staff), RawNumber.of(delegated));
    }

    /** Milton Keynes 2019/20: staff 108,921 + delegated 1,125,836 = 1,234,757. */
    static List<ContributionInput> miltonKeynes() {
        return new ArrayList<>(List.of(
                line("POLICE", null, 54_015, 0),
                line("PCC", null, 0, 116_900),
                line("PROBATION", null, 0, 29_776),
                line("HEALTH", null, 32_185, 31_502),
                line("LOCAL_AUTHORITY", null, 0, 609_347),
                line("YJB", null, 0, 268_311),
                line("OTHER", "DSG for speech and language therapy", 22_721, 0),
                line("OTHER", "Strengthening Families", 0, 70_000)));
    }

    /** Medway 2020: delegated funds only, no police line; 611,589. */
    static List<ContributionInput> medway() {
        return new ArrayList<>(List.of(
                ContributionInput.of("PCC", null, RawNumber.ABSENT, RawNumber.of(90_353)),
                ContributionInput.of("PROBATION", null, RawNumber.ABSENT, RawNumber.of(2_500)),
                ContributionInput.of("HEALTH", null, RawNumber.ABSENT, RawNumber.of(56_000)),
                ContributionInput.of("LOCAL_AUTHORITY", null, RawNumber.ABSENT, RawNumber.of(158_370)),
                ContributionInput.of("YJB", null, RawNumber.ABSENT, RawNumber.of(304_366))));
    }

    static BudgetInput budget(List<ContributionInput> lines, Long statedTotal) {
        return new BudgetInput(lines, statedTotal == null ? RawNumber.ABSENT : RawNumber.of(statedTotal), null, null);
    }

    static FteInput fte(String role, String type, String fte) {
        return new FteInput(role, type, RawNumber.of(fte));
    }

    /** Milton Keynes appendix: permanent 16.59, seconded police 1, mental health 0.8, speech and language 0.4, vacant 1. */
    static List<FteInput> miltonKeynesFte() {
        return new ArrayList<>(List.of(
                fte("YOT staff", "PERMANENT", "16.59"),
                fte("Police officer", "SECONDED", "1"),
                fte("Mental health worker", "SECONDED", "0.8"),
                fte("Speech and language therapist", "SECONDED", "0.4"),
                fte("Vacant post", "VACANT", "1")));
    }

    static StaffingInput staffing(List<FteInput> fte, String statedTotal, List<HeadcountInput> headcount) {
        return new StaffingInput(fte, statedTotal == null ? RawNumber.ABSENT : RawNumber.of(statedTotal), headcount, null, null);
    }
}
