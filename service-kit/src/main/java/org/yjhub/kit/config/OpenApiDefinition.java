package org.yjhub.kit.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI header shared by every service; each service's {@code mp.openapi.extensions.smallrye.info.title} names it. */
@OpenAPIDefinition(
        info = @Info(title = "YJ Hub API", version = "v1",
                description = """
                        Youth justice performance data for England and Wales: inspections, KPI returns, budgets \
                        and cross-team comparisons. Every /api/v1 operation needs a bearer JWT. Errors are \
                        application/problem+json (RFC 9457).""",
                license = @License(name = "Reference data: mySociety local authority codes, MIT")),
        security = @SecurityRequirement(name = "jwt"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "jwt",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")))
public class OpenApiDefinition extends Application {
}
