package org.yjhub.kit.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTimesTest {

    private static final long NOW = 1_800_000_000L;

    @Test
    void acceptsATokenIssuedInThePast() {
        assertThat(TokenTimes.issuedAtProblem(NOW - 3600, NOW, 60)).isEmpty();
    }

    @Test
    void acceptsATokenIssuedNow() {
        assertThat(TokenTimes.issuedAtProblem(NOW, NOW, 60)).isEmpty();
    }

    @Test
    void acceptsAnIssuerClockAheadByUpToTheSkew() {
        assertThat(TokenTimes.issuedAtProblem(NOW + 60, NOW, 60)).isEmpty();
    }

    @Test
    void refusesATokenIssuedBeyondTheSkew() {
        assertThat(TokenTimes.issuedAtProblem(NOW + 61, NOW, 60)).hasValueSatisfying(why ->
                assertThat(why).contains("61 s in the future").contains("60 s"));
    }

    @Test
    void refusesATokenIssuedADayAhead() {
        assertThat(TokenTimes.issuedAtProblem(NOW + 86_400, NOW, 60)).isPresent();
    }

    @Test
    void leavesATokenWithoutIatToSmallRye() {
        assertThat(TokenTimes.issuedAtProblem(null, NOW, 60)).isEmpty();
    }

    @Test
    void withNoSkewOneSecondAheadIsRefused() {
        assertThat(TokenTimes.issuedAtProblem(NOW + 1, NOW, 0)).isPresent();
    }
}
