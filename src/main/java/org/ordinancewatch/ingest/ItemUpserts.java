package org.ordinancewatch.ingest;

import static org.ordinancewatch.model.Columns.fit;

import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.detect.Match;
import org.ordinancewatch.detect.TopicClassifier;
import org.ordinancewatch.infer.StatusRules;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureDetected;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.RejectedDetection;
import org.ordinancewatch.record.ScrapedItem;

/**
 * Stores a meeting's agenda items. A new item is classified once; a relevant one is tied to the measure its file
 * number names (created when new), and its action moves that measure's status.
 */
@ApplicationScoped
class ItemUpserts {

    private final TopicClassifier classifier;
    private final StatusRules rules;
    private final MeasureUpserts measures;
    private final Event<MeasureDetected> detected;

    ItemUpserts(TopicClassifier classifier, StatusRules rules, MeasureUpserts measures,
            Event<MeasureDetected> detected) {
        this.classifier = classifier;
        this.rules = rules;
        this.measures = measures;
        this.detected = detected;
    }

    /** The stored item, or null when the record has no title to store. */
    AgendaItem upsert(IngestRun run, Meeting meeting, ScrapedItem rec) {
        if (rec.title() == null || rec.title().isBlank()) {
            return null;
        }
        run.items++;
        String key = ItemKeys.of(rec);
        Optional<AgendaItem> existing = find(run.known, meeting, rec, key);
        AgendaItem item = existing.orElseGet(AgendaItem::new);
        String action = fit(rec.action(), AgendaItem.ACTION_WIDTH);
        String result = fit(rec.result(), AgendaItem.RESULT_WIDTH);
        String title = fit(rec.title(), AgendaItem.TITLE_WIDTH);
        boolean actionChanged = !Objects.equals(item.action, action) || !Objects.equals(item.result, result);
        if (existing.isEmpty()) {
            Match match = classifier.classify(rec.title());
            item.meeting = meeting;
            item.itemKey = key;
            // A file a curator rejected is never proposed again, on any agenda.
            item.relevant = match.relevant() && !RejectedDetection.isRejected(run.jurisdiction, rec.file());
            item.matchedTerms = match.matchedTerms().isEmpty() ? null
                    : fit(String.join(", ", match.matchedTerms()), AgendaItem.MATCHED_TERMS_WIDTH);
            item.firstSeenAt = run.now;
        }
        if (item.relevant) {
            run.relevant++;
        }
        if (existing.isPresent() && !actionChanged && Objects.equals(item.title, title)) {
            return item;
        }
        item.number = fit(rec.number(), AgendaItem.NUMBER_WIDTH);
        item.fileNumber = fit(rec.file(), AgendaItem.FILE_NUMBER_WIDTH);
        item.title = title;
        item.action = action;
        item.result = result;
        item.url = fit(SafeUrl.httpOnly(rec.url()), AgendaItem.URL_WIDTH);
        if (existing.isEmpty()) {
            item.persist();
            run.known.keyed(item, null);
        }
        boolean newMeasure = item.relevant && trackMeasure(run, meeting, item, rec, existing.isEmpty(), actionChanged);
        if (existing.isEmpty()) {
            // After the item's own action, so the detection tells the status the new measure ends up with.
            detected.fire(new MeasureDetected(newMeasure ? item.measure : null, item, run.news));
        }
        return item;
    }

    /** Ties a relevant item to its file's measure and moves that by the item's action; true when the measure is new. */
    private boolean trackMeasure(IngestRun run, Meeting meeting, AgendaItem item, ScrapedItem rec, boolean newItem,
            boolean actionChanged) {
        boolean newMeasure = false;
        if (item.measure == null) {
            item.measure = measures.known(run, rec.file()).orElse(null);
            if (item.measure == null && rec.file() != null && !rec.file().isBlank()) {
                item.measure = measures.create(run, rec.file(), rec.title(), rec.url(), run.dayOf(meeting),
                        "agenda item " + rec.file());
                newMeasure = true;
            }
        }
        if (item.measure != null && (newItem || actionChanged) && rec.action() != null) {
            PartialDate on = run.dayOf(meeting);
            Measure measure = item.measure;
            boolean past = newMeasure;
            rules.infer(rec.action(), rec.result()).ifPresent(inference -> measures.moveIfNotOlder(run, measure,
                    inference, on, rec.action(), "Agenda of " + Objects.toString(meeting.body, "meeting")
                            + (on == null ? "" : " on " + on),
                    run.evidence(meeting.url), past));
        }
        return newMeasure;
    }

    /** The item under its key, or under the key the old format gave it (then re-keyed, so it is found directly next time). */
    private static Optional<AgendaItem> find(KnownRows known, Meeting meeting, ScrapedItem rec, String key) {
        return known.item(meeting, key).or(() -> ItemKeys.legacyOf(rec)
                .flatMap(legacy -> known.item(meeting, legacy))
                .map(item -> {
                    String legacy = item.itemKey;
                    item.itemKey = key;
                    known.keyed(item, legacy);
                    return item;
                }));
    }
}
