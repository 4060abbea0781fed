package org.yjhub.gateway.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retained window of the change feed: the newest {@code capacity} items, each with its event id, and what a client
 * that reconnects with the id it saw last is owed. An id is {@code <epoch>-<sequence>}: the epoch names this run of the
 * feed (a restarted gateway, or another instance, has another), the sequence rises by one per item from 1.
 * <ul>
 *   <li>no id: nothing is owed (a first connection gets the live feed only);</li>
 *   <li>an id of this epoch whose successors are all still held: those successors, oldest first (none when it is the
 *       newest);</li>
 *   <li>anything else (older than the window, of another epoch, ahead of the feed, malformed): a reload, because the
 *       client cannot know what it missed. The reload carries the newest id, so it resumes from there.</li>
 * </ul>
 * Not thread-safe: the feed serialises appends and resumes.
 */
public final class ChangeWindow<T> {

    private static final Pattern ID = Pattern.compile("([0-9a-z]+)-(0|[1-9][0-9]{0,17})");

    /** One retained item and its event id. */
    public record Entry<T>(String id, long sequence, T item) {
    }

    /** What a reconnecting client is owed. */
    public sealed interface Resume<T> {
    }

    /** The items after the client's id, oldest first. */
    public record Missed<T>(List<Entry<T>> entries) implements Resume<T> {
    }

    /** The client's id cannot be resumed: it should re-read everything, then follow the feed from {@code id}. */
    public record Reload<T>(String id, String reason) implements Resume<T> {
    }

    private final String epoch;
    private final Object[] ring;
    private long newest;

    /**
     * @param epoch    this run's name: lower-case letters and digits
     * @param capacity how many items are retained (at least 1)
     */
    public ChangeWindow(String epoch, int capacity) {
        if (!epoch.matches("[0-9a-z]+")) {
            throw new IllegalArgumentException("an epoch is lower-case letters and digits: " + epoch);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("the window holds at least one item: " + capacity);
        }
        this.epoch = epoch;
        this.ring = new Object[capacity];
    }

    /** Retains the item as the newest, dropping the oldest when the window is full. */
    public Entry<T> append(T item) {
        return append(id -> item);
    }

    /**
     * Retains, as the newest, the item made for its own id (the feed writes each change's id into its prepared frame),
     * dropping the oldest when the window is full.
     */
    public Entry<T> append(Function<String, T> itemForId) {
        newest++;
        String id = id(newest);
        Entry<T> entry = new Entry<>(id, newest, itemForId.apply(id));
        ring[(int) (newest % ring.length)] = entry;
        return entry;
    }

    /** The id of the newest item ({@code <epoch>-0} before the first). */
    public String newestId() {
        return id(newest);
    }

    /** What a client that last saw {@code lastEventId} (null or blank: none) is owed. */
    public Resume<T> resume(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return new Missed<>(List.of());
        }
        Matcher m = ID.matcher(lastEventId.strip());
        if (!m.matches()) {
            return reload("the event id is not one this feed gives");
        }
        if (!m.group(1).equals(epoch)) {
            return reload("the event id is from an earlier run or another instance of the gateway");
        }
        long seen = Long.parseLong(m.group(2));
        if (seen > newest) {
            return reload("the event id is ahead of the feed");
        }
        if (seen < newest - ring.length) {
            return reload("more than " + ring.length + " changes were made since the event id; the feed keeps "
                    + ring.length);
        }
        return new Missed<>(after(seen));
    }

    @SuppressWarnings("unchecked")
    private List<Entry<T>> after(long seen) {
        List<Entry<T>> missed = new ArrayList<>((int) (newest - seen));
        for (long s = seen + 1; s <= newest; s++) {
            missed.add((Entry<T>) ring[(int) (s % ring.length)]);
        }
        return missed;
    }

    private Reload<T> reload(String reason) {
        return new Reload<>(newestId(), reason);
    }

    private String id(long sequence) {
        return epoch + '-' + sequence;
    }
}
