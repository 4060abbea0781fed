package org.yjhub.gateway.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjhub.gateway.domain.ChangeWindow.Entry;
import org.yjhub.gateway.domain.ChangeWindow.Missed;
import org.yjhub.gateway.domain.ChangeWindow.Reload;
import org.yjhub.gateway.domain.ChangeWindow.Resume;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeWindowTest {

    private final ChangeWindow<String> window = new ChangeWindow<>("e1", 3);

    private void append(String... items) {
        for (String item : items) {
            window.append(item);
        }
    }

    private static List<String> items(Resume<String> resume) {
        assertThat(resume).isInstanceOf(Missed.class);
        return ((Missed<String>) resume).entries().stream().map(Entry::item).toList();
    }

    @Test
    void eachItemGetsTheEpochAndARisingSequenceAsItsId() {
        assertThat(window.newestId()).isEqualTo("e1-0");
        assertThat(window.append("a").id()).isEqualTo("e1-1");
        assertThat(window.append("b").id()).isEqualTo("e1-2");
        assertThat(window.newestId()).isEqualTo("e1-2");
    }

    @Test
    void anItemMadeForItsIdIsMadeWithTheIdItIsRetainedUnder() {
        append("a");
        Entry<String> entry = window.append(id -> "frame of " + id);
        assertThat(entry.id()).isEqualTo("e1-2");
        assertThat(entry.item()).isEqualTo("frame of e1-2");
        assertThat(items(window.resume("e1-1"))).containsExactly("frame of e1-2");
    }

    @Test
    void aFirstConnectionIsOwedNothing() {
        append("a", "b");
        assertThat(items(window.resume(null))).isEmpty();
        assertThat(items(window.resume(" "))).isEmpty();
    }

    @Test
    void aReconnectIsOwedEveryItemAfterItsIdOldestFirst() {
        append("a", "b", "c");
        assertThat(items(window.resume("e1-1"))).containsExactly("b", "c");
        assertThat(((Missed<String>) window.resume("e1-1")).entries()).extracting(Entry::id).containsExactly("e1-2", "e1-3");
    }

    @Test
    void aReconnectAtTheNewestIdIsOwedNothing() {
        append("a", "b");
        assertThat(items(window.resume("e1-2"))).isEmpty();
    }

    @Test
    void anIdBeforeTheFirstItemIsOwedEverythingWhileTheWindowHoldsIt() {
        append("a", "b", "c");
        assertThat(items(window.resume("e1-0"))).containsExactly("a", "b", "c");
    }

    @Test
    void theOldestIdWhoseSuccessorsAreAllHeldIsStillResumed() {
        append("a", "b", "c", "d", "e");
        // holds c, d, e: an id of 2 (b) is owed c, d, e
        assertThat(items(window.resume("e1-2"))).containsExactly("c", "d", "e");
    }

    @Test
    void anIdOlderThanTheWindowIsToldToReloadFromTheNewestId() {
        append("a", "b", "c", "d", "e");
        Resume<String> resume = window.resume("e1-1");
        assertThat(resume).isEqualTo(new Reload<String>("e1-5",
                "more than 3 changes were made since the event id; the feed keeps 3"));
    }

    @Test
    void anIdOfAnotherEpochIsToldToReload() {
        append("a");
        assertThat(window.resume("e2-1")).isInstanceOf(Reload.class)
                .extracting(r -> ((Reload<String>) r).reason()).asString().contains("another instance");
    }

    @Test
    void anIdAheadOfTheFeedIsToldToReload() {
        append("a");
        assertThat(window.resume("e1-2")).isEqualTo(new Reload<String>("e1-1", "the event id is ahead of the feed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "e1", "e1-", "e1--1", "e1-01", "E1-1", "e1-1x", "e1-99999999999999999999", "e1-1;e1-2"})
    void aMalformedIdIsToldToReload(String id) {
        append("a");
        assertThat(window.resume(id)).isEqualTo(new Reload<String>("e1-1", "the event id is not one this feed gives"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        append("a", "b");
        assertThat(items(window.resume(" e1-1 "))).containsExactly("b");
    }

    @Test
    void anEpochOrCapacityThatCannotWorkIsRefused() {
        assertThatThrownBy(() -> new ChangeWindow<String>("E-1", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangeWindow<String>("e1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
