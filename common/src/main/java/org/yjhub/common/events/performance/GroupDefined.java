package org.yjhub.common.events.performance;

import java.time.Instant;
import java.util.List;

/**
 * {@code yjhub.performance.group-defined.v1}: a named comparator group (statistical neighbours, a YOT family, a
 * consortium) as of {@code revision}: its full state, the member teams' codes sorted. Aggregate type {@link #AGGREGATE},
 * id the group's code; version = revision.
 */
public record GroupDefined(String code, long revision, String name, String description, List<String> teams, String source,
                           Instant definedAt, String definedBy) {

    public static final String AGGREGATE = "comparator-group";
    public static final String TYPE = "yjhub.performance.group-defined.v1";

    public GroupDefined {
        teams = teams == null ? null : List.copyOf(teams);
    }

    public static String aggregateId(String code) {
        return code;
    }
}
