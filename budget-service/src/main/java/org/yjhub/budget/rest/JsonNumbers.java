package org.yjhub.budget.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.yjhub.budget.domain.RawNumber;

/** Reads a JSON value into a {@link RawNumber} without judging it: the domain rules decide what is acceptable. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static RawNumber raw(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return RawNumber.ABSENT;
        }
        if (node.isNumber()) {
            return RawNumber.of(node.decimalValue());
        }
        if (node.isTextual()) {
            String text = node.asText();
            return RawNumber.notANumber("the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"");
        }
        if (node.isBoolean()) {
            return RawNumber.notANumber(node.asText());
        }
        if (node.isArray()) {
            return RawNumber.notANumber("an array");
        }
        if (node.isObject()) {
            return RawNumber.notANumber("an object");
        }
        return RawNumber.notANumber("a value of type " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
}
