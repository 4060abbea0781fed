package org.yjhub.inspection.service;

/** A new improvement-plan action of an inspection. */
public record ActionCommand(String recommendation, String reference, String text, String owner, String due,
                            String status, String progress) {
}
