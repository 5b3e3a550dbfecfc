package org.ordinancewatch.alert;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ordinancewatch.alert.SubscriptionMatcher.Topic;
import org.ordinancewatch.ingest.Backfill;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureDetected;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingChanged;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusChanged;
import org.ordinancewatch.record.MeetingStatus;

/**
 * Turns model events into outbox rows. The observers are synchronous, so they run inside the
 * transaction of the change: if the change rolls back, so do its alerts, and vice versa.
 * <p>
 * Scraped findings alert only when they are news: nothing found during a source's first successful run
 * (its backfill, see {@link Backfill}) alerts, and an agenda item of a meeting that has already started is
 * not announced as new, nor is a change to such a meeting.
 */
@ApplicationScoped
public class AlertTriggers {

    private final AlertConfig config;
    private final SubscriptionMatcher matcher;
    private final Outbox outbox;
    private final Links links;
    private final Backfill backfill;
    private final Clock clock;

    public AlertTriggers(AlertConfig config, SubscriptionMatcher matcher, Outbox outbox, Links links, Backfill backfill,
            Clock clock) {
        this.config = config;
        this.matcher = matcher;
        this.outbox = outbox;
        this.links = links;
        this.backfill = backfill;
        this.clock = clock;
    }

    private boolean backfilling() {
        return config.silentFirstRun() && backfill.inProgress();
    }

    void onStatusChanged(@Observes StatusChanged event) {
        if (backfilling()) {
            return;
        }
        StatusChange change = event.change();
        Measure m = change.measure;
        Jurisdiction j = m.jurisdiction;
        List<Subscription> matches = matcher.match(Topic.STATUS_CHANGES, j, List.of(m));
        if (matches.isEmpty()) {
            return;
        }
        String headline = j.displayName() + ": " + m.title + " is now " + change.toStatus.label();
        AlertContent.Builder content = about(m, headline)
                .statuses(change.fromStatus == null ? null : change.fromStatus.label(), change.toStatus.label())
                .date(Texts.date(change.occurredOn))
                .action(change.actionText)
                .source(sourceLabel(change), change.sourceUrl != null ? change.sourceUrl : m.sourceUrl);
        withNextHearing(content, m);
        AlertContent shared = content.build();
        for (Subscription s : matches) {
            outbox.add(s.subscriber, s, AlertKind.STATUS_CHANGE, "status:" + change.id,
                    shared.toBuilder().why(Texts.why(s)).build());
        }
    }

    /**
     * A new relevant file, or a new relevant agenda item. The item may concern a measure already tracked
     * (alert people following that measure) or no file at all (alert by jurisdiction and region).
     */
    void onMeasureDetected(@Observes MeasureDetected event) {
        AgendaItem item = event.item();
        Measure m = event.measure() != null ? event.measure() : item == null ? null : item.measure;
        if ((m == null && item == null) || backfilling()) {
            return;
        }
        // A new file is news whenever it is found; an item alone is news only before its meeting.
        if (event.measure() == null && item.meeting.startAt != null && item.meeting.startAt.toInstant()
                .isBefore(clock.instant())) {
            return;
        }
        Jurisdiction j = m != null ? m.jurisdiction : item.meeting.jurisdiction;
        List<Subscription> matches = matcher.match(Topic.DETECTIONS, j, m == null ? List.of() : List.of(m));
        if (matches.isEmpty()) {
            return;
        }
        AlertContent.Builder content;
        if (m != null) {
            content = about(m, "New in " + j.displayName() + ": " + (event.measure() != null ? m.title : item.title))
                    .statuses(null, m.status.label())
                    .source(m.sourceUrl == null ? null : "The file on the council's site", m.sourceUrl);
        } else {
            content = AlertContent.builder("New on an agenda in " + j.displayName() + ": " + item.title)
                    .jurisdiction(j.displayName(), links.jurisdiction(j.slug));
        }
        if (item != null) {
            Meeting meeting = item.meeting;
            content.detail("On the agenda: " + item.title + (item.number == null ? "" : " (item " + item.number + ")"))
                    .hearing(Texts.meeting(meeting), Texts.meetingLink(meeting));
        } else {
            withNextHearing(content, m);
        }
        AlertContent shared = content.build();
        String eventKey = event.measure() != null ? "detected:" + m.id : "detected-item:" + item.id;
        for (Subscription s : matches) {
            outbox.add(s.subscriber, s, AlertKind.DETECTED, eventKey, shared.toBuilder().why(Texts.why(s)).build());
        }
    }

    void onMeetingChanged(@Observes MeetingChanged event) {
        Meeting meeting = event.meeting();
        boolean moved = !Objects.equals(instant(meeting.startAt), instant(event.previousStart()));
        boolean statusChanged = meeting.status != event.previousStatus();
        if ((!moved && !statusChanged) || meeting.status == MeetingStatus.HELD || backfilling()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // Only a hearing that had not happened yet is news; a corrected past meeting is not.
        if (event.previousStart() != null && event.previousStart().isBefore(now)) {
            return;
        }
        List<AgendaItem> items = AgendaItem.<AgendaItem>list("meeting = ?1 and relevant = true order by id", meeting);
        if (items.isEmpty()) {
            return;
        }
        List<Measure> measures = items.stream().map(i -> i.measure).filter(Objects::nonNull).distinct().toList();
        List<Subscription> matches = matcher.match(Topic.HEARINGS, meeting.jurisdiction, measures);
        if (matches.isEmpty()) {
            return;
        }
        String body = meeting.body != null ? meeting.body : "Meeting";
        String was = Texts.when(event.previousStart(), meeting.jurisdiction.zone());
        String what = switch (meeting.status) {
            case CANCELLED -> "cancelled";
            case POSTPONED -> "postponed";
            default -> "moved to " + Texts.when(meeting.startAt, meeting.jurisdiction.zone());
        };
        String headline = meeting.jurisdiction.displayName() + ": " + body + " hearing of " + was + " " + what;
        AlertContent.Builder content = AlertContent.builder(headline)
                .jurisdiction(meeting.jurisdiction.displayName(), links.jurisdiction(meeting.jurisdiction.slug))
                .detail("Items on the agenda: " + Texts.joined(items.stream().map(i -> i.title).toList()))
                .hearing(Texts.meeting(meeting) + " (" + meeting.status.wireName() + ")", Texts.meetingLink(meeting));
        if (measures.size() == 1) {
            content.measure(measures.get(0).title, links.measure(measures.get(0).slug));
        }
        String key = "hearing-change:" + meeting.id + ":" + meeting.status.wireName() + ":"
                + (meeting.startAt == null ? "tba" : meeting.startAt.toEpochSecond());
        AlertContent shared = content.build();
        for (Subscription s : matches) {
            outbox.add(s.subscriber, s, AlertKind.HEARING_CHANGED, key, shared.toBuilder().why(Texts.why(s)).build());
        }
    }

    private AlertContent.Builder about(Measure m, String headline) {
        return AlertContent.builder(headline)
                .measure(m.title, links.measure(m.slug))
                .jurisdiction(m.jurisdiction.displayName(), links.jurisdiction(m.jurisdiction.slug));
    }

    private void withNextHearing(AlertContent.Builder content, Measure m) {
        Optional<Meeting> next = Texts.nextHearing(m, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        next.ifPresent(meeting -> content.hearing(Texts.meeting(meeting), Texts.meetingLink(meeting)));
    }

    private static String sourceLabel(StatusChange change) {
        if (change.sourceLabel != null) {
            return change.sourceLabel;
        }
        return change.sourceUrl != null || change.measure.sourceUrl != null ? "Source" : null;
    }

    private static java.time.Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
