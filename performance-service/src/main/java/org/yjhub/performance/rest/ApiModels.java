package org.yjhub.performance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjhub.common.bounds.Bounds;
import org.yjhub.performance.domain.Amounts;
import org.yjhub.performance.domain.GroupRules;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.TargetRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The request and response bodies of the performance API (records; entities never leave the service). */
public final class ApiModels {

    /**
     * The largest rate a return can carry: a per-10,000 indicator's numerator at {@link Amounts#MAX} over the smallest
     * denominator (10^-6) times the largest multiplier (100,000), far above any real figure; the service checks a stated rate against the computed one.
     */
    static final String RATE_MAX = "1E23";

    private ApiModels() {
    }

    @Schema(name = "ReturnRequest", description = "A team's KPI return for a quarter: the full set of values (a new revision replaces "
            + "every value of the previous one).")
    public record ReturnRequest(
            @Schema(description = "One entry per indicator, each indicator at most once", required = true)
            @Size(max = ReturnRules.MAX_VALUES, message = Bounds.ITEMS_MESSAGE) List<@Valid ValueRequest> values,
            @Schema(description = "Where the figures come from (free text, at most 500 characters)",
                    examples = "Milton Keynes Youth Justice Plan 2019/20, table 3", pattern = Bounds.PLAIN_TEXT, maxLength = Bounds.SOURCE_LENGTH)
            String source,
            @Schema(description = "True for made-up data (demos, tests); default false") Boolean synthetic) {
    }

    @Schema(name = "ValueInput")
    public record ValueRequest(
            @Schema(description = "Indicator id from GET /api/v1/indicators", required = true, examples = "custody-rate",
                    maxLength = Bounds.CODE_LENGTH, pattern = Bounds.SLUG) String indicator,
            @Schema(description = "Non-negative, at most 6 decimals, at most 10^12", required = true, examples = "5",
                    minimum = "0", maximum = Amounts.MAX_TEXT) BigDecimal numerator,
            @Schema(description = "Above zero, at most 6 decimals, at most 10^12; for a percentage indicator not below the numerator",
                    required = true, examples = "19230", minimum = "0", exclusiveMinimum = true, maximum = Amounts.MAX_TEXT)
            BigDecimal denominator,
            @Schema(description = "Optional: the client's own rate; rejected (422) unless it equals numerator × multiplier ÷ "
                    + "denominator rounded to 2 decimals", examples = "0.26", minimum = "0", maximum = RATE_MAX) BigDecimal rate) {
    }

    @Schema(name = "Value")
    public record ValueView(
            String indicator,
            BigDecimal numerator,
            BigDecimal denominator,
            @Schema(description = "numerator × multiplier ÷ denominator, rounded to 2 decimals (half up) for display") BigDecimal rate,
            @Schema(description = "The same rate at full precision (20 significant digits), as carried by the event") BigDecimal rateExact) {
    }

    @Schema(name = "Return", description = "The latest revision of a team's return for a quarter")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReturnView(String team, String quarter, long revision, List<ValueView> values,
                             Instant submittedAt, String submittedBy, String source, boolean synthetic) {
    }

    @Schema(name = "ReturnRevision", description = "One revision of a return")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RevisionView(long revision, List<ValueView> values, Instant submittedAt, String submittedBy,
                               String source, boolean synthetic) {
    }

    @Schema(name = "TargetsRequest", description = "A team's targets for a financial year: the full set (a new revision replaces "
            + "every target of the previous one; an empty list withdraws them all)")
    public record TargetsRequest(@Schema(required = true) @Size(max = TargetRules.MAX_TARGETS, message = Bounds.ITEMS_MESSAGE)
                                 List<@Valid TargetRequest> targets) {
    }

    @Schema(name = "TargetInput")
    public record TargetRequest(
            @Schema(description = "Indicator id; not a context indicator (polarity NONE)", required = true, examples = "custody-rate",
                    maxLength = Bounds.CODE_LENGTH, pattern = Bounds.SLUG) String indicator,
            @Schema(description = "A rate in the indicator's unit (custody-rate 0.2 = 0.2 per 1,000); non-negative, at most 6 "
                    + "decimals, at most 100 for a percentage", required = true, examples = "0.2", minimum = "0",
                    maximum = Amounts.MAX_TEXT) BigDecimal value) {
    }

