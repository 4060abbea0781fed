package org.yjhub.inspection.service;

import java.util.List;

/** A new improvement-plan action of an inspection, every field as written (null when not given). */
public record ActionCommand(String recommendation, String reference, String section, String text, String owner,
                            List<String> owners, String due, String dueDate, List<String> refersTo, String status,
                            String progress) {
}
