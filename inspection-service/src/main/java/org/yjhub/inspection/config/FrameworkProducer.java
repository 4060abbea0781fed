package org.yjhub.inspection.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.yjhub.inspection.domain.FrameworkCatalog;
import org.yjhub.inspection.repository.FrameworkFiles;

/** Loads the framework data files once, at start-up, so a broken file stops the service from starting. */
public class FrameworkProducer {

    @Produces
    @Singleton
    @Startup
    FrameworkCatalog frameworks() {
        return FrameworkFiles.bundled();
    }
}
