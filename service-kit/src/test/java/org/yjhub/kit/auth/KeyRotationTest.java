package org.yjhub.kit.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.yjhub.localinfra.jwt.Tokens;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Key rotation through the identity provider's JWKS (mp.jwt.verify.publickey.location an http(s) URL): a key added to
 * the set is accepted at once (an unknown kid makes SmallRye fetch the set again), tokens under the old key are
 * honoured while it is still in the set, and refused once it is withdrawn and the cached set expires (the provider's
 * Cache-Control, here {@value JwksServer#MAX_AGE} s; without one, smallrye.jwt.jwks.refresh-interval).
 */
@QuarkusTest
@TestProfile(KeyRotationTest.FromJwks.class)
class KeyRotationTest {

    public static class FromJwks implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(JwksServer.class));
        }
    }

    private static final String READ = "/api/v1/teams/medway";

    @Test
    void aNewKeyIsAcceptedTheOldHonouredUntilWithdrawnThenRefused() throws JoseException {
        RsaJsonWebKey old = key("2026-01");
        RsaJsonWebKey next = key("2026-07");
        String underOld = tokens(old).analyst();

        JwksServer.publish(set(old));
        eventually(underOld, 200);

        // the provider publishes the next key beside the old one and starts signing with it
        // (an unknown kid makes SmallRye fetch the set at once, unless it did so moments ago: then the cache's expiry does)
        JwksServer.publish(set(old, next));
        String underNext = tokens(next).analyst();
        eventually(underNext, 200);
        status(underOld, 200);
        // and still after the cached set has expired and been fetched again
        await().pollDelay(Duration.ofMillis(JwksServer.MAX_AGE * 1000L + 500)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> status(underOld, 200));

        // the old key is withdrawn: within the cache's lifetime its tokens are refused, the new key's still accepted
        JwksServer.publish(set(next));
        eventually(underOld, 401);
        status(tokens(old).analyst(), 401);
        status(underNext, 200);
    }

    @Test
    void aKeyTheProviderNeverPublishedIsRefused() throws JoseException {
        RsaJsonWebKey published = key("published");
        JwksServer.publish(set(published));
        eventually(tokens(published).admin(), 200);
        status(tokens(key("forged")).admin(), 401);
        // the same kid as a published key, another key: the signature does not verify
        RsaJsonWebKey impostor = key("published");
        status(tokens(impostor).admin(), 401);
    }

    /**
     * The status once the service has the published set: at once for a new kid (SmallRye fetches the set again), else
     * within the cache's lifetime ({@value JwksServer#MAX_AGE} s); SmallRye also fetches at most once per
     * smallrye.jwt.jwks.forced-refresh-interval for unknown kids, and jose4j not twice within 300 ms.
     */
    private static void eventually(String token, int status) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> status(token, status));
    }

    private static void status(String token, int status) {
        given().auth().oauth2(token).get(READ).then().log().ifValidationFails().statusCode(status);
    }

    private static RsaJsonWebKey key(String kid) throws JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        key.setAlgorithm("RS256");
        key.setUse("sig");
        return key;
    }

    private static Tokens tokens(RsaJsonWebKey key) {
        return new Tokens(key.getRsaPrivateKey(), key.getKeyId(), Tokens.DEV_ISSUER, Tokens.DEV_AUDIENCE);
    }

    /** The public halves only, as a provider publishes them. */
    private static String set(RsaJsonWebKey... keys) {
        return new JsonWebKeySet(Arrays.asList(keys)).toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
