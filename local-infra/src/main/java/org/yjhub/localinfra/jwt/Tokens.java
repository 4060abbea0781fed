package org.yjhub.localinfra.jwt;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Mints tokens signed with a {@link DevKeys} pair (or any RSA key and key id), in the shape YJ Hub expects:
 * {@code iss}, {@code aud}, {@code iat}, {@code exp}, {@code sub}, {@code groups} and, for an authority, {@code team}.
 * The odd shapes the services must refuse (no audience, issued in the future, too long a lifetime, no role) are
 * minted here too, so that every test probes the same ones.
 */
public final class Tokens {

    public static final String DEV_ISSUER = "https://yjhub.local/dev";
    /** The audience the services require by default ({@code YJ_JWT_AUDIENCE}); every token minted here carries it. */
    public static final String DEV_AUDIENCE = "yjhub";
    /** The longest lifetime ({@code exp - iat}) the services accept by default ({@code YJ_JWT_MAX_LIFETIME}). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(24);
    public static final String DEV_KEY_ID = "yj-dev";

    private final PrivateKey key;
    private final String keyId;
    private final String issuer;
    private final String audience;

    public Tokens(DevKeys keys, String issuer) {
        this(keys.ensure().privateKey(), DEV_KEY_ID, issuer, DEV_AUDIENCE);
    }

    public Tokens(PrivateKey key, String keyId, String issuer, String audience) {
        this.key = key;
        this.keyId = keyId;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** The tokens the test suite uses (keys under {@code target/test-keys} of the running module). */
    public static Tokens forTests() {
        return new Tokens(new DevKeys(TestKeys.dir()), DEV_ISSUER);
    }

    public String mint(String role, String team, Duration ttl) {
        return mint("user-" + role + (team == null ? "" : "-" + team), Set.of(role), team, Instant.now().plus(ttl));
    }

    public String mint(String subject, Set<String> groups, String team, Instant expiresAt) {
        return sign(claims(subject, groups, team, Instant.now().minusSeconds(5), expiresAt));
    }

    /** The claims of a token as {@link #mint} writes them, for a test to alter before {@link #sign}ing them. */
    public JwtClaims claims(String subject, Set<String> groups, String team, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(groups));
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();
        if (team != null) {
            claims.setClaim("team", team);
        }
        return claims;
    }

    public String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(keyId);
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

    /** A valid token whose {@code groups} hold none of the four roles (empty, or only the given unknown ones). */
    public String withoutRole(String... unknownRoles) {
        return mint("user-no-role", Set.of(unknownRoles), null, Instant.now().plus(Duration.ofHours(1)));
    }

    /** An admin token with no {@code aud} claim. */
    public String withoutAudience() {
        JwtClaims claims = adminClaims(Instant.now().minusSeconds(5), Duration.ofHours(1));
        claims.unsetClaim("aud");
        return sign(claims);
    }

    /** An admin token for another application of the same identity provider. */
    public String forAudience(String other) {
        JwtClaims claims = adminClaims(Instant.now().minusSeconds(5), Duration.ofHours(1));
        claims.setAudience(other);
        return sign(claims);
    }

    /** An admin token whose {@code iat} is this far in the future. */
    public String issuedIn(Duration ahead) {
        return sign(adminClaims(Instant.now().plus(ahead), Duration.ofHours(1)));
    }

    /** An admin token issued now that lives this long. */
    public String living(Duration lifetime) {
        return sign(adminClaims(Instant.now().minusSeconds(5), lifetime));
    }

    private JwtClaims adminClaims(Instant issuedAt, Duration lifetime) {
        return claims("user-admin", Set.of("admin"), null, issuedAt, issuedAt.plus(lifetime));
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
