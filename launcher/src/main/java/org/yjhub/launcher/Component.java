package org.yjhub.launcher;

import java.util.List;

/** What {@code ./yj stop|start} can name, in start order. */
public enum Component {
    POSTGRES("postgres"),
    KAFKA("kafka"),
    INSPECTION("inspection-service"),
    PERFORMANCE("performance-service"),
    BUDGET("budget-service"),
    GATEWAY("gateway");

    public static final List<Component> SERVICES = List.of(INSPECTION, PERFORMANCE, BUDGET, GATEWAY);

    private final String id;

    Component(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isService() {
        return SERVICES.contains(this);
    }

    /** The database a service owns (its own database on the shared server). */
    public String database() {
        return switch (this) {
            case INSPECTION -> "inspection";
            case PERFORMANCE -> "performance";
            case BUDGET -> "budget";
            case GATEWAY -> "gateway";
            default -> throw new IllegalStateException(id + " has no database");
        };
    }

    public static Component parse(String id) {
        for (Component c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new UsageException("unknown component '" + id + "'; one of " + List.of(values()).stream().map(Component::id).toList());
    }
}
