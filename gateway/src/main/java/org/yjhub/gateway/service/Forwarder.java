package org.yjhub.gateway.service;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.yjhub.gateway.config.GatewayConfig;
import org.yjhub.kit.problem.Problem;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Forwards a request to the service that owns it, unchanged: method, path, query, body bytes and the headers
 * Content-Type, Accept, Authorization (the caller's token), If-Match and If-None-Match. The service's status, body and
 * its Content-Type, ETag, Location, Retry-After and WWW-Authenticate headers come back unchanged — except that a
 * Location pointing at the service's own base URL is rewritten to the gateway's, so clients never see an internal
 * address. A service that cannot be reached, or does not answer in time, gives 503 problem+json naming it.
 * <p>
 * Non-blocking, on the Vert.x event loop: {@link #forward} returns a {@link Uni} at once, and the Vert.x core HTTP
 * client sends the request and reads the whole answer without a worker thread; the answer is handled on the event loop
 * that received the caller's request (a pooled connection opened by another event loop passes it over once). One
 * client serves the gateway, with up to {@value #CONNECTIONS_PER_SERVICE} keep-alive HTTP/1.1 connections to each
 * service; it never follows redirects. The connect timeout bounds both opening a connection and waiting for a free one
 * in the pool (either way nothing was sent); the read timeout fails the exchange once the service has sent nothing for
 * that long. Once started, an exchange runs to its end even if the caller goes away (its answer is then dropped), so a
 * connection is never left half used.
 */
@Startup // built off the event loop, so the client is the application's and not one HTTP verticle's
@ApplicationScoped
public class Forwarder {

    /** Keep-alive connections the gateway keeps open to each service at most; further requests wait for one. */
    public static final int CONNECTIONS_PER_SERVICE = 64;

    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
            HttpHeaders.AUTHORIZATION, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_SERVICE));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * Sends the request to {@code upstream} and completes with its answer, or with a 503 problem+json if the service
     * cannot be reached, does not answer in time or the exchange fails. {@code body} is null for a request without one.
     */
    public Uni<Response> forward(Upstream upstream, String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String base = upstream.baseUrl(config);
        URI requested = uri.getRequestUri();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(method))
                .setAbsoluteURI(base + requested.getRawPath()
                        + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery()))
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.readTimeout().toMillis());
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        }
        return Uni.createFrom().completionStage(() -> client.request(options)
                .transform(connected -> connected.failed()
                        ? Future.succeededFuture(failed(upstream, uri, connected.cause(), true))
                        : exchange(connected.result(), body, base, uri)
                                .otherwise(failure -> failed(upstream, uri, failure, false)))
                .toCompletionStage());
    }

    private static Future<Response> exchange(HttpClientRequest request, byte[] body, String base, UriInfo uri) {
        Future<HttpClientResponse> sent = body == null ? request.send() : request.send(Buffer.buffer(body));
        return sent.compose(response -> response.body()
                .map(bytes -> passBack(response, bytes.getBytes(), base, uri)));
    }

    private static Response passBack(HttpClientResponse answer, byte[] bytes, String base, UriInfo uri) {
        Response.ResponseBuilder out = Response.status(answer.statusCode());
        String contentType = answer.getHeader(HttpHeaders.CONTENT_TYPE);
        if (bytes.length > 0) {
            out.entity(bytes).header(HttpHeaders.CONTENT_TYPE,
                    contentType == null ? "application/octet-stream" : contentType);
        } else if (contentType != null) {
            out.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        for (String name : RESPONSE_HEADERS) {
            answer.headers().getAll(name).forEach(v -> out.header(name, v));
        }
        String location = answer.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            out.header(HttpHeaders.LOCATION, rewriteLocation(location, base, uri));
        }
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

    /**
     * The 503 for a failed exchange. {@code connecting}: the failure came while getting a connection, before anything
     * was sent. There a timeout is the connect timeout: Vert.x's timer on getting a connection (a free pooled one or a
     * new one) fails with its {@code NoStackTraceTimeoutException}, a {@link TimeoutException}; netty's timer on the
     * TCP connect with {@link ConnectTimeoutException}, a {@link ConnectException}; whichever fires first. Once the
     * request is out, a {@link TimeoutException} is Vert.x's idle timer, the read timeout.
     */
    private Response failed(Upstream upstream, UriInfo uri, Throwable failure, boolean connecting) {
        if (failure instanceof ConnectTimeoutException || connecting && failure instanceof TimeoutException) {
            return unavailable(upstream, uri, "did not accept a connection within "
                    + config.connectTimeout().toMillis() + " ms; the request was not delivered", false);
        }
        if (failure instanceof TimeoutException) {
            return unavailable(upstream, uri, "did not answer within " + config.readTimeout().toMillis()
                    + " ms; a write may or may not have been applied, so read it back before retrying", true);
        }
        if (failure instanceof ConnectException) {
            return unavailable(upstream, uri, "cannot be reached (connection refused); the request was not delivered",
                    false);
        }
        return unavailable(upstream, uri, "failed (" + failure + "); a write may or may not have been applied, so read "
                + "it back before retrying", true);
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
