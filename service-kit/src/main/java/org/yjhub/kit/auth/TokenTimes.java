package org.yjhub.kit.auth;

import java.util.Optional;

/**
 * The time rule SmallRye JWT has no setting for: a token whose {@code iat} is in the future (beyond the clock skew
 * allowed on {@code exp}) was not issued by a sane issuer, and a lifetime check counted from it would mean nothing.
 * SmallRye itself checks {@code exp}, and {@code exp - iat} against {@code smallrye.jwt.time-to-live}.
 */
public final class TokenTimes {

    private TokenTimes() {
    }

    /**
     * Why a token issued at {@code issuedAt} is refused at {@code now} (both epoch seconds), or empty if it is not;
     * a token without {@code iat} is left to SmallRye (which requires one when a maximum lifetime is set).
     */
    public static Optional<String> issuedAtProblem(Long issuedAt, long now, long skewSeconds) {
        if (issuedAt == null || issuedAt <= now + skewSeconds) {
            return Optional.empty();
        }
        return Optional.of("the token's iat is " + (issuedAt - now) + " s in the future (at most " + skewSeconds
                + " s of clock skew is allowed)");
    }
}
