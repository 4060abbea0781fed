package org.yjhub.gateway.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.gateway.config.ChangesConfig;
import org.yjhub.gateway.domain.ChangeWindow;
import org.yjhub.gateway.domain.ChangeWindow.Missed;
import org.yjhub.gateway.domain.ChangeWindow.Reload;
import org.yjhub.gateway.domain.ChangeWindow.Resume;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The live feed of applied changes (GET /api/v1/changes), with a retained window ({@link ChangeWindow}) for clients
 * that reconnect. Each change is written as text once, when it is published ({@link ChangeText}); every subscriber, live
 * or replaying, gets that same text. Publishing never blocks the consumer: every subscriber gets its own bounded buffer;
 * a subscriber that falls {@link #BUFFER} changes behind is ended (its client reconnects and resumes from the window).
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int BUFFER = 1024;

    /** Gauge {@value}: how many clients follow the feed. */
    public static final String SUBSCRIBERS_METRIC = "yj.changes.subscribers";

    /** What a subscriber receives: a change, or (first, when it cannot resume) an order to reload. */
    public sealed interface Item {
        String id();
    }

    /** One published change with its event id and its text, prepared once for every subscriber. */
    public record Published(String id, String data) implements Item {
    }

    /** The subscriber's last event id cannot be resumed: re-read everything, then follow the feed from {@code id}. */
    public record ReloadNeeded(String id, String reason) implements Item {
    }

    private final Set<UnicastProcessor<Item>> live = ConcurrentHashMap.newKeySet();
    private final ChangeWindow<String> window;
    private final ChangeText text;

    @Inject
    public ChangeFeed(ChangesConfig config, ChangeText text, MeterRegistry registry) {
        window = new ChangeWindow<>(Long.toString(new SecureRandom().nextLong() >>> 1, 36), config.replayWindow());
        this.text = text;
        registry.gaugeCollectionSize(SUBSCRIBERS_METRIC, Tags.empty(), live);
    }

    /** Writes the change as text, retains it and hands it to every subscriber, in the order published. */
    public synchronized void publish(Change.Meta change) {
        ChangeWindow.Entry<String> entry = window.append(text.of(change));
        Published published = new Published(entry.id(), entry.item());
        for (UnicastProcessor<Item> subscriber : live) {
            subscriber.onNext(published);
        }
    }

    /**
     * A new subscriber's stream: what it missed since {@code lastEventId} (or a {@link ReloadNeeded} when that cannot be
     * known), then every change published from then on. The two meet without a gap or a repeat: the subscriber
     * joins the live set under the same lock that publishing takes, at the moment the window is read.
     */
    public Multi<Item> stream(String lastEventId) {
        return Multi.createFrom().deferred(() -> {
            UnicastProcessor<Item> subscriber = UnicastProcessor.create(new LinkedBlockingQueue<>(BUFFER), null);
            List<Item> first = join(subscriber, lastEventId);
            return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(first), subscriber)
                    .onTermination().invoke(() -> live.remove(subscriber))
                    .onFailure().recoverWithCompletion();
        });
    }

    private synchronized List<Item> join(UnicastProcessor<Item> subscriber, String lastEventId) {
        Resume<String> resume = window.resume(lastEventId);
        live.add(subscriber);
        if (resume instanceof Reload<String> reload) {
            return List.of(new ReloadNeeded(reload.id(), reload.reason()));
        }
        return ((Missed<String>) resume).entries().stream()
                .<Item>map(e -> new Published(e.id(), e.item())).toList();
    }
}
