package org.yjhub.kit.http;

import org.yjhub.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags of revisioned resources and the conditional headers that carry them back, parsed once, as RFC 9110
 * (sections 8.8.3 and 13.1) defines them. The ETag of revision 3 is the strong tag {@code "3"}.
 * <ul>
 *   <li>{@code If-Match} uses the <em>strong</em> comparison: a weak tag ({@code W/"3"}) never matches.</li>
 *   <li>{@code If-None-Match} uses the <em>weak</em> comparison: {@code W/"3"} matches revision 3.</li>
 *   <li>Either may be {@code *} (any current representation) or a comma-separated list of tags.</li>
 *   <li>A header that does not follow the grammar (an unquoted {@code 3}, free text) is a 400: the client cannot have
 *       meant any state of the resource.</li>
 * </ul>
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";

    private EntityTags() {
    }

    /** The strong entity tag of a revision: {@code "3"}. */
    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** One entity tag: its opaque value without the quotes, and whether it was weak. */
    public record Tag(boolean weak, String opaque) {

        @Override
        public String toString() {
            return (weak ? "W/" : "") + "\"" + opaque + "\"";
        }
    }

    /**
     * A parsed {@code If-Match} or {@code If-None-Match}: {@code *}, or one or more tags.
     *
     * @param header the header's name, for messages
     */
    public record Condition(String header, boolean any, List<Tag> tags) {

        public Condition {
            tags = List.copyOf(tags);
        }

        /** The strong comparison ({@code If-Match}): the resource exists and a strong tag names its revision. */
        public boolean strongMatch(long current) {
            return current > 0 && strongMatch(new Tag(false, Long.toString(current)));
        }

        /** The weak comparison ({@code If-None-Match}): the resource exists and a tag, weak or not, names its revision. */
        public boolean weakMatch(long current) {
            return current > 0 && weakMatch(new Tag(false, Long.toString(current)));
        }

        /**
         * The strong comparison with the current entity tag of any shape (a content hash, say; {@link #tag} reads one):
         * both strong and the same. {@code *} matches, as there is a current representation.
         */
        public boolean strongMatch(Tag current) {
            return any || !current.weak() && tags.stream().anyMatch(t -> !t.weak() && t.opaque().equals(current.opaque()));
        }

        /** The weak comparison with the current entity tag of any shape: the same opaque value, weak or not; or {@code *}. */
        public boolean weakMatch(Tag current) {
            return any || tags.stream().anyMatch(t -> t.opaque().equals(current.opaque()));
        }

        @Override
        public String toString() {
            return any ? "*" : String.join(", ", tags.stream().map(Tag::toString).toList());
        }
    }

    /**
     * Reads one entity tag as a server writes it in {@code ETag} ({@code "3"}, {@code W/"a1b2"}).
     *
     * @throws IllegalArgumentException when it is not one entity tag (a server's own tag: a bug, not a client's 400)
     */
    public static Tag tag(String etag) {
        Condition c;
        try {
            c = parse("ETag", etag);
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (c == null || c.any() || c.tags().size() != 1) {
            throw new IllegalArgumentException("not one entity tag: " + etag);
        }
        return c.tags().get(0);
    }

    /**
     * Parses a conditional header.
     *
     * @return null when the header is absent or blank
     * @throws ProblemException 400 when it does not follow RFC 9110's grammar
     */
    public static Condition parse(String header, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.equals("*")) {
            return new Condition(header, true, List.of());
        }
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = v.length();
        while (i < n) {
            i = skipSpace(v, i);
            if (i < n && v.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i >= n) {
                break;
            }
            boolean weak = v.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= n || v.charAt(open) != '"') {
                throw malformed(header, value, "expected a quoted entity tag such as \"3\" (or W/\"3\"), or *");
            }
            int close = open + 1;
            while (close < n && v.charAt(close) != '"') {
                char c = v.charAt(close);
                if (c < 0x21 || c == 0x7F) {
                    throw malformed(header, value, "an entity tag may not contain spaces or control characters");
                }
                close++;
            }
            if (close >= n) {
                throw malformed(header, value, "an entity tag is not closed by a double quote");
            }
            tags.add(new Tag(weak, v.substring(open + 1, close)));
            i = skipSpace(v, close + 1);
            if (i < n && v.charAt(i) != ',') {
                throw malformed(header, value, "entity tags must be separated by commas");
            }
        }
        if (tags.isEmpty()) {
            throw malformed(header, value, "no entity tag was given");
        }
        return new Condition(header, false, tags);
    }

    private static int skipSpace(String v, int i) {
        while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static ProblemException malformed(String header, String value, String why) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return ProblemException.badRequest(header + " '" + shown + "' is malformed: " + why);
    }
}
