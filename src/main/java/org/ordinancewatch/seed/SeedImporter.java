package org.ordinancewatch.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.SourceRef;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;
import org.ordinancewatch.seed.MeasureRow.LinkCell;
import org.ordinancewatch.seed.MeasureRow.SourceCell;

/**
 * Applies validated seed rows in one transaction. Idempotent: a row whose fingerprint matches the one
 * last applied is skipped, so restarts write nothing and statuses moved since by scrapers or rules
 * stay as they are until a curator edits that row.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    private final StatusHistory history;
    private final Clock clock;

    public SeedImporter(StatusHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public record Report(int jurisdictionsCreated, int jurisdictionsUpdated, int measuresCreated,
            int measuresUpdated, int measuresUnchanged, int statusChanges) {
    }

    @Transactional
    public Report apply(SeedData data) {
        Instant now = clock.instant();
        int[] j = new int[2];
        // Everything the rows name is read up front, in two statements: a query per row also flushed the session
        // each time, dirty-checking every entity loaded so far, and made an unchanged seed cost a second at start-up.
        Map<String, Jurisdiction> stored = Jurisdiction.bySlugs(
                data.jurisdictions().stream().map(JurisdictionRow::slug).toList());
        Map<String, Measure> storedMeasures = Measure.bySlugs(data.measures().stream().map(MeasureRow::slug).toList());
        Map<String, Jurisdiction> jurisdictions = new HashMap<>();
        for (JurisdictionRow row : data.jurisdictions()) {
            Jurisdiction existing = stored.get(row.slug());
            Jurisdiction target = existing == null ? new Jurisdiction() : existing;
            if (existing != null && existing.curated) {
                jurisdictions.put(row.slug(), existing);
                continue;
            }
            boolean changed = copy(row, target);
            if (existing == null) {
                target.updatedAt = now;
                target.persist();
                j[0]++;
            } else if (changed) {
                target.updatedAt = now;
                j[1]++;
            }
            jurisdictions.put(row.slug(), target);
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int moves = 0;
        Map<String, Measure> measures = new HashMap<>();
        List<MeasureRow> applied = new ArrayList<>();
        for (MeasureRow row : data.measures()) {
            Measure existing = storedMeasures.get(row.slug());
            if (existing != null && row.fingerprint().equals(existing.seedHash)) {
                unchanged++;
                measures.put(row.slug(), existing);
                continue;
            }
            Measure measure = existing == null ? new Measure() : existing;
            CuratedValues curated = existing == null ? null : CuratedValues.of(existing);
            copy(row, measure, jurisdictions.get(row.jurisdiction()));
            if (curated != null) {
                curated.restore(measure);
            }
            measure.updatedAt = now;
            SourceCell evidence = evidence(row);
            StatusMove move = new StatusMove(row.status(), statusDate(row), "curator:" + row.origin(), null,
                    evidence == null ? null : evidence.label(), evidence == null ? null : evidence.url());
            if (existing == null) {
                List<StatusMove> stages = stages(row, move);
                measure.origin = Measure.Origin.SEED;
                measure.createdAt = now;
                history.recordNew(measure, stages.get(0));
                for (StatusMove stage : stages.subList(1, stages.size())) {
                    history.recordPast(measure, stage);
                }
                created++;
                moves += stages.size();
            } else {
                if (existing.isCurated("status")) {
                    LOG.infof("%s: status corrected by a curator; the seed row's status is not applied", row.origin());
                } else if (row.status() != existing.seedStatus && history.move(measure, move).isPresent()) {
                    moves++;
                } else if (measure.status == row.status()) {
                    history.redate(measure, move.occurredOn());
                }
                updated++;
            }
            measure.seedStatus = row.status();
            measures.put(row.slug(), measure);
            applied.add(row);
        }
        for (MeasureRow row : applied) {
            linkMeasures(measures.get(row.slug()), row.links(), measures);
        }
        Report report = new Report(j[0], j[1], created, updated, unchanged, moves);
        LOG.infof("Seed applied: %s", report);
        return report;
    }

    /**
     * The stages a new row's dates record, ending in its status: a measure decided on one day and in force
     * from a later one was {@code passed} in between; one that expired, was repealed or was weakened was in
     * force before. Each stage names the column its date comes from.
     */
    static List<StatusMove> stages(MeasureRow row, StatusMove last) {
        List<StatusMove> stages = new ArrayList<>();
        PartialDate decided = row.decidedOn();
        PartialDate effective = row.effectiveOn();
        boolean laterEffect = decided != null && effective != null && effective.compareTo(decided) > 0;
        Status status = row.status();
        boolean endedOrChanged = status == Status.EXPIRED || status == Status.REPEALED || status == Status.WEAKENED;
        if ((status == Status.IN_FORCE || endedOrChanged) && laterEffect) {
            stages.add(stage(row, last, Status.PASSED, decided, "decided_on"));
        }
        if (endedOrChanged && (decided != null || effective != null)) {
            stages.add(stage(row, last, Status.IN_FORCE, effective != null ? effective : decided,
                    effective != null ? "effective_on" : "decided_on"));
        }
        stages.removeIf(s -> last.occurredOn() != null && s.occurredOn().compareTo(last.occurredOn()) > 0);
        stages.add(last);
        return stages;
    }

    private static StatusMove stage(MeasureRow row, StatusMove last, Status status, PartialDate on, String column) {
        return new StatusMove(status, on, last.reason() + " (" + column + ")", null, last.sourceLabel(),
                last.sourceUrl());
    }

    /** The date the row's status took hold: given explicitly, or the date that status implies. */
    static PartialDate statusDate(MeasureRow row) {
        if (row.statusOn() != null) {
            return row.statusOn();
        }
        return switch (row.status()) {
            case IN_FORCE -> row.effectiveOn() != null ? row.effectiveOn() : row.decidedOn();
            case PASSED, FAILED, VETOED, WITHDRAWN -> row.decidedOn();
            case EXPIRED -> row.sunsetOn();
            default -> null;
        };
    }

    /** The source a curated status change cites: the first one with a link, else the first one named. */
    private static SourceCell evidence(MeasureRow row) {
        return row.sources().stream().filter(s -> s.url() != null).findFirst()
                .orElse(row.sources().isEmpty() ? null : row.sources().get(0));
    }

    private static boolean copy(JurisdictionRow row, Jurisdiction j) {
        boolean changed = !Objects.equals(j.name, row.name()) || j.level != row.level()
                || !Objects.equals(j.region, row.region()) || !Objects.equals(j.country, row.country())
                || !Objects.equals(j.latitude, row.latitude()) || !Objects.equals(j.longitude, row.longitude())
                || !Objects.equals(j.timezone, row.timezone());
        j.slug = row.slug();
        j.name = row.name();
        j.level = row.level();
        j.region = row.region();
        j.country = row.country();
        j.latitude = row.latitude();
        j.longitude = row.longitude();
        j.timezone = row.timezone();
        return changed;
    }

    private static void copy(MeasureRow row, Measure m, Jurisdiction jurisdiction) {
        m.slug = row.slug();
        m.jurisdiction = jurisdiction;
        m.identifier = row.identifier();
        m.title = row.title();
        m.kind = row.kind();
        m.scope = row.scope();
        m.decidedOn = row.decidedOn();
        m.effectiveOn = row.effectiveOn();
        m.sunsetOn = row.sunsetOn();
        m.vote = row.vote();
        m.relatedNote = row.related();
        m.notes = row.notes();
        m.seedHash = row.fingerprint();
        m.replaceSources(row.sources().stream().map(s -> new SourceRef(m, 0, s.label(), s.url(), s.official())).toList());
    }

    private static void linkMeasures(Measure from, List<LinkCell> links, Map<String, Measure> measures) {
        List<MeasureLink> existing = MeasureLink.from(from);
        for (LinkCell cell : links) {
            Measure to = measures.get(cell.measure());
            boolean present = existing.stream().anyMatch(l -> l.toMeasure.id.equals(to.id) && l.relation == cell.relation());
            if (!present) {
                MeasureLink link = new MeasureLink();
                link.fromMeasure = from;
                link.toMeasure = to;
                link.relation = cell.relation();
                link.persist();
            }
        }
        for (MeasureLink link : existing) {
            boolean wanted = links.stream()
                    .anyMatch(c -> c.relation() == link.relation && c.measure().equals(link.toMeasure.slug));
            if (!wanted) {
                link.delete();
            }
        }
    }

}
