package org.yjhub.gateway.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import org.yjhub.gateway.readmodel.ChangeFeed;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client's connection to the change feed. Quarkus REST answers the request as an event stream (the checks, the
 * status and headers, and ending the response when the client goes), but no event passes through its per-event SSE
 * writing: the feed's frames, each prepared once for every client, are written straight to the connection's response.
 * A client that leaves {@link ChangeFeed#BUFFER} frames unwritten is ended; it reconnects and resumes from the window.
 */
final class ChangeStream implements ChangeFeed.Subscriber {

    private final HttpServerResponse response;
    private final MultiEmitter<? super OutboundSseEvent> stream;
    private final AtomicInteger unwritten = new AtomicInteger();
    private volatile boolean ended;

    private ChangeStream(HttpServerResponse response, MultiEmitter<? super OutboundSseEvent> stream) {
        this.response = response;
        this.stream = stream;
    }

    /**
     * The stream Quarkus REST serves: it emits nothing itself, and is subscribed once the response's head is written,
     * which is when the client joins the feed.
     */
    static Multi<OutboundSseEvent> open(ChangeFeed feed, HttpServerResponse response, String lastEventId) {
        return Multi.createFrom().emitter(emitter -> {
            ChangeStream connection = new ChangeStream(response, emitter);
            emitter.onTermination(() -> feed.leave(connection));
            feed.join(connection, lastEventId);
        });
    }

    @Override
    public boolean send(Buffer frames) {
        if (ended || response.closed()) {
            return false;
        }
        if (unwritten.incrementAndGet() > ChangeFeed.BUFFER) {
            ended = true;
            stream.complete(); // Quarkus REST ends the response
            return false;
        }
        try {
            response.write(frames, written -> unwritten.decrementAndGet());
            return true;
        } catch (IllegalStateException endedMeanwhile) {
            return false;
        }
    }
}
