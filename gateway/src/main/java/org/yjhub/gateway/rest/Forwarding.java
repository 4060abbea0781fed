package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.yjhub.gateway.service.Forwarder;
import org.yjhub.gateway.service.Upstream;

/**
 * Every request on a path of the route table ({@link Upstream}) goes to the service that owns it, through the
 * {@link Forwarder}; the gateway declares none of these operations itself. Like every endpoint it needs a valid token
 * (service-kit's default), checked before anything is sent. The methods are those the services serve (no service has a
 * DELETE; another method is answered 405 here, as before). The operations appear in the gateway's OpenAPI document as
 * the services declare them ({@code org.yjhub.gateway.openapi.ForwardedOperations}), so these methods are hidden.
 * <p>
 * Two resources share these methods, one per shape of prefix, because a request is matched to the resource class whose
 * path is the most specific: the team-scoped prefixes must win over service-kit's {@code /api/v1/teams}.
 */
abstract class Forwarding {

    @Inject
    Forwarder forwarder;

    @GET
    @Operation(hidden = true)
    public Uni<Response> get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", uri, headers, null);
    }

    @PUT
    @Operation(hidden = true)
    public Uni<Response> put(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("PUT", uri, headers, body);
    }

    @POST
    @Operation(hidden = true)
    public Uni<Response> post(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("POST", uri, headers, body);
    }

    @PATCH
    @Operation(hidden = true)
    public Uni<Response> patch(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("PATCH", uri, headers, body);
    }

    private Uni<Response> forward(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String path = uri.getRequestUri().getRawPath();
        Upstream owner = Upstream.owning(path).orElseThrow(() -> new NotFoundException("no service owns " + path));
        return forwarder.forward(owner, method, uri, headers, body);
    }
}
