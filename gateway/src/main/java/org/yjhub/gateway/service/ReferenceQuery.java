package org.yjhub.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.reference.Regions;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.service.AggregateModels.RegionView;

import java.util.function.Supplier;

/**
 * The reference lists the gateway answers itself: the indicator catalogue, one indicator and the regions. Nothing
 * the read model applies changes them, so each is serialised once and served as bytes with its ETag, as the views
 * are; they carry no X-Data-As-Of.
 */
@ApplicationScoped
public class ReferenceQuery extends ReadQuery {

    @Inject
    IndicatorCatalog indicators;

    @Inject
    TeamCatalog teams;

    public Served indicators() {
        return served("indicators", indicators::all);
    }

    public Served indicator(String id) {
        Indicator indicator = parameters.indicator(id);
        return served("indicator|" + indicator.id(), () -> indicator);
    }

    public Served regions() {
        return served("regions", () -> Regions.NAMES.stream()
                .map(n -> new RegionView(Regions.slug(n), n, teams.inRegion(n).size())).toList());
    }

    private Served served(String key, Supplier<Object> view) {
        return new Served(cache.reference(key, () -> bodies.json(view.get())), null);
    }
}
