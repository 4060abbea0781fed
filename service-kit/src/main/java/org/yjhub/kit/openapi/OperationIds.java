package org.yjhub.kit.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An operationId for an operation that declares none, read from its method and path the way a person would name it,
 * so that a generated client gets a usable method: {@code GET /api/v1/teams} is {@code listTeams}, {@code GET
 * /api/v1/teams/{team}} {@code getTeam}, {@code PUT /api/v1/teams/{team}/returns/{quarter}} {@code putReturn}, {@code
 * GET …/returns/{quarter}/revisions} {@code listReturnRevisions}, {@code POST /api/v1/returns/bulk}
 * {@code postBulkReturns}, {@code POST /api/v1/inspections} {@code createInspection}. An operation named in its
 * {@code @Operation} keeps its name.
 */
public final class OperationIds {

    private OperationIds() {
    }

    public static String derive(String method, String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.equals("api") && !segment.matches("v\\d+")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return method.toLowerCase(Locale.ROOT) + "Root";
        }
        String verb = method.toLowerCase(Locale.ROOT);
        int last = segments.size() - 1;
        String tail = segments.get(last);
        if (isParameter(tail)) {
            // one item of a collection: GET/PUT/PATCH/DELETE …/returns/{quarter} → getReturn
            String noun = last > 0 ? singular(segments.get(last - 1)) : "item";
            return verb + capital(noun);
        }
        String before = last > 0 ? segments.get(last - 1) : null;
        if (before != null && isParameter(before) && last > 1) {
            // a sub-collection of an item: GET …/returns/{quarter}/revisions → listReturnRevisions
            String owner = singular(segments.get(last - 2));
            return (verb.equals("get") ? "list" : verb) + capital(owner) + capital(camel(tail));
        }
        if (before != null) {
            // an action on a collection: POST /returns/bulk → postBulkReturns
            return verb + capital(camel(tail)) + capital(camel(before));
        }
        return switch (verb) {
            case "get" -> "list" + capital(camel(tail));
            case "post" -> "create" + capital(singular(tail));
            default -> verb + capital(camel(tail));
        };
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** teams → team, returns → return; a word that is not a plain plural (staffing, series, progress) is kept. */
    static String singular(String word) {
        String camel = camel(word);
        if (camel.endsWith("s") && !camel.endsWith("ss") && !camel.endsWith("ies") && !camel.endsWith("us")) {
            return camel.substring(0, camel.length() - 1);
        }
        return camel;
    }

    private static String camel(String segment) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : segment.toCharArray()) {
            if (c == '-' || c == '_' || c == '.') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
