package org.yjhub.budget.domain;

import java.util.List;

/** Staffing as sent, not yet checked. {@code headcount} may be null (none given); {@code synthetic} null means false. */
public record StaffingInput(List<FteInput> fte, RawNumber statedTotalFte, List<HeadcountInput> headcount, String source,
                            Boolean synthetic) {
}
