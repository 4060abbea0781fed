package org.yjhub.inspection.service;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An inspection record to create, or the full corrected record of an existing one. The dates are as written: a full
 * date ({@code 2021-08-10}) or, when only the month is known, a year-month ({@code 2021-08}); the domain reads them.
 */
public record InspectionInput(String team, String framework, String fieldworkStart, String fieldworkEnd,
                                String publishedOn, Map<String, String> ratings, Map<String, BigDecimal> scores,
                                String overall, String source, Boolean synthetic) {
}
