package org.yjhub.gateway.readmodel;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The live feed of applied changes (GET /api/v1/changes). Publishing never blocks the consumer: every subscriber gets
 * its own bounded buffer; a subscriber that falls {@link #BUFFER} changes behind is ended (its client reconnects).
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int BUFFER = 1024;

    /** One published change with its position in this process's feed (the SSE event id). */
    public record Published(long sequence, Change.Meta change) {
    }

    private final SerializedProcessor<Published, Published> processor = BroadcastProcessor.<Published>create().serialized();
    private final AtomicLong sequence = new AtomicLong();

    public void publish(Change.Meta change) {
        processor.onNext(new Published(sequence.incrementAndGet(), change));
    }

    /** A new subscriber's stream of the changes published from now on. */
    public Multi<Published> stream() {
        return Multi.createFrom().publisher(processor).onOverflow().buffer(BUFFER)
                .onFailure().recoverWithCompletion();
    }
}
