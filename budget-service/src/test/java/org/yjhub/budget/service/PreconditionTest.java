package org.yjhub.budget.service;

import org.junit.jupiter.api.Test;
import org.yjhub.kit.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PreconditionTest {

    private static final String WHAT = "the budget of reading for 2019-20";

    private static int statusOf(Precondition precondition, long current) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> precondition.check(current, WHAT));
        return e == null ? 0 : e.status();
    }

    @Test
    void absentHeaderIsNoCondition() {
        assertThat(Precondition.ifMatch(null)).isSameAs(Precondition.NONE);
        assertThat(Precondition.ifMatch("  ")).isSameAs(Precondition.NONE);
        assertThatCode(() -> Precondition.NONE.check(0, WHAT)).doesNotThrowAnyException();
        assertThatCode(() -> Precondition.NONE.check(7, WHAT)).doesNotThrowAnyException();
    }

    @Test
    void matchingRevisionPassesAndAnyOtherFailsWith412() {
        Precondition two = Precondition.ifMatch("\"2\"");
        assertThat(statusOf(two, 2)).isZero();
        assertThat(statusOf(two, 3)).isEqualTo(412);
        assertThat(statusOf(two, 1)).isEqualTo(412);
        assertThat(statusOf(two, 0)).as("nothing exists yet").isEqualTo(412);
        ProblemException stale = catchThrowableOfType(ProblemException.class, () -> two.check(3, WHAT));
        assertThat(stale.getMessage()).isEqualTo("If-Match does not match the current revision \"3\" of " + WHAT
                + "; fetch the latest revision and retry");
        assertThat(stale.toProblem(null).extensions()).containsEntry("currentRevision", 3L);
    }

    @Test
    void listsStarAndWeakTags() {
        assertThat(statusOf(Precondition.ifMatch("\"1\", \"4\" ,\"9\""), 4)).isZero();
        assertThat(statusOf(Precondition.ifMatch("\"1\", \"4\""), 5)).isEqualTo(412);
        assertThat(statusOf(Precondition.ifMatch("*"), 1)).isZero();
        assertThat(statusOf(Precondition.ifMatch(" * "), 0)).isEqualTo(412);
        assertThat(statusOf(Precondition.ifMatch("W/\"4\""), 4)).as("weak tags never match If-Match").isEqualTo(412);
    }

    @Test
    void malformedHeaderIsA400() {
        for (String header : new String[]{"2", "\"two\"", "\"2", "\"\"", "\"1\",", "\"12345678901234567890\""}) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> Precondition.ifMatch(header));
            assertThat(e).as(header).isNotNull();
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Test
    void etagIsTheQuotedRevision() {
        assertThat(Precondition.etag(12)).isEqualTo("\"12\"");
    }
}
