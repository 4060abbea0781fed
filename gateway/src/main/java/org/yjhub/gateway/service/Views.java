package org.yjhub.gateway.service;

import org.yjhub.common.indicator.Rates;
import org.yjhub.common.reference.Regions;
import org.yjhub.gateway.domain.Pooled;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.service.AggregateModels.Figures;
import org.yjhub.gateway.service.AggregateModels.RegionFigures;

import java.math.BigDecimal;
import java.util.List;

/** Formatting the read views share: pooled figures, amounts as written, open actions. */
final class Views {

    private Views() {
    }

    static Figures figures(Pooled p) {
        return new Figures(Rates.display(p.rate()), plain(p.numerator()), plain(p.denominator()), p.teams(),
                p.syntheticTeams());
    }

    static RegionFigures regionFigures(String region, Pooled p) {
        return new RegionFigures(Regions.slug(region), region, Rates.display(p.rate()), plain(p.numerator()),
                plain(p.denominator()), p.teams(), p.syntheticTeams());
    }

    /** A count or amount as written: no trailing zeros, no exponent ({@code 19230}, {@code 0.8}). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Improvement-plan actions not COMPLETE across a team's inspections. */
    static int openActions(List<InspectionRow> inspections) {
        int open = 0;
        for (InspectionRow i : inspections) {
            open += i.openActions();
        }
        return open;
    }
}
