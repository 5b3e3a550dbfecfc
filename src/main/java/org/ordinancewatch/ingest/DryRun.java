package org.ordinancewatch.ingest;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.source.SourceDefinition;

/**
 * What a scrape of one page would store, answered by the scrape's own ingest: the page is stored in a transaction
 * that is always rolled back, and what the ingest stored is read before the rollback. The answer therefore cannot
 * drift from what a scrape does (classification, rejected files, merged file numbers, status rules, evidence older
 * than a stored status), and nothing stays behind. Its events are marked as no news, as a backfill's are.
 */
@ApplicationScoped
public class DryRun {

    private final Ingestor ingestor;
    private final TransactionManager transactions;
    private final Clock clock;

    DryRun(Ingestor ingestor, TransactionManager transactions, Clock clock) {
        this.ingestor = ingestor;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An agenda item as a scrape would store it; an item with no title is not stored: not relevant, no terms. */
    public record StoredItem(boolean relevant, List<String> matchedTerms) {

        public static final StoredItem NONE = new StoredItem(false, List.of());
    }

    /**
     * A file as a scrape would store it.
     *
     * @param tracked whether a scrape tracks it (it was tracked already, or it is relevant and not rejected)
     * @param status  the status it would have afterwards, or null when it is not tracked
     */
    public record StoredMeasure(boolean tracked, Status status) {
    }

    /** In the parse's order: the items of each agenda, and each file. */
    public record Outcome(List<List<StoredItem>> items, List<StoredMeasure> measures) {
    }

    /**
     * @param jurisdiction the tracked jurisdiction the page belongs to, whose stored meetings and files the scrape
     *                     would meet; empty for a jurisdiction not tracked yet (a stand-in in {@code zone} is used)
     */
    public Outcome of(ParseResult result, String pageUrl, Optional<String> jurisdiction, ZoneId zone) {
        try {
            transactions.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the dry run's transaction", e);
        }
        try {
            Jurisdiction j = jurisdiction.flatMap(Jurisdiction::findBySlug).orElseGet(() -> standIn(zone));
            IngestRun run = new IngestRun(j, null, pageUrl, clock.instant(), false);
            return outcome(ingestor.store(run, new SourceDefinition.Bodies(List.of(), List.of()), null, result));
        } finally {
            try {
                transactions.rollback();
            } catch (SystemException | IllegalStateException e) {
                throw new IllegalStateException("cannot roll the dry run back", e);
            }
        }
    }

    private Jurisdiction standIn(ZoneId zone) {
        Jurisdiction j = new Jurisdiction();
        j.slug = "dry-run-" + UUID.randomUUID().toString().substring(0, 8);
        j.name = "Dry run";
        j.level = Level.CITY;
        j.country = "US";
        j.timezone = zone.getId();
        j.updatedAt = clock.instant();
        j.persist();
        return j;
    }

    private static Outcome outcome(Ingestor.Stored stored) {
        List<List<StoredItem>> items = new ArrayList<>();
        for (List<AgendaItem> agenda : stored.items()) {
            items.add(agenda.stream().map(DryRun::item).toList());
        }
        List<StoredMeasure> measures = stored.measures().stream()
                .map(m -> m == null ? new StoredMeasure(false, null) : new StoredMeasure(true, m.status)).toList();
        return new Outcome(items, measures);
    }

    private static StoredItem item(AgendaItem item) {
        if (item == null) {
            return StoredItem.NONE;
        }
        List<String> terms = item.matchedTerms == null ? List.of() : Arrays.asList(item.matchedTerms.split(", "));
        return new StoredItem(item.relevant, List.copyOf(terms));
    }
}
