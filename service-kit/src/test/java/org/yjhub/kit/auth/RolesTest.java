package org.yjhub.kit.auth;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void everyEndpointByDefaultNeedsOneOfTheFourRolesAndNoOther() throws IOException {
        Properties kit = new Properties();
        try (InputStream in = Roles.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            kit.load(in);
        }
        assertThat(Arrays.stream(kit.getProperty("quarkus.security.jaxrs.default-roles-allowed").split(","))
                .map(String::trim).toList())
                .containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }
}
