package org.yjhub.gateway.service;

import org.yjhub.gateway.service.AggregateModels.ComparisonRow;

import java.util.List;

/** A comparison's rows as CSV; {@link ComparisonCsvWriter} writes it. */
public record ComparisonCsv(List<ComparisonRow> rows) {
}
