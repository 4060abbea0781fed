package org.yjhub.performance.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.common.text.PlainText;
import org.yjhub.kit.problem.FieldError;
import org.yjhub.kit.problem.ProblemException;
import org.yjhub.kit.revision.HeadLocks;
import org.yjhub.performance.domain.KpiReturn;
import org.yjhub.performance.domain.KpiValue;
import org.yjhub.performance.domain.RateDisagreement;
import org.yjhub.performance.domain.ReturnRules;
import org.yjhub.performance.domain.Violation;
import org.yjhub.performance.events.PerformanceEvents;
import org.yjhub.performance.repository.ReturnRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk loads of KPI values from CSV: every row is checked before anything is written, rows are grouped into one return
 * per (team, quarter), and each return becomes a new revision of that return (or stays as it is when identical) — all
 * in one transaction, with the same head locks, revisions and events as a single PUT.
 */
@ApplicationScoped
public class BulkService {

    private static final Logger LOG = Logger.getLogger(BulkService.class);

    /** A row's errors are listed in column order. */
    private static final List<String> COLUMN_ORDER = List.of("row", "team", "quarter", "indicator", "numerator", "denominator",
            "rate", "source", "synthetic");

    @Inject
    TeamCatalog teams;

    @Inject
    ReturnRules rules;

    @Inject
    Clock clock;

    @Inject
    HeadLocks heads;

    @Inject
    ReturnRepository returns;

    @Inject
    PerformanceEvents events;

    /**
     * @param returns   new revisions stored
     * @param values    values in those revisions
     * @param unchanged returns in the file identical to their latest revision (nothing stored for them)
     */
    public record Result(int returns, int values, int unchanged) {
    }

    /**
     * Loads a file in one transaction, allowed to run longer than the default minute (a 20 MB file holds ~400,000 rows).
     *
     * @param onlyTeam the one team the caller may load (an authority), or null for any team (admin)
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result load(String csv, String onlyTeam, String by) {
        long started = System.nanoTime();
        BulkCsv.Parsed parsed;
        try {
            parsed = BulkCsv.read(csv);
        } catch (BulkCsv.MalformedCsvException e) {
            String where = e.row() == 0 ? "the header row" : "data row " + e.row();
            throw new ProblemException(400, "bad-request", "Malformed request", "the body is not readable CSV at " + where
                    + ": " + e.getMessage() + ". Nothing was stored.",
                    List.of(e.row() == 0 ? FieldError.of(BulkCsv.HEADER, e.getMessage()) : FieldError.atRow(e.row(), "csv", e.getMessage())));
        }
        if (onlyTeam != null) {
            for (BulkCsv.Row row : parsed.rows()) {
                if (row.team() != null && !row.team().equals(onlyTeam)) {
                    throw ProblemException.forbidden("row " + row.number() + " is for team '" + PlainText.abbreviate(row.team())
                            + "'; an authority token for '" + onlyTeam + "' may only load its own team's rows. Nothing was stored.")
                            .with("row", row.number()).with("team", PlainText.abbreviate(row.team()));
                }
            }
        }
        List<Violation> violations = new ArrayList<>(parsed.violations());
        List<RateDisagreement> disagreements = new ArrayList<>();
        Map<HeadLocks.Key, BulkRows.ReturnRows> groups = new BulkRows(teams, rules, LocalDate.now(clock))
                .group(parsed.rows(), violations, disagreements);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.<Violation>comparingInt(v -> v.row() == null ? 0 : v.row())
                    .thenComparingInt(v -> COLUMN_ORDER.indexOf(v.field())));
            throw Problems.invalid("the file", violations, List.of());
        }
        Result result = store(groups, by);
        LOG.infof("bulk load by %s: %d rows, %d new revisions, %d unchanged in %d ms", by, parsed.rows().size(),
                result.returns(), result.unchanged(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private Result store(Map<HeadLocks.Key, BulkRows.ReturnRows> groups, String by) {
        Map<HeadLocks.Key, HeadLocks.Head> locked = heads.lock(ReturnRepository.HEADS, groups.keySet());
        Map<HeadLocks.Key, KpiReturn> current = returns.current(locked.values());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<KpiReturn> next = new ArrayList<>();
        Map<HeadLocks.Key, Long> revisions = new HashMap<>();
        int unchanged = 0;
        int values = 0;
        for (BulkRows.ReturnRows group : groups.values()) {
            HeadLocks.Head head = locked.get(group.key);
            List<KpiValue> sorted = rules.sorted(group.values);
            if (head.exists() && current.get(group.key).sameContent(sorted, group.source, group.synthetic)) {
                unchanged++;
                continue;
            }
            KpiReturn r = new KpiReturn(group.key.get(0), group.key.get(1), head.revision() + 1, sorted, now, by,
                    group.source, group.synthetic);
            next.add(r);
            revisions.put(group.key, r.revision());
            values += sorted.size();
        }
        returns.store(next);
        heads.advance(ReturnRepository.HEADS, revisions);
        events.returnsSubmitted(next);
        return new Result(next.size(), values, unchanged);
    }
}
