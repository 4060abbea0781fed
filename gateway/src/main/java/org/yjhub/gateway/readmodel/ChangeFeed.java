package org.yjhub.gateway.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yjhub.gateway.config.ChangesConfig;
import org.yjhub.gateway.domain.ChangeWindow;
import org.yjhub.gateway.domain.ChangeWindow.Entry;
import org.yjhub.gateway.domain.ChangeWindow.Missed;
import org.yjhub.gateway.domain.ChangeWindow.Reload;
import org.yjhub.gateway.domain.ChangeWindow.Resume;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live feed of applied changes (GET /api/v1/changes), with a retained window ({@link ChangeWindow}) for clients
 * that reconnect. Each change is written once, when it is published, as a whole server-sent event (its {@code id:},
 * {@code event:} and {@code data:} lines, {@link ChangeText}) in one buffer; every subscriber, live or replaying, is
 * sent that same buffer, so a change costs one write per subscriber and nothing else. Publishing never blocks the
 * consumer: a subscriber that cannot take a frame (gone, or too far behind: {@link #BUFFER}) is dropped, and its client
 * reconnects and resumes from the window.
 */
@ApplicationScoped
public class ChangeFeed {

    /** How many frames a subscriber may have unwritten before it is ended. */
    public static final int BUFFER = 1024;

    /** Gauge {@value}: how many clients follow the feed. */
    public static final String SUBSCRIBERS_METRIC = "yj.changes.subscribers";

    /** A comment line is sent this often, so that proxies and clients keep an idle stream open. */
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    static final Buffer CONNECTED = comment("connected");
    static final Buffer KEEP_ALIVE_COMMENT = comment("keep-alive");

    /** A client following the feed. */
    public interface Subscriber {

        /**
         * Sends one or more whole frames of the event stream (the same buffer may be sent to every subscriber at once:
         * it is only read). False when the subscriber is gone or cannot take more, and is to be dropped.
         */
        boolean send(Buffer frames);
    }

    private final Set<Subscriber> live = ConcurrentHashMap.newKeySet();
    private final ChangeWindow<Buffer> window;
    private final ChangeText text;

    @Inject
    public ChangeFeed(ChangesConfig config, ChangeText text, MeterRegistry registry) {
        window = new ChangeWindow<>(Long.toString(new SecureRandom().nextLong() >>> 1, 36), config.replayWindow());
        this.text = text;
        registry.gaugeCollectionSize(SUBSCRIBERS_METRIC, Tags.empty(), live);
    }

    /** Writes the change as an event once, retains it and sends it to every subscriber, in the order published. */
    public synchronized void publish(Change.Meta change) {
        String data = text.of(change);
        Buffer frame = window.append(id -> event(id, "change", data)).item();
        sendToAll(frame);
    }

    /**
     * A new subscriber: it is sent, in one write, a 'connected' comment and what it missed since {@code lastEventId}
     * (or a 'reload' event when that cannot be known), then every change published from then on. The two meet without
     * a gap or a repeat: it joins the live set under the lock that publishing takes, at the moment the window is read.
     */
    public synchronized void join(Subscriber subscriber, String lastEventId) {
        Resume<Buffer> resume = window.resume(lastEventId);
        Buffer first = CONNECTED.copy();
        if (resume instanceof Reload<Buffer> reload) {
            first.appendBuffer(event(reload.id(), "reload", text.reload(reload.reason())));
        } else {
            for (Entry<Buffer> missed : ((Missed<Buffer>) resume).entries()) {
                first.appendBuffer(missed.item());
            }
        }
        if (subscriber.send(first)) {
            live.add(subscriber);
        }
    }

    /** The subscriber's client has gone. */
    public void leave(Subscriber subscriber) {
        live.remove(subscriber);
    }

    /** Sends every subscriber the keep-alive comment (between two frames: a comment may come anywhere). */
    public void keepAlive() {
        sendToAll(KEEP_ALIVE_COMMENT);
    }

    void keepAliveEvery15Seconds(@Observes StartupEvent start, Vertx vertx) {
        vertx.setPeriodic(KEEP_ALIVE.toMillis(), tick -> keepAlive());
    }

    private void sendToAll(Buffer frame) {
        live.removeIf(subscriber -> !subscriber.send(frame));
    }

    /** One server-sent event: its id, name and one line of data (JSON has no raw line breaks). */
    static Buffer event(String id, String name, String data) {
        return Buffer.buffer(("id:" + id + "\nevent:" + name + "\ndata:" + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Buffer comment(String text) {
        return Buffer.buffer((":" + text + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
