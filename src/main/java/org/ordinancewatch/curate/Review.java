package org.ordinancewatch.curate;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.ordinancewatch.access.Audit;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.DetectionRejected;
import org.ordinancewatch.model.FileNumbers;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureAlias;
import org.ordinancewatch.model.RejectedDetection;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;

/**
 * A curator's decisions on what the scrapers found: confirm, reject or merge a detected measure; confirm or reject a
 * status change a rule read from a council's words. Every decision is in the audit log under the curator's name.
 */
@ApplicationScoped
public class Review {

    private final StatusHistory history;
    private final Audit audit;
    private final Event<DetectionRejected> rejected;
    private final Clock clock;

    public Review(StatusHistory history, Audit audit, Event<DetectionRejected> rejected, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.rejected = rejected;
        this.clock = clock;
    }

    @Transactional
    public Measure confirmMeasure(long id, String curator) {
        Measure m = unreviewed(id);
        m.reviewState = ReviewState.CONFIRMED;
        m.updatedAt = clock.instant();
        StatusChange.update("reviewState = ?1, curator = ?2 where measure = ?3 and reviewState = ?4",
                ReviewState.CONFIRMED, curator, m, ReviewState.UNREVIEWED);
        audit.record(curator, "review.confirm-measure", "measure:" + m.slug, m.title);
        return m;
    }

    /**
     * The detection was wrong: the measure goes, its agenda items stay on their meetings as not relevant, the file
     * is remembered so no scrape proposes it again, and whoever was alerted about it is sent a correction.
     */
    @Transactional
    public void rejectMeasure(long id, String curator, String reason) {
        Measure m = unreviewed(id);
        String why = required(reason);
        if (m.identifier != null && !m.identifier.isBlank()
                && !RejectedDetection.isRejected(m.jurisdiction, m.identifier)) {
            RejectedDetection r = new RejectedDetection();
            r.jurisdiction = m.jurisdiction;
            r.fileNumber = FileNumbers.key(m.identifier);
            r.title = m.title.length() <= 500 ? m.title : m.title.substring(0, 500);
            r.reason = why;
            r.rejectedBy = curator;
            r.rejectedAt = clock.instant();
            r.persist();
        }
        AgendaItem.update("measure = null, relevant = false where measure = ?1", m);
        rejected.fire(new DetectionRejected("detected:" + m.id, m.title, m.jurisdiction, why));
        audit.record(curator, "review.reject-measure", "measure:" + m.slug,
                why + " (file " + m.identifier + ": " + m.title + ")");
        m.delete();
    }

    /** The detection is a measure already tracked: its agenda items and later scrapes of its file go to that one. */
    @Transactional
    public Measure mergeMeasure(long id, String targetSlug, String curator) {
        Measure m = unreviewed(id);
        Measure target = Measure.findBySlug(targetSlug == null ? "" : targetSlug.strip())
                .orElseThrow(() -> new IllegalArgumentException("No measure is tracked under '" + targetSlug + "'."));
        if (target.id.equals(m.id)) {
            throw new IllegalArgumentException("A measure cannot be merged into itself.");
        }
        if (!target.jurisdiction.id.equals(m.jurisdiction.id)) {
            throw new IllegalArgumentException("'" + target.slug + "' is in " + target.jurisdiction.displayName()
                    + ", not " + m.jurisdiction.displayName() + ".");
        }
        AgendaItem.update("measure = ?1 where measure = ?2", target, m);
        if (m.identifier != null && !m.identifier.isBlank()
                && MeasureAlias.measureFor(m.jurisdiction, m.identifier).isEmpty()) {
            MeasureAlias alias = new MeasureAlias();
            alias.jurisdiction = m.jurisdiction;
            alias.fileNumber = FileNumbers.key(m.identifier);
            alias.measure = target;
            alias.persist();
        }
        if (target.sourceUrl == null) {
            target.sourceUrl = m.sourceUrl;
        }
        target.updatedAt = clock.instant();
        audit.record(curator, "review.merge-measure", "measure:" + m.slug, "merged into " + target.slug);
        m.delete();
        return target;
    }

    @Transactional
    public StatusChange confirmChange(long id, String curator) {
        StatusChange c = unreviewedChange(id);
        c.reviewState = ReviewState.CONFIRMED;
        c.curator = curator;
        audit.record(curator, "review.confirm-change", "measure:" + c.measure.slug,
                describe(c) + (c.actionText == null ? "" : " (\"" + c.actionText + "\")"));
        return c;
    }

    /**
     * The rule misread the council's words. The change stays in the timeline, marked rejected; if it is still the
     * measure's status, the status moves back as a new recorded change, which alerts those who follow the measure.
     */
    @Transactional
    public StatusChange rejectChange(long id, String curator, String reason) {
        StatusChange c = unreviewedChange(id);
        String why = required(reason);
        if (c.fromStatus == null) {
            throw new IllegalArgumentException("This is the first status of a detected measure: review the measure.");
        }
        c.reviewState = ReviewState.REJECTED;
        c.curator = curator;
        Measure m = c.measure;
        if (m.status == c.toStatus) {
            List<StatusChange> timeline = StatusChange.timeline(m);
            int at = timeline.indexOf(c);
            StatusChange before = at > 0 ? timeline.get(at - 1) : null;
            history.move(m, new StatusMove(c.fromStatus, before == null ? null : before.occurredOn,
                    "curator:review", "Correction: " + why, "Reviewed by a curator", null))
                    .ifPresent(revert -> revert.curator = curator);
        }
        audit.record(curator, "review.reject-change", "measure:" + m.slug, why + " (" + describe(c) + ")");
        return c;
    }

    private static String describe(StatusChange c) {
        return (c.fromStatus == null ? "" : c.fromStatus.code() + " -> ") + c.toStatus.code();
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason: it is shown in the audit log and any correction.");
        }
        String r = reason.strip();
        return r.length() <= 1000 ? r : r.substring(0, 1000);
    }

    private static Measure unreviewed(long id) {
        Measure m = Measure.<Measure>findByIdOptional(id)
                .orElseThrow(() -> new IllegalArgumentException("That detection is no longer in the queue."));
        if (!m.isUnreviewed()) {
            throw new IllegalArgumentException("'" + m.slug + "' has already been reviewed.");
        }
        return m;
    }

    private static StatusChange unreviewedChange(long id) {
        StatusChange c = StatusChange.<StatusChange>findByIdOptional(id)
                .orElseThrow(() -> new IllegalArgumentException("That status change no longer exists."));
        if (!c.isUnreviewed()) {
            throw new IllegalArgumentException("That status change has already been reviewed.");
        }
        return c;
    }
}
