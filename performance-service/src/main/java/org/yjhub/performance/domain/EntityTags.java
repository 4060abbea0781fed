package org.yjhub.performance.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity tags of a revisioned resource: the ETag of revision 3 is {@code "3"} (a strong tag). Parses the
 * {@code If-Match} / {@code If-None-Match} lists a client sends back.
 */
public final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");

    private EntityTags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * A parsed condition: {@code *}, or a list of revisions. A bare number ({@code 3}) is accepted as {@code "3"}.
     *
     * @throws IllegalArgumentException for anything else, e.g. a weak tag (our tags are strong) or free text
     */
    public static Condition parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String trimmed = header.trim();
        if (trimmed.equals("*")) {
            return new Condition(true, Set.of());
        }
        Set<Long> revisions = new LinkedHashSet<>();
        for (String part : trimmed.split(",")) {
            Matcher m = TAG.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + ReturnRules.abbreviate(part.trim())
                        + "' is not an entity tag of this resource; expected the ETag of a revision, such as \"3\", or *");
            }
            revisions.add(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return new Condition(false, Set.copyOf(revisions));
    }

    /** {@code *} or a set of revisions. */
    public record Condition(boolean any, Set<Long> revisions) {

        /** @param current the current revision, 0 when the resource does not exist yet */
        public boolean matches(long current) {
            if (current <= 0) {
                return false;
            }
            return any || revisions.contains(current);
        }

        @Override
        public String toString() {
            return any ? "*" : String.join(", ", revisions.stream().map(EntityTags::of).toList());
        }
    }
}
