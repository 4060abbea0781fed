package org.yjhub.gateway.readmodel;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.yjhub.common.indicator.Indicator;
import org.yjhub.common.indicator.IndicatorCatalog;
import org.yjhub.common.period.FinancialYear;
import org.yjhub.common.period.Quarter;
import org.yjhub.common.reference.Team;
import org.yjhub.common.reference.TeamCatalog;
import org.yjhub.gateway.domain.Areas;
import org.yjhub.gateway.domain.ComparatorGroup;
import org.yjhub.gateway.domain.Comparisons.Entry;
import org.yjhub.gateway.domain.StatisticsRules;
import org.yjhub.gateway.readmodel.Change.BudgetChange;
import org.yjhub.gateway.readmodel.Change.GroupChange;
import org.yjhub.gateway.readmodel.Change.InspectionChange;
import org.yjhub.gateway.readmodel.Change.ReturnChange;
import org.yjhub.gateway.readmodel.Change.StaffingChange;
import org.yjhub.gateway.readmodel.Change.TargetsChange;
import org.yjhub.gateway.repository.Rows.BudgetRow;
import org.yjhub.gateway.repository.Rows.InspectionRow;
import org.yjhub.gateway.repository.Rows.StaffingRow;
import org.yjhub.gateway.repository.Rows.TargetRow;
import org.yjhub.gateway.repository.Rows.ValueRow;
import org.yjhub.gateway.repository.ReadModelLoader;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory read model: loaded from the tables at start-up, then kept current by applying each change after its
 * transaction committed. Only what a change touches is recomputed (for a return, the comparisons of its quarter for
 * the indicators it has or had: at most one ranking of ~155 teams per indicator). Writers are serialised; readers take
 * the current immutable {@link Snapshot} without locking.
 * <p>
 * Memory keeps its own highest version per aggregate, so a change applied twice, or an older one applied after a
 * newer one (a rebuild running beside the live consumer), changes nothing.
 */
@ApplicationScoped
public class ReadModel {

    private static final Logger LOG = Logger.getLogger(ReadModel.class);

