package org.yjhub.kit.reference;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.reference.TeamCatalog;

/** Loads the reference data shipped in the common jar once per service. */
public class ReferenceData {

    @Produces
    @Singleton
    TeamCatalog teams() {
        return TeamCatalog.load();
    }

    @Produces
    @Singleton
    IndicatorCatalog indicators() {
        return IndicatorCatalog.load();
    }
}
