package org.yjhub.kit.openapi;

import io.quarkus.arc.Unremovable;
import io.quarkus.smallrye.openapi.runtime.LazyOpenApiDocumentService;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Every service serves its OpenAPI document prepared on the first request ({@link LazyOpenApiDocumentService}). */
public class OpenApiDocuments {

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    @Unremovable
    OpenApiDocumentService lazy() {
        return new LazyOpenApiDocumentService();
    }
}
