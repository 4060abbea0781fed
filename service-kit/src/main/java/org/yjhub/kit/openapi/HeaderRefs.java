package org.yjhub.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Answers that name a header defined once, in {@code components/headers} (the rate-limit fields, CORS). */
final class HeaderRefs {

    static final String PREFIX = "#/components/headers/";

    private HeaderRefs() {
    }

    /** Refers {@code response} to the header component {@code name}, unless it is a reference or already names it. */
    static void refer(APIResponse response, String name) {
        if (response.getRef() == null && (response.getHeaders() == null || !response.getHeaders().containsKey(name))) {
            response.addHeader(name, OASFactory.createHeader().ref(PREFIX + name));
        }
    }
}
