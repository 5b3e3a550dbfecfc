package org.ordinancewatch.curate;

import static org.ordinancewatch.curate.CorrectionForm.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.access.Audit;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.model.SourceRef;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;

/**
 * Applies a curator's correction. A new status is a recorded status change carrying the curator's name, reason and
 * source; other fields are edits in the audit log. Every corrected field is marked curated, so the seed file does not
 * overwrite it on the next start, and the measure counts as reviewed.
 */
@ApplicationScoped
public class Corrections {

    /** Recorded as the reason of a curator's status change; the public reads "Corrected by a curator". */
    public static final String REASON = "curator:correction";

    private final StatusHistory history;
    private final Audit audit;
    private final Clock clock;

    public Corrections(StatusHistory history, Audit audit, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies a form whose {@link CorrectionForm#errors()} are empty; returns what changed, in words. */
    @Transactional
    public List<String> apply(String slug, CorrectionForm form, String curator) {
        if (!form.errors().isEmpty()) {
            throw new IllegalArgumentException("The correction has errors: " + form.errors());
        }
        Measure m = Measure.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("No measure is tracked under '" + slug + "'."));
        List<String> changes = new ArrayList<>();
        String label = blankToNull(form.sourceLabel());
        String url = blankToNull(form.sourceUrl());
        Status status = Status.fromCode(form.status());
        PartialDate statusOn = PartialDate.parse(form.statusOn());
        if (status != m.status) {
            Status was = m.status;
            history.move(m, new StatusMove(status, statusOn, REASON, form.reason().strip(),
                    label != null ? label : url, url)).ifPresent(c -> c.curator = curator);
            m.markCurated("status");
            changes.add("status: " + was.code() + " -> " + status.code());
        } else {
            PartialDate was = m.statusOn;
            if (history.redate(m, statusOn)) {
                changes.add("status date: " + was + " -> " + statusOn);
                m.markCurated("status");
            }
        }
        edit(m, changes, "decided_on", m.decidedOn, PartialDate.parse(form.decidedOn()), v -> m.decidedOn = v);
        edit(m, changes, "effective_on", m.effectiveOn, PartialDate.parse(form.effectiveOn()), v -> m.effectiveOn = v);
        edit(m, changes, "sunset_on", m.sunsetOn, PartialDate.parse(form.sunsetOn()), v -> m.sunsetOn = v);
        edit(m, changes, "kind", m.kind, MeasureKind.fromCode(form.kind()), v -> m.kind = v);
        edit(m, changes, "scope", m.scope, blankToNull(form.scope()), v -> m.scope = v);
        edit(m, changes, "vote", m.vote, blankToNull(form.vote()), v -> m.vote = v);
        addSource(m, changes, label, url);
        link(m, changes, form);
        m.reviewState = ReviewState.CONFIRMED;
        m.updatedAt = clock.instant();
        audit.record(curator, "correct", "measure:" + m.slug, form.reason().strip() + " | "
                + (changes.isEmpty() ? "no field changed" : String.join("; ", changes))
                + " | source: " + (label == null ? "" : label) + (url == null ? "" : " <" + url + ">"));
        return changes;
    }

    private static <T> void edit(Measure m, List<String> changes, String field, T was, T now,
            java.util.function.Consumer<T> set) {
        if (!Objects.equals(was, now)) {
            set.accept(now);
            m.markCurated(field);
            changes.add(field + ": " + show(was) + " -> " + show(now));
        }
    }

    private static String show(Object value) {
        return value == null ? "none" : value instanceof MeasureKind k ? k.code() : value.toString();
    }

    private static void addSource(Measure m, List<String> changes, String label, String url) {
        boolean known = m.sources.stream().anyMatch(s -> url != null ? url.equals(s.url) : Objects.equals(label, s.label));
        if (known) {
            return;
        }
        m.sources.add(new SourceRef(m, m.sources.size(), label != null ? label : url, url));
        m.markCurated("sources");
        changes.add("source added: " + (label != null ? label : url));
    }

    private static void link(Measure m, List<String> changes, CorrectionForm form) {
        if (blankToNull(form.relatedSlug()) == null) {
            return;
        }
        Measure other = Measure.findBySlug(form.relatedSlug().strip()).orElseThrow(
                () -> new IllegalArgumentException("No measure is tracked under '" + form.relatedSlug() + "'."));
        if (other.id.equals(m.id)) {
            throw new IllegalArgumentException("A measure cannot be related to itself.");
        }
        Relation relation = Relation.fromCode(form.relation());
        if (MeasureLink.count("fromMeasure = ?1 and toMeasure = ?2 and relation = ?3", m, other, relation) == 0) {
            MeasureLink l = new MeasureLink();
            l.fromMeasure = m;
            l.toMeasure = other;
            l.relation = relation;
            l.persist();
            changes.add("link: " + relation.verb() + " " + other.slug);
        }
    }
}
