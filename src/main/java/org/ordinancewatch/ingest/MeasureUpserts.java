package org.ordinancewatch.ingest;

import static org.ordinancewatch.model.Columns.fit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;
import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.detect.TopicClassifier;
import org.ordinancewatch.infer.Inference;
import org.ordinancewatch.infer.KindGuess;
import org.ordinancewatch.infer.StatusRules;
import org.ordinancewatch.model.HistoryRowSeen;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureAlias;
import org.ordinancewatch.model.MeasureDetected;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.RejectedDetection;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;

/**
 * Stores legislative files and moves their status. Evidence older than a measure's current status never moves it
 * back; history read with a measure just found is its past, recorded without alerting anyone.
 */
@ApplicationScoped
class MeasureUpserts {

    private static final Logger LOG = Logger.getLogger(MeasureUpserts.class);

    private final TopicClassifier classifier;
    private final StatusRules rules;
    private final StatusHistory history;
    private final Event<MeasureDetected> detected;

    MeasureUpserts(TopicClassifier classifier, StatusRules rules, StatusHistory history,
            Event<MeasureDetected> detected) {
        this.classifier = classifier;
        this.rules = rules;
        this.history = history;
        this.detected = detected;
    }

    /** The stored measure, or null when the file is not tracked and is not worth tracking. */
    Measure upsert(IngestRun run, MeasureRecord rec) {
        boolean named = rec.identifier() != null && !rec.identifier().isBlank();
        Optional<Measure> existing = named
                ? known(run, rec.identifier()).or(() -> fromItemLink(run, rec.url()))
                : fromItemLink(run, rec.url());
        if (!named && existing.isEmpty()) {
            // A history that names no file (Legistar Web API) and no tracked item points at: nothing to update.
            LOG.debugf("history on %s belongs to no tracked measure; skipped", run.pageUrl);
            return null;
        }
        if (existing.isEmpty() && (!classifier.classify(rec.title() == null ? "" : rec.title()).relevant()
                || RejectedDetection.isRejected(run.jurisdiction, rec.identifier()))) {
            return null;
        }
        boolean created = existing.isEmpty();
        Measure m = existing.orElseGet(() -> create(run, rec.identifier(), rec.title(), rec.url(),
                rec.introducedOn() == null ? null : PartialDate.of(rec.introducedOn()), "file " + rec.identifier()));
        String platformStatus = fit(rec.statusText(), Measure.PLATFORM_STATUS_WIDTH);
        if (platformStatus != null && !Objects.equals(m.platformStatus, platformStatus)) {
            m.platformStatus = platformStatus;
        }
        if (m.sourceUrl == null && SafeUrl.httpOnly(rec.url()) != null) {
            m.sourceUrl = fit(SafeUrl.httpOnly(rec.url()), Measure.SOURCE_URL_WIDTH);
        }
        applyHistory(run, m, rec, created);
        if (created) {
            detected.fire(new MeasureDetected(m, null, run.news));
        }
        return m;
    }

    private void applyHistory(IngestRun run, Measure m, MeasureRecord rec, boolean created) {
        List<HistoryEntry> entries = rec.history();
        Set<String> seen = entries.isEmpty() ? new HashSet<>() : HistoryRowSeen.keysFor(m);
        // The history read with a measure just found (here, or first on an agenda) is its past, not news.
        boolean past = created || (m.origin == Measure.Origin.SCRAPED && seen.isEmpty());
        for (HistoryEntry e : entries) {
            String key = rowKey(e);
            if (!seen.add(key)) {
                continue;
            }
            Optional<Inference> inference = rules.infer(e.action(), e.result());
            if (inference.isPresent()) {
                moveIfNotOlder(run, m, inference.get(), e.date() == null ? null : PartialDate.of(e.date()), e.action(),
                        "History of " + m.identifier + (e.actionBy() == null ? "" : " (" + e.actionBy() + ")"),
                        run.evidence(rec.url()), past);
            }
            HistoryRowSeen.remember(m, key);
        }
        if (entries.isEmpty() && rec.statusText() != null && m.origin == Measure.Origin.SCRAPED) {
            rules.infer(rec.statusText(), null).ifPresent(inference -> moveIfNotOlder(run, m, inference,
                    rec.finalActionOn() == null ? null : PartialDate.of(rec.finalActionOn()), rec.statusText(),
                    "Status of " + rec.identifier() + " on the legislation list", run.evidence(rec.url()), created));
        }
    }

    /** The measure a file number belongs to: one a curator merged it into, else the measure it identifies. */
    Optional<Measure> known(IngestRun run, String fileNumber) {
        return MeasureAlias.measureFor(run.jurisdiction, fileNumber)
                .or(() -> Measure.findByIdentifier(run.jurisdiction, fileNumber));
    }

    /**
     * Some platforms (IQM2) identify an agenda item's file by an internal ID that differs from the number the
     * file's own page prints; the measure created from the item is then found by the page's URL instead.
     */
    private static Optional<Measure> fromItemLink(IngestRun run, String url) {
        if (url == null) {
            return Optional.empty();
        }
        return Measure.<Measure>find("jurisdiction = ?1 and sourceUrl = ?2 order by id", run.jurisdiction,
                fit(url, Measure.SOURCE_URL_WIDTH)).firstResultOptional();
    }

    Measure create(IngestRun run, String identifier, String title, String url, PartialDate on, String what) {
        Measure m = new Measure();
        m.slug = Slugs.uniqueMeasureSlug(run.jurisdiction.slug, identifier);
        m.jurisdiction = run.jurisdiction;
        m.identifier = fit(identifier, Measure.IDENTIFIER_WIDTH);
        m.title = fit(title, Measure.TITLE_WIDTH);
        m.kind = KindGuess.fromTitle(title);
        m.origin = Measure.Origin.SCRAPED;
        m.reviewState = ReviewState.UNREVIEWED;
        m.sourceUrl = fit(SafeUrl.httpOnly(url), Measure.SOURCE_URL_WIDTH);
        m.createdAt = run.now;
        m.updatedAt = run.now;
        history.recordNew(m, new StatusMove(Status.PROPOSED, on, "rule:new-file-detected", null,
                "Detected in " + what, run.evidence(url), run.snapshot));
        run.created++;
        run.moves++;
        LOG.infof("New measure detected in %s: %s %s", run.jurisdiction.slug, identifier, title);
        return m;
    }

    /**
     * Moves the status unless the evidence predates the status the measure already has; a move that is
     * the measure's past ({@code past}) is recorded without alerting anyone.
     */
    void moveIfNotOlder(IngestRun run, Measure m, Inference inference, PartialDate on, String action,
            String sourceLabel, String sourceUrl, boolean past) {
        if (inference.status() == null) {
            return;
        }
        if (m.statusOn != null && (on == null || on.compareTo(m.statusOn) < 0)) {
            return;
        }
        StatusMove move = new StatusMove(inference.status(), on, inference.reason(),
                fit(action, StatusChange.ACTION_TEXT_WIDTH), fit(sourceLabel, StatusChange.SOURCE_LABEL_WIDTH),
                fit(sourceUrl, StatusChange.SOURCE_URL_WIDTH), run.snapshot);
        (past ? history.fillIn(m, move) : history.move(m, move, run.news)).ifPresent(c -> run.moves++);
    }

    /** A history row by its content (date, body, action, result), so rows are applied once whatever their order. */
    private static String rowKey(HistoryEntry e) {
        String text = e.date() + "|" + e.actionBy() + "|" + e.action() + "|" + e.result();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
