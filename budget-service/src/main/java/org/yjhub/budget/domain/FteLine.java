package org.yjhub.budget.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/** A checked FTE line; {@code fte} at scale 2. */
public record FteLine(String role, ContractType contractType, BigDecimal fte) {

    static final Comparator<FteLine> CANONICAL = Comparator.comparing(FteLine::role).thenComparing(FteLine::contractType)
            .thenComparing(FteLine::fte);

    String key() {
        return role.toLowerCase(Locale.ROOT) + "|" + contractType;
    }
}