    /**
     * Newest first by publication date, or by fieldwork date for an inspection whose publication date is not known; an
     * inspection without any date last; then by id for a stable order.
     */
    static final Comparator<InspectionRow> NEWEST_FIRST = Comparator
            .comparing(InspectionRow::orderedBy, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
            .reversed().thenComparing(InspectionRow::id);

    @Inject
    ReadModelLoader loader;

    @Inject
    TeamCatalog teams;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    Areas areas;

    @Inject
    StatisticsRules rules;

    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, String> inspectionTeams = new HashMap<>();
    private volatile Snapshot snapshot = Snapshot.empty();

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The version memory holds for an aggregate, or 0 when none. */
    public synchronized long version(String aggregateType, String aggregateId) {
        return versions.getOrDefault(new Change.Meta(aggregateType, aggregateId, 0, null, null).key(), 0L);
    }

    /** Replaces the whole in-memory model with what the tables hold (start-up, after a rebuild). */
    public synchronized void reload() {
        long started = System.nanoTime();
        Map<String, Map<Quarter, List<Entry>>> grouped = new HashMap<>();
        ReadModelLoader.Stored stored = loader.loadAll(v -> {
            if (indicators.find(v.indicator()).isPresent()) {
                grouped.computeIfAbsent(v.indicator(), k -> new HashMap<>())
                        .computeIfAbsent(v.quarter(), k -> new ArrayList<>()).add(entry(v));
            }
        });
        versions.clear();
        versions.putAll(stored.versions());
        inspectionTeams.clear();
        Map<String, NavigableMap<Quarter, Comparison>> comparisons = new HashMap<>();
        grouped.forEach((id, byQuarter) -> {
            Indicator indicator = indicators.find(id).orElseThrow();
            NavigableMap<Quarter, Comparison> map = new TreeMap<>();
            byQuarter.forEach((quarter, entries) -> map.put(quarter, comparison(indicator, quarter, entries)));
            comparisons.put(id, Collections.unmodifiableNavigableMap(map));
        });

        Map<String, Map<FinancialYear, Map<String, BigDecimal>>> targets = new HashMap<>();
        for (TargetRow t : stored.targets()) {
            targets.computeIfAbsent(t.team(), k -> new HashMap<>())
                    .computeIfAbsent(t.year(), k -> new HashMap<>()).put(t.indicator(), t.value());
        }

        Map<String, List<InspectionRow>> inspections = new HashMap<>();
        for (InspectionRow i : stored.inspections()) {
            inspections.computeIfAbsent(i.team(), k -> new ArrayList<>()).add(i);
            inspectionTeams.put(i.id(), i.team());
        }
        inspections.replaceAll((team, list) -> list.stream().sorted(NEWEST_FIRST).toList());

        Map<String, NavigableMap<FinancialYear, BudgetRow>> budgets = new HashMap<>();
        for (BudgetRow b : stored.budgets()) {
            budgets.computeIfAbsent(b.team(), k -> new TreeMap<>()).put(b.year(), b);
        }
        Map<String, NavigableMap<FinancialYear, StaffingRow>> staffing = new HashMap<>();
        for (StaffingRow s : stored.staffing()) {
            staffing.computeIfAbsent(s.team(), k -> new TreeMap<>()).put(s.year(), s);
        }

        Map<String, ComparatorGroup> groups = new HashMap<>();
        stored.groups().forEach(g -> groups.put(g.code(), g));

        snapshot = new Snapshot(snapshot.version() + 1, stored.newestEventTime(), Collections.unmodifiableMap(comparisons),
                Collections.unmodifiableMap(targets), Collections.unmodifiableMap(inspections),
                Collections.unmodifiableMap(budgets), Collections.unmodifiableMap(staffing),
                SnapshotMaps.newestQuarter(comparisons), Collections.unmodifiableMap(groups));
        LOG.infof("read model loaded: %d aggregates, %d values, %d inspections, %d budgets in %d ms",
                versions.size(), stored.values(), stored.inspections().size(), stored.budgets().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Applies a committed change. Returns false (and changes nothing) when memory already holds this version or a
     * newer one of the aggregate.
     */
    public synchronized boolean apply(Change change) {
        Change.Meta meta = change.meta();
        Long held = versions.get(meta.key());
        if (held != null && held >= meta.version()) {
            return false;
        }
        versions.put(meta.key(), meta.version());
        Snapshot s = snapshot;
        Map<String, NavigableMap<Quarter, Comparison>> comparisons = s.comparisons();
        Map<String, Map<FinancialYear, Map<String, BigDecimal>>> targets = s.targets();
        Map<String, List<InspectionRow>> inspections = s.inspections();
        Map<String, NavigableMap<FinancialYear, BudgetRow>> budgets = s.budgets();
        Map<String, NavigableMap<FinancialYear, StaffingRow>> staffing = s.staffing();
        Quarter newest = s.newestQuarter();
        Map<String, ComparatorGroup> groups = s.groups();
        if (change instanceof ReturnChange r) {
            comparisons = withReturn(comparisons, r);
            newest = SnapshotMaps.newestQuarter(comparisons);
        } else if (change instanceof TargetsChange t) {
            targets = SnapshotMaps.withTargets(targets, t);
        } else if (change instanceof InspectionChange i) {
            inspections = withInspection(inspections, i.inspection());
        } else if (change instanceof BudgetChange b) {
            budgets = SnapshotMaps.withYear(budgets, b.budget().team(), b.budget().year(), b.budget());
        } else if (change instanceof StaffingChange st) {
            staffing = SnapshotMaps.withYear(staffing, st.staffing().team(), st.staffing().year(), st.staffing());
        } else if (change instanceof GroupChange g) {
            Map<String, ComparatorGroup> next = new HashMap<>(groups);
            next.put(g.group().code(), g.group());
            groups = Collections.unmodifiableMap(next);
        }
        Instant asOf = s.dataAsOf() == null || meta.time().isAfter(s.dataAsOf()) ? meta.time() : s.dataAsOf();
        snapshot = new Snapshot(s.version() + 1, asOf, comparisons, targets, inspections, budgets, staffing, newest,
                groups);
        return true;
    }

    private Map<String, NavigableMap<Quarter, Comparison>> withReturn(
            Map<String, NavigableMap<Quarter, Comparison>> current, ReturnChange r) {
        Map<String, ValueRow> values = new LinkedHashMap<>();
        for (ValueRow v : r.values()) {
            if (indicators.find(v.indicator()).isPresent()) {
                values.put(v.indicator(), v);
            }
        }
        Set<String> affected = new HashSet<>(values.keySet());
        current.forEach((indicator, byQuarter) -> {
            Comparison c = byQuarter.get(r.quarter());
            if (c != null && c.holds(r.team())) {
                affected.add(indicator);
            }
        });
        Map<String, NavigableMap<Quarter, Comparison>> next = new HashMap<>(current);
        for (String id : affected) {
            Indicator indicator = indicators.find(id).orElseThrow();
            NavigableMap<Quarter, Comparison> byQuarter = new TreeMap<>(current.getOrDefault(id, Collections.emptyNavigableMap()));
            Comparison old = byQuarter.get(r.quarter());
            List<Entry> entries = old == null ? new ArrayList<>() : old.entriesWithout(r.team());
            ValueRow value = values.get(id);
            if (value != null) {
                entries.add(entry(value));
            }
            if (entries.isEmpty()) {
                byQuarter.remove(r.quarter());
            } else {
                // computed here, on the consumer's thread, as the change is applied: the quarter just written is
                // the one about to be read, and its readers should not wait for its ranking
                byQuarter.put(r.quarter(), comparison(indicator, r.quarter(), entries).prepared());
            }
            if (byQuarter.isEmpty()) {
                next.remove(id);
            } else {
                next.put(id, Collections.unmodifiableNavigableMap(byQuarter));
            }
        }
        return Collections.unmodifiableMap(next);
    }

    private Map<String, List<InspectionRow>> withInspection(Map<String, List<InspectionRow>> current,
                                                            InspectionRow inspection) {
        Map<String, List<InspectionRow>> next = new HashMap<>(current);
        String previousTeam = inspectionTeams.put(inspection.id(), inspection.team());
        if (previousTeam != null && !previousTeam.equals(inspection.team())) {
            List<InspectionRow> remaining = without(next.getOrDefault(previousTeam, List.of()), inspection.id());
            if (remaining.isEmpty()) {
                next.remove(previousTeam);
            } else {
                next.put(previousTeam, remaining);
            }
        }
        List<InspectionRow> list = new ArrayList<>(without(next.getOrDefault(inspection.team(), List.of()), inspection.id()));
        list.add(inspection);
        list.sort(NEWEST_FIRST);
        next.put(inspection.team(), List.copyOf(list));
        return Collections.unmodifiableMap(next);
    }

    private static List<InspectionRow> without(List<InspectionRow> list, String id) {
        return list.stream().filter(i -> !i.id().equals(id)).toList();
    }

    /** A comparison with no values (a quarter nobody has reported yet): every area's figure empty. */
    public Comparison empty(Indicator indicator, Quarter quarter) {
        return comparison(indicator, quarter, List.of());
    }

    private Comparison comparison(Indicator indicator, Quarter quarter, List<Entry> entries) {
        return Comparison.of(indicator, quarter, entries, rules, areas.fixed());
    }

    private Entry entry(ValueRow v) {
        // the catalogue's code, so the tens of thousands of entries loaded at start share one string per team
        Team team = teams.find(v.team()).orElse(null);
        return new Entry(team == null ? v.team() : team.code(), team == null ? null : team.region(), v.numerator(),
                v.denominator(), v.rate(), v.synthetic());
    }
}
