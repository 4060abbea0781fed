package org.yjhub.gateway.readmodel;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed writes each change once, as a whole server-sent event, whatever the number of subscribers, and replays
 * that same frame; a subscriber that cannot take a frame is dropped.
 */
class ChangeFeedTest {

    /** Writes a change as its id and version, and keeps every text it wrote. */
    static final class CountingText implements ChangeText {
        final List<String> written = new ArrayList<>();

        @Override
        public String of(Change.Meta change) {
            String text = "{\"aggregateId\":\"" + change.aggregateId() + "\",\"version\":" + change.version() + "}";
            written.add(text);
            return text;
        }

        @Override
        public String reload(String reason) {
            return "{\"reason\":\"" + reason + "\"}";
        }
    }

    /** Keeps what it was sent; takes no more than {@code capacity} sends. */
    static final class Client implements ChangeFeed.Subscriber {
        final List<Buffer> sent = new ArrayList<>();
        final int capacity;

        Client(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean send(Buffer frames) {
            if (sent.size() == capacity) {
                return false;
            }
            sent.add(frames);
            return true;
        }

        String text() {
            return String.join("", sent.stream().map(Buffer::toString).toList());
        }
    }

    private final CountingText text = new CountingText();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ChangeFeed feed = new ChangeFeed(() -> 16, text, registry);

    private static Change.Meta change(String aggregateId, long version) {
        return new Change.Meta("kpi-return", aggregateId, version, "yjhub.performance.return-submitted.v1",
                Instant.parse("2024-05-01T10:15:30Z"));
    }

    private Client join(String lastEventId) {
        Client client = new Client(Integer.MAX_VALUE);
        feed.join(client, lastEventId);
        return client;
    }

    private double subscribers() {
        return registry.get(ChangeFeed.SUBSCRIBERS_METRIC).gauge().value();
    }

    @Test
    void eachChangeIsWrittenOnceAsAnEventAndEverySubscriberIsSentThatSameFrame() {
        List<Client> clients = List.of(join(null), join(null), join(null));

        feed.publish(change("milton-keynes/2024-25-Q1", 1));
        feed.publish(change("milton-keynes/2024-25-Q1", 2));

        assertThat(text.written).hasSize(2);
        for (Client c : clients) {
            assertThat(c.sent).hasSize(3);
            assertThat(c.sent.get(0).toString()).isEqualTo(":connected\n\n");
            assertThat(c.sent.get(1)).isSameAs(clients.get(0).sent.get(1));
            assertThat(c.sent.get(2)).isSameAs(clients.get(0).sent.get(2));
        }
        assertThat(clients.get(0).sent.get(1).toString()).matches(
                "id:[0-9a-z]+-1\nevent:change\ndata:\\{\"aggregateId\":\"milton-keynes/2024-25-Q1\",\"version\":1}\n\n");
    }

    @Test
    void aReconnectIsSentTheFramesWrittenWhenTheChangesWerePublishedThenLiveOnes() {
        Client first = join(null);
        feed.publish(change("bridgend/2024-25-Q1", 1));
        feed.publish(change("bridgend/2024-25-Q2", 1));
        feed.publish(change("bridgend/2024-25-Q3", 1));
        String seen = first.sent.get(1).toString().lines().findFirst().orElseThrow().substring("id:".length());
        feed.leave(first);

        Client again = join(seen);
        feed.publish(change("bridgend/2024-25-Q4", 1));

        assertThat(again.sent).hasSize(2);
        assertThat(again.sent.get(0).toString()).isEqualTo(":connected\n\n" + first.sent.get(2) + first.sent.get(3));
        assertThat(again.sent.get(1).toString()).contains("bridgend/2024-25-Q4");
        assertThat(first.sent).hasSize(4);
        assertThat(text.written).hasSize(4);
    }

    @Test
    void aReconnectThatCannotBeResumedIsFirstToldToReload() {
        feed.publish(change("cardiff/2024-25-Q1", 1));

        Client client = join("another-42");

        assertThat(client.text()).matches(":connected\n\nid:[0-9a-z]+-1\nevent:reload\ndata:\\{\"reason\":\".*another "
                + "instance.*\"}\n\n");
    }

    @Test
    void aSubscriberThatCannotTakeAFrameIsDroppedAndTheOthersGoOn() {
        Client slow = new Client(2);
        feed.join(slow, null);
        Client other = join(null);
        assertThat(subscribers()).isEqualTo(2);

        feed.publish(change("newport/2024-25-Q1", 1));
        feed.publish(change("newport/2024-25-Q2", 1));
        feed.publish(change("newport/2024-25-Q3", 1));

        assertThat(slow.sent).hasSize(2);
        assertThat(other.sent).hasSize(4);
        assertThat(subscribers()).isEqualTo(1);
    }

    @Test
    void everySubscriberIsSentTheKeepAliveComment() {
        Client a = join(null);
        Client b = join(null);

        feed.keepAlive();

        assertThat(a.text()).isEqualTo(":connected\n\n:keep-alive\n\n");
        assertThat(b.text()).isEqualTo(a.text());
    }

    @Test
    void aSubscriberThatLeftIsSentNothingMore() {
        Client client = join(null);
        feed.leave(client);

        feed.publish(change("cardiff/2024-25-Q2", 1));

        assertThat(client.sent).hasSize(1);
        assertThat(subscribers()).isZero();
    }
}
