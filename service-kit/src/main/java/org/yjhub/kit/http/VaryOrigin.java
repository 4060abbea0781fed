package org.yjhub.kit.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Vary: Origin} on every API answer: with CORS origins configured, the answer to a listed origin carries
 * {@code Access-Control-Allow-Origin} and the same answer to anyone else does not, so a shared cache must not serve one
 * for the other (Quarkus' CORS filter does not add it in this version).
 */
public class VaryOrigin {

    @ServerResponseFilter
    public void varyOnOrigin(ContainerResponseContext response) {
        Object vary = response.getHeaders().getFirst("Vary");
        if (vary == null || !vary.toString().toLowerCase().contains("origin")) {
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
