package org.yjhub.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * States the CORS policy in the document: every response declares {@code Access-Control-Allow-Origin}, referring to
 * one header component that says when it is sent (a configured origin only, none by default; never {@code *}). This is
 * what OWASP API8:2023 asks of a description (Spectral's {@code owasp:api8:2023-define-cors-origin}: every
 * {@code headers} map names it). Runs after the other filters (lowest priority), so the responses they add get it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = CorsPolicy.PRIORITY)
public class CorsPolicy implements OASFilter {

    /** Lower than every other filter's (the default is 1): it runs last. */
    static final int PRIORITY = -1000;
    public static final String HEADER = "Access-Control-Allow-Origin";
    static final String DESCRIPTION = "CORS. Sent only to a browser request whose Origin is one of the origins the "
            + "deployment allows (YJ_CORS_ORIGINS, exact origins; none by default), and then it is that origin, never *. "
            + "A cross-origin request from any other origin is refused (403) without it. No credentials (cookies) are "
            + "used: the bearer token is sent in Authorization. Same-origin pages and non-browser clients need nothing.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader(HEADER, header());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getOperations() != null) {
                    item.getOperations().values().forEach(operation -> {
                        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                            operation.getResponses().getAPIResponses().values().forEach(CorsPolicy::declare);
                        }
                    });
                }
            });
        }
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(CorsPolicy::declare);
        }
    }

    /** A response given by reference carries the header where it is defined, in components. */
    private static void declare(APIResponse response) {
        HeaderRefs.refer(response, HEADER);
    }

    static Header header() {
        return OASFactory.createHeader().description(DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048));
    }
}