    @Schema(name = "Target")
    public record TargetView(String indicator, BigDecimal value) {
    }

    @Schema(name = "Targets", description = "The latest revision of a team's targets for a financial year")
    public record TargetsView(String team, String year, long revision, List<TargetView> targets, Instant setAt, String setBy) {
    }

    @Schema(name = "TargetsRevision")
    public record TargetsRevisionView(long revision, List<TargetView> targets, Instant setAt, String setBy) {
    }

    @Schema(name = "GroupRequest", description = "A named comparator group: the full definition (a new revision replaces the "
            + "previous one)")
    public record GroupRequest(
            @Schema(description = "Display name, at most 200 characters", required = true, pattern = Bounds.PLAIN_TEXT,
                    examples = "Thames Valley", maxLength = GroupRules.MAX_NAME_LENGTH)
            String name,
            @Schema(description = "What the group is for and how it was chosen, at most 2,000 characters",
                    pattern = Bounds.PLAIN_TEXT,
                    examples = "The nine youth offending teams of the Thames Valley police force area", maxLength = GroupRules.MAX_DESCRIPTION_LENGTH)
            String description,
            @Schema(description = "Codes of 2 to 200 distinct teams from GET /api/v1/teams, in any order (stored sorted)",
                    required = true, minItems = GroupRules.MIN_TEAMS, maxItems = GroupRules.MAX_TEAMS)
            List<@Size(max = Bounds.CODE_LENGTH, message = Bounds.LENGTH_MESSAGE)
                 @Pattern(regexp = Bounds.SLUG, message = Bounds.SLUG_MESSAGE) String> teams,
            @Schema(description = "Where the definition comes from (free text, at most 500 characters)",
                    pattern = Bounds.PLAIN_TEXT, examples = "Milton Keynes Youth Justice Plan 2019/20", maxLength = Bounds.SOURCE_LENGTH)
            String source) {
    }

    @Schema(name = "Group", description = "The latest revision of a named comparator group")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GroupView(
            @Schema(description = "Lower-case slug, at most 60 characters", examples = "thames-valley") String code,
            long revision, String name, String description,
            @Schema(description = "Member team codes, sorted") List<String> teams,
            String source, Instant definedAt, String definedBy) {
    }

    @Schema(name = "GroupRevision", description = "One revision of a comparator group")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GroupRevisionView(long revision, String name, String description,
                                    @Schema(description = "Member team codes, sorted") List<String> teams,
                                    String source, Instant definedAt, String definedBy) {
    }

    @Schema(name = "BulkResult", description = "What a bulk load stored")
    public record BulkResultView(
            @Schema(description = "Returns (team and quarter) that got a new revision") int returns,
            @Schema(description = "Values in those new revisions") int values,
            @Schema(description = "Returns in the file identical to their latest revision: nothing stored, no event") int unchanged) {
    }

    @Schema(name = "Indicator")
    public record IndicatorView(
            String id, String name, String unit,
            @Schema(description = "rate = numerator × multiplier ÷ denominator") BigDecimal multiplier,
            @Schema(enumeration = {"LOWER_IS_BETTER", "HIGHER_IS_BETTER", "NONE"},
                    description = "Which direction is better; NONE for a context indicator (never ranked, no target)") String polarity,
            @Schema(description = "Measurement window") String window,
            @Schema(description = "Version of the definition (definitions change, e.g. the 2023 KPIs)") String definitionVersion,
            @Schema(description = "What the numerator counts") String numerator,
            @Schema(description = "What the denominator counts") String denominator,
            @Schema(description = "True for a percentage (multiplier 100): the numerator cannot exceed the denominator") boolean percentage,
            @Schema(description = "False for a context indicator") boolean ranked,
            String source) {
    }
}
