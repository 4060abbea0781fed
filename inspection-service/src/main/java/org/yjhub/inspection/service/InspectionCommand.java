package org.yjhub.inspection.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** An inspection record to create, or the full corrected record of an existing one. */
public record InspectionCommand(String team, String framework, LocalDate fieldworkStart, LocalDate fieldworkEnd,
                                LocalDate publishedOn, Map<String, String> ratings, Map<String, BigDecimal> scores,
                                String overall, String source, Boolean synthetic) {
}
