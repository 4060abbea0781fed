package org.yjhub.budget.domain;

/** One headcount line as sent: dimension (gender, ethnicity, …), category, optional role, number of people. */
public record HeadcountInput(String dimension, String category, String role, RawNumber count) {
}
