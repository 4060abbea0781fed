package org.yjhub.gateway.readmodel;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;
import org.yjhub.gateway.readmodel.ChangeFeed.Item;
import org.yjhub.gateway.readmodel.ChangeFeed.Published;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed writes each change once, whatever the number of subscribers, and replays that same text. */
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
    }

    private final CountingText text = new CountingText();
    private final ChangeFeed feed = new ChangeFeed(() -> 16, text, new SimpleMeterRegistry());

    private static Change.Meta change(String aggregateId, long version) {
        return new Change.Meta("kpi-return", aggregateId, version, "yjhub.performance.return-submitted.v1",
                Instant.parse("2024-05-01T10:15:30Z"));
    }

    private AssertSubscriber<Item> subscribe(String lastEventId) {
        return feed.stream(lastEventId).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    @Test
    void eachChangeIsWrittenOnceAndEverySubscriberGetsThatSameText() {
        List<AssertSubscriber<Item>> subscribers = List.of(subscribe(null), subscribe(null), subscribe(null));

        feed.publish(change("milton-keynes/2024-25-Q1", 1));
        feed.publish(change("milton-keynes/2024-25-Q1", 2));

        assertThat(text.written).containsExactly("{\"aggregateId\":\"milton-keynes/2024-25-Q1\",\"version\":1}",
                "{\"aggregateId\":\"milton-keynes/2024-25-Q1\",\"version\":2}");
        for (AssertSubscriber<Item> s : subscribers) {
            List<Item> items = s.getItems();
            assertThat(items).hasSize(2);
            assertThat(((Published) items.get(0)).data()).isSameAs(text.written.get(0));
            assertThat(((Published) items.get(1)).data()).isSameAs(text.written.get(1));
        }
        assertThat(subscribers.get(0).getItems()).extracting(Item::id)
                .isEqualTo(subscribers.get(2).getItems().stream().map(Item::id).toList());
    }

    @Test
    void aReconnectIsReplayedTheTextWrittenWhenTheChangeWasPublished() {
        AssertSubscriber<Item> first = subscribe(null);
        feed.publish(change("bridgend/2024-25-Q1", 1));
        feed.publish(change("bridgend/2024-25-Q2", 1));
        String seen = first.getItems().get(0).id();
        first.cancel();

        AssertSubscriber<Item> again = subscribe(seen);

        assertThat(again.getItems()).hasSize(1);
        assertThat(((Published) again.getItems().get(0)).data()).isSameAs(text.written.get(1));
        assertThat(text.written).hasSize(2);
    }
}
