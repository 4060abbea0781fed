package org.yjhub.budget.domain;

/**
 * One contribution line as sent: partner name, optional description, staff (in kind) and delegated (cash) amounts,
 * and an optional line total to be checked against staff + delegated.
 */
public record ContributionInput(String partner, String description, RawNumber staff, RawNumber delegated,
                                RawNumber total) {

    /** A line without a stated total. */
    public static ContributionInput of(String partner, String description, RawNumber staff, RawNumber delegated) {
        return new ContributionInput(partner, description, staff, delegated, RawNumber.ABSENT);
    }
}
