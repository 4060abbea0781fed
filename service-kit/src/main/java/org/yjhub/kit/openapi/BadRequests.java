package org.yjhub.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.yjhub.kit.http.EntityTags;
import org.yjhub.kit.http.UnexpectedBody;

import java.util.ArrayList;
import java.util.List;

/**
 * The 400 of an operation, written from what the operation takes rather than by each resource: a JSON body
 * ("malformed JSON or no body", as the kit's {@code Bodies} and JSON mappers answer) or, for an operation without one,
 * a body ({@link UnexpectedBody}), each parameter the kit parses
 * (marked with {@link #EXTENSION}, whose value words what is refused, e.g. the year of {@code TeamYear}), each
 * parameter whose schema gives bounds (Bean Validation's, answered by the kit's {@code Violations}) and the
 * conditional headers ("not * or a list of entity tags", as {@code EntityTags} answers). A 400 the operation declares
 * itself, for reasons of its own, is kept as it is; the bare "Bad Request" Quarkus adds to an operation with a body is
 * replaced. The marking extension is removed from the document.
 */
public final class BadRequests {

    /** The extension that marks a parameter the kit parses; its value words a value that does not parse. */
    public static final String EXTENSION = "x-yj-parsed";

    /** What Quarkus declares for an operation with a body (quarkus.smallrye-openapi.auto-add-bad-request-response). */
    private static final String QUARKUS_BAD_REQUEST = "Bad Request";

    private BadRequests() {
    }

    /** True when a parameter's schema gives it a bound Bean Validation enforces (length, pattern, range, values). */
    private static boolean bounded(Schema schema) {
        return schema != null && (schema.getMaxLength() != null || schema.getPattern() != null
                || schema.getMaximum() != null || schema.getMinimum() != null || schema.getMaxItems() != null);
    }

    /** Adds the operation's 400 if it declares none and takes anything that can be malformed. */
    static void add(Operation operation, boolean write) {
        List<String> reasons = new ArrayList<>();
        if (operation.getRequestBody() != null) {
            reasons.add("malformed JSON or no body");
        } else {
            reasons.add(UnexpectedBody.REASON);
        }
        List<String> headers = new ArrayList<>();
        List<String> bounded = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                boolean parsed = false;
                if (p.getExtensions() != null && p.getExtensions().get(EXTENSION) instanceof String refused) {
                    reasons.add(refused);
                    p.removeExtension(EXTENSION);
                    parsed = true;
                }
                boolean lenient = p.getExtensions() != null
                        && ConditionalResponses.CACHED.equals(p.getExtensions().get(ConditionalResponses.EXTENSION));
                if (p.getIn() == Parameter.In.HEADER && !lenient && (EntityTags.IF_MATCH.equalsIgnoreCase(p.getName())
                        || EntityTags.IF_NONE_MATCH.equalsIgnoreCase(p.getName()))) {
                    headers.add(p.getName());
                } else if (!parsed && bounded(p.getSchema())) {
                    bounded.add(p.getName());
                }
            }
        }
        if (!headers.isEmpty()) {
            reasons.add("an " + String.join(" or ", headers) + " that is not * or a list of quoted entity tags (a bare 2 "
                    + "is not one) or is too long");
        }
        if (!bounded.isEmpty()) {
            reasons.add(String.join(", ", bounded) + " outside the bounds " + (bounded.size() == 1 ? "its schema gives"
                    : "their schemas give") + " (the problem's errors name each)");
        }
        APIResponse declared = operation.getResponses().getAPIResponse("400");
        if (declared != null && !QUARKUS_BAD_REQUEST.equals(declared.getDescription())) {
            return;
        }
        String description = String.join("; ", reasons) + (write ? "; nothing stored" : "");
        operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                .description(Character.toUpperCase(description.charAt(0)) + description.substring(1)));
    }
}
