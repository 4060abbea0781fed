package org.yjhub.gateway.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.yjhub.gateway.config.GatewayConfig;
import org.yjhub.kit.problem.Problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forwards a request to the service that owns it, unchanged: method, path, query, body bytes and the headers
 * Content-Type, Accept, Authorization (the caller's token), If-Match and If-None-Match. The service's status, body and
 * its Content-Type, ETag, Location, Retry-After and WWW-Authenticate headers come back unchanged — except that a
 * Location pointing at the service's own base URL is rewritten to the gateway's, so clients never see an internal
 * address. A service that cannot be reached, or does not answer in time, gives 503 problem+json naming it.
 * Blocking (java.net.http) on a worker thread, with a connect and a read timeout.
 */
@ApplicationScoped
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
            HttpHeaders.AUTHORIZATION, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE);

    @Inject
    GatewayConfig config;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Response forward(Upstream upstream, String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String base = upstream.baseUrl(config);
        URI target = URI.create(base + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()));
        HttpRequest.BodyPublisher publisher = body == null || body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(config.readTimeout()).method(method, publisher);
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            return unavailable(upstream, uri, "did not accept a connection within "
                    + config.connectTimeout().toMillis() + " ms; the request was not delivered", false);
        } catch (HttpTimeoutException e) {
            return unavailable(upstream, uri, "did not answer within " + config.readTimeout().toMillis()
                    + " ms; a write may or may not have been applied, so read it back before retrying", true);
        } catch (ConnectException e) {
            return unavailable(upstream, uri, "cannot be reached (connection refused); the request was not delivered",
                    false);
        } catch (IOException e) {
            return unavailable(upstream, uri, "failed (" + e + "); a write may or may not have been applied, so read "
                    + "it back before retrying", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(upstream, uri, "call was interrupted", true);
        }

        Response.ResponseBuilder out = Response.status(answer.statusCode());
        byte[] bytes = answer.body();
        Optional<String> contentType = answer.headers().firstValue(HttpHeaders.CONTENT_TYPE);
        if (bytes != null && bytes.length > 0) {
            out.entity(bytes).header(HttpHeaders.CONTENT_TYPE, contentType.orElse("application/octet-stream"));
        } else {
            contentType.ifPresent(type -> out.header(HttpHeaders.CONTENT_TYPE, type));
        }
        for (String name : RESPONSE_HEADERS) {
            answer.headers().allValues(name).forEach(v -> out.header(name, v));
        }
        answer.headers().firstValue(HttpHeaders.LOCATION).ifPresent(location ->
                out.header(HttpHeaders.LOCATION, rewriteLocation(location, base, uri)));
        return out.build();
    }

    static String rewriteLocation(String location, String upstreamBase, UriInfo uri) {
        if (location.startsWith(upstreamBase + "/")) {
            String gateway = uri.getBaseUri().toString();
            if (gateway.endsWith("/")) {
                gateway = gateway.substring(0, gateway.length() - 1);
            }
            return gateway + location.substring(upstreamBase.length());
        }
        return location;
    }

    private Response unavailable(Upstream upstream, UriInfo uri, String why, boolean delivered) {
        String detail = "the " + upstream.service() + " (which owns " + upstream.owns() + ") " + why
                + (delivered ? "" : "; try again shortly");
        LOG.warnf("forwarding %s to %s: %s", uri.getRequestUri().getRawPath(), upstream.service(), why);
        Problem problem = new Problem(Problem.TYPE_BASE + "service-unavailable", "Service unavailable", 503, detail,
                uri.getRequestUri().getRawPath(), List.of(), Map.of("service", upstream.service()));
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds())
                .entity(problem).build();
    }
}
