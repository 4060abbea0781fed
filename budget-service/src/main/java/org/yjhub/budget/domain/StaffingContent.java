package org.yjhub.budget.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A team's checked staffing for a year with its computed totals. {@code statedTotalFte} agrees, or is null. */
public record StaffingContent(List<FteLine> fte, BigDecimal statedTotalFte, List<HeadcountLine> headcount, String source,
                              boolean synthetic) {

    public StaffingContent {
        fte = List.copyOf(fte);
        headcount = List.copyOf(headcount);
    }

    /** Σ FTE, 2 decimals. */
    public BigDecimal totalFte() {
        return fte.stream().map(FteLine::fte).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(Amounts.FTE_SCALE);
    }

    /** FTE per contract type, in the order of {@link ContractType}, only the types that occur. */
    public Map<ContractType, BigDecimal> fteByContractType() {
        Map<ContractType, BigDecimal> sums = new EnumMap<>(ContractType.class);
        fte.forEach(line -> sums.merge(line.contractType(), line.fte(), BigDecimal::add));
        sums.replaceAll((type, sum) -> sum.setScale(Amounts.FTE_SCALE));
        return sums;
    }

    /** People per dimension (gender, ethnicity, …) in the order the dimensions first appear. */
    public Map<String, Integer> headcountTotals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        headcount.forEach(line -> totals.merge(line.dimension(), line.count(), Integer::sum));
        return totals;
    }

    /** The same lines in any order, the same stated total, source and synthetic flag. */
    public boolean sameContentAs(StaffingContent other) {
        return other != null
                && fte.stream().sorted(FteLine.CANONICAL).toList().equals(other.fte.stream().sorted(FteLine.CANONICAL).toList())
                && headcount.stream().sorted(HeadcountLine.CANONICAL).toList()
                .equals(other.headcount.stream().sorted(HeadcountLine.CANONICAL).toList())
                && sameNumber(statedTotalFte, other.statedTotalFte)
                && Objects.equals(source, other.source)
                && synthetic == other.synthetic;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
