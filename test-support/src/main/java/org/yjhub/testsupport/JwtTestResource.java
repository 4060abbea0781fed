package org.yjhub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.yjhub.localinfra.jwt.DevKeys;
import org.yjhub.localinfra.jwt.Tokens;

import java.util.Map;

/**
 * Points the service under test at a test key pair generated under {@code target/test-keys}, with the issuer and
 * audience {@link Tokens} writes.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        DevKeys keys = new DevKeys(Tokens.TestKeys.dir()).ensure();
        return Map.of("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.DEV_ISSUER,
                "mp.jwt.verify.audiences", Tokens.DEV_AUDIENCE);
    }

    @Override
    public void stop() {
    }
}
