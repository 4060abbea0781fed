package org.yjhub.inspection.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inspection frameworks a service knows, by id. */
public final class FrameworkCatalog {

    private final Map<String, Framework> byId;

    public FrameworkCatalog(List<Framework> frameworks) {
        List<Framework> sorted = new ArrayList<>(frameworks);
        sorted.sort(Comparator.comparing(Framework::id));
        Map<String, Framework> map = new LinkedHashMap<>();
        for (Framework f : sorted) {
            if (map.put(f.id(), f) != null) {
                throw new IllegalArgumentException("framework id used twice: " + f.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Every framework, by id. */
    public List<Framework> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Framework> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
