package org.yjhub.kit.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.Claims;

import java.time.Instant;

/**
 * SmallRye JWT's verification (signature, issuer, audience, expiry, maximum lifetime) followed by the rules it has no
 * setting for ({@link TokenTimes}). A token refused here is refused as any invalid token is: 401.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CheckedTokenFactory extends DefaultJWTCallerPrincipalFactory {

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal principal = super.parse(token, authContextInfo);
        Object issuedAt = principal.getClaim(Claims.iat.name());
        var problem = TokenTimes.issuedAtProblem(issuedAt instanceof Number n ? n.longValue() : null,
                Instant.now().getEpochSecond(), Math.max(authContextInfo.getClockSkew(),
                        authContextInfo.getExpGracePeriodSecs()));
        if (problem.isPresent()) {
            throw new ParseException(problem.get());
        }
        return principal;
    }
}
