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
                        and cross-team comparisons. Every /api/v1 operation needs a bearer JWT holding one of the \
                        roles authority, inspector, analyst or admin (see the jwt security scheme). Errors are \
                        application/problem+json (RFC 9457).

                        CORS: a browser page on another origin may call the API only if the deployment lists that \
                        origin (YJ_CORS_ORIGINS; none by default). Responses to it then carry \
                        Access-Control-Allow-Origin with that origin (never *), no credentials, and expose ETag, \
                        Location, X-Data-As-Of, Retry-After and WWW-Authenticate; any other cross-origin request \
                        is refused with 403.""",
                license = @License(name = "Reference data: mySociety local authority codes, MIT")),
        security = @SecurityRequirement(name = "jwt"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "jwt",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = OpenApiDefinition.JWT_RULES)))
public class OpenApiDefinition extends Application {

    /** How a token is verified, as RFC 8725 (JSON Web Token Best Current Practices) recommends. */
    static final String JWT_RULES = """
            A JWT (RFC 7519) from the deployment's identity provider, in Authorization: Bearer (never in a URL). It is \
            verified as RFC 8725 (JWT Best Current Practices) recommends. Algorithm: RS256 only; alg none, HMAC and \
            any other algorithm are refused, whatever the header says (3.1, 3.2). Key: the issuer's public key or \
            JWKS, chosen by kid; a new key in the JWKS is used at once, a withdrawn one is refused once the JWKS is \
            fetched again (3.5). Issuer: iss must equal the configured issuer (3.8). Audience: aud must include the \
            configured audience, yjhub by default, so a token the same provider issued for another application is \
            refused (3.9). Time: exp and iat are required; exp is checked with 60 s of clock skew, an iat more than \
            60 s in the future is refused, and exp - iat may not exceed the configured maximum lifetime (24 hours by \
            default). Type: one kind of token only, signed, never encrypted or nested (3.11, 3.12). Any of these \
            failing answers 401. Roles: groups must hold at least one of authority, inspector, analyst and admin \
            (403 otherwise); an authority token names its team in the team claim.""";
}
