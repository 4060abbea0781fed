package org.yjhub.performance.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.performance.domain.GroupRules;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.TargetRules;

/** The domain's rules over the service's reference data, one instance each (they are plain classes). */
public class RulesProducer {

    @Produces
    @Singleton
    ReturnRules returnRules(IndicatorCatalog catalog) {
        return new ReturnRules(catalog);
    }

    @Produces
    @Singleton
    TargetRules targetRules(IndicatorCatalog catalog) {
        return new TargetRules(catalog);
    }

    @Produces
    @Singleton
    GroupRules groupRules(TeamCatalog catalog) {
        return new GroupRules(catalog);
    }
}
