package org.yjhub.kit.http;

import org.junit.jupiter.api.Test;
import org.yjhub.kit.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreconditionsTest {

    private static final String WHAT = "the return for milton-keynes 2019-20-Q4";

    @Test
    void aWriteWithoutConditionsAlwaysProceeds() {
        assertThatCode(() -> Preconditions.of(null, null).checkWrite(WHAT, 0)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.NONE.checkWrite(WHAT, 7)).doesNotThrowAnyException();
    }

    @Test
    void aWriteNamingTheCurrentRevisionProceeds() {
        assertThatCode(() -> Preconditions.ifMatch("\"2\"").checkWrite(WHAT, 2)).doesNotThrowAnyException();
    }

    @Test
    void aStaleIfMatchIsA412NamingTheCurrentRevisionAndItsTag() {
        assertThatThrownBy(() -> Preconditions.ifMatch("\"1\"").checkWrite(WHAT, 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains("is at revision 2").contains("Nothing was stored");
                    assertThat(e.toProblem(null).extensions()).containsEntry("currentRevision", 2L)
                            .containsEntry("currentETag", "\"2\"");
                });
    }

    @Test
    void aWeakTagInIfMatchIsStaleEvenForTheCurrentRevision() {
        assertThatThrownBy(() -> Preconditions.ifMatch("W/\"2\"").checkWrite(WHAT, 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void ifMatchOnAResourceThatDoesNotExistYetIsA412WithoutACurrentRevision() {
        assertThatThrownBy(() -> Preconditions.ifMatch("*").checkWrite(WHAT, 0))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains("does not exist yet");
                    assertThat(e.toProblem(null).extensions()).doesNotContainKey("currentRevision");
                });
    }

    @Test
    void ifNoneMatchStarCreatesOnlyWhenNothingIsThere() {
        assertThatCode(() -> Preconditions.of(null, "*").checkWrite(WHAT, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Preconditions.of(null, "*").checkWrite(WHAT, 1))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains("already exists at revision 1");
                });
    }

    @Test
    void aReadIsNotModifiedWhenIfNoneMatchNamesTheCurrentRevisionWeakOrStrong() {
        assertThat(Preconditions.of(null, "\"4\"").notModified(4)).isTrue();
        assertThat(Preconditions.of(null, "W/\"4\"").notModified(4)).isTrue();
        assertThat(Preconditions.of(null, "\"3\", \"4\"").notModified(4)).isTrue();
        assertThat(Preconditions.of(null, "\"3\"").notModified(4)).isFalse();
        assertThat(Preconditions.NONE.notModified(4)).isFalse();
    }

    @Test
    void aMalformedHeaderIsA400BeforeAnythingIsCompared() {
        assertThatThrownBy(() -> Preconditions.of("3", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> Preconditions.of(null, "latest"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aVersionThatRunsAheadOfTheRevisionIsWhatTheTagsAreComparedWith() {
        // revision 3, republished twice since (its derived figures changed): the ETag is "5"
        assertThatCode(() -> Preconditions.ifMatch("\"5\"").checkWrite(WHAT, 3, 5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Preconditions.ifMatch("\"3\"").checkWrite(WHAT, 3, 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains("is at revision 3 (ETag \"5\")");
                    assertThat(e.toProblem(null).extensions()).containsEntry("currentRevision", 3L)
                            .containsEntry("currentETag", "\"5\"");
                });
        assertThat(Preconditions.of(null, "\"5\"").notModified(5)).isTrue();
    }

    @Test
    void ifNoneMatchWithATagOnAWriteFailsWhenItNamesTheCurrentRevision() {
        assertThatThrownBy(() -> Preconditions.of(null, "W/\"2\"").checkWrite(WHAT, 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThatCode(() -> Preconditions.of(null, "\"1\"").checkWrite(WHAT, 2)).doesNotThrowAnyException();
    }

    @Test
    void bothHeadersMustHold() {
        assertThatCode(() -> Preconditions.of("\"2\"", "\"1\"").checkWrite(WHAT, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Preconditions.of("\"2\"", "*").checkWrite(WHAT, 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("If-None-Match"));
    }

    @Test
    void starInIfNoneMatchIsNotModifiedForAnyExistingRevisionButNotForNone() {
        assertThat(Preconditions.of(null, "*").notModified(1)).isTrue();
        assertThat(Preconditions.of(null, "*").notModified(0)).isFalse();
    }
}
