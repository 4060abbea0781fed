package org.yjhub.localinfra.jwt;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Mints tokens signed with a {@link DevKeys} pair, in the shape YJ Hub expects: {@code sub}, {@code groups} and,
 * for an authority, {@code team}.
 */
public final class Tokens {

    public static final String DEV_ISSUER = "https://yjhub.local/dev";

    private final DevKeys keys;
    private final String issuer;

    public Tokens(DevKeys keys, String issuer) {
        this.keys = keys.ensure();
        this.issuer = issuer;
    }

    /** The tokens the test suite uses (keys under {@code target/test-keys} of the running module). */
    public static Tokens forTests() {
        return new Tokens(new DevKeys(TestKeys.dir()), DEV_ISSUER);
    }

    public String mint(String role, String team, Duration ttl) {
        return mint("user-" + role + (team == null ? "" : "-" + team), Set.of(role), team, Instant.now().plus(ttl));
    }

    public String mint(String subject, Set<String> groups, String team, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(groups));
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(5).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();
        if (team != null) {
            claims.setClaim("team", team);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.privateKey());
        jws.setKeyIdHeaderValue("yj-dev");
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    public String analyst() {
        return mint("analyst", null, Duration.ofHours(1));
    }

    public String admin() {
        return mint("admin", null, Duration.ofHours(1));
    }

    public String inspector() {
        return mint("inspector", null, Duration.ofHours(1));
    }

    public String authority(String team) {
        return mint("authority", team, Duration.ofHours(1));
    }

    public String expired() {
        return mint("user-expired", Set.of("admin"), null, Instant.now().minusSeconds(3600));
    }

    /** Helper for tests: the keys directory a test JVM uses. */
    public static final class TestKeys {
        private TestKeys() {
        }

        public static Path dir() {
            return Path.of(System.getProperty("yj.test.keys", "target/test-keys")).toAbsolutePath();
        }
    }
}
