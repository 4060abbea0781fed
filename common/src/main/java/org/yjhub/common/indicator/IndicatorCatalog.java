package org.yjhub.common.indicator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The KPI catalogue, read from {@code reference/indicators.json} in this jar. */
public final class IndicatorCatalog {

    private static final String RESOURCE = "/reference/indicators.json";

    private final List<Indicator> indicators;
    private final Map<String, Indicator> byId;

    public IndicatorCatalog(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (map.put(i.id(), i) != null) {
                throw new IllegalStateException("indicator id used twice: " + i.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public static IndicatorCatalog load() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing reference resource " + RESOURCE);
            }
            return new IndicatorCatalog(new ObjectMapper().readValue(in, new TypeReference<List<Indicator>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<Indicator> all() {
        return indicators;
    }

    public Optional<Indicator> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
