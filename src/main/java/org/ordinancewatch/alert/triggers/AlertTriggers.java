package org.ordinancewatch.alert.triggers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertContent;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Links;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.outbox.Texts;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Place;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Topic;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureDetected;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingChanged;
import org.ordinancewatch.model.StatusChange;
import org.ordinancewatch.model.StatusChanged;
import org.ordinancewatch.model.MeetingStatus;

/**
 * Turns model events into outbox rows. The observers are synchronous, so they run inside the
 * transaction of the change: if the change rolls back, so do its alerts, and vice versa. A status change or a
 * detection, which may concern any number of subscribers, writes one {@link FanOut} there, expanded into alerts
 * once the change is committed ({@link FanOuts}).
 * <p>
 * Scraped findings alert only when they are news: nothing found during a source's first successful run
 * (its backfill; each event says whether it is news) alerts, and an agenda item of a meeting that has already
 * started is not announced as new, nor is a change to such a meeting.
 */
@ApplicationScoped
public class AlertTriggers {

    private final AlertConfig config;
    private final SubscriptionMatcher matcher;
    private final Outbox outbox;
    private final FanOuts fanOuts;
    private final Links links;
    private final Clock clock;

    public AlertTriggers(AlertConfig config, SubscriptionMatcher matcher, Outbox outbox, FanOuts fanOuts, Links links,
            Clock clock) {
        this.config = config;
        this.matcher = matcher;
        this.outbox = outbox;
        this.fanOuts = fanOuts;
        this.links = links;
        this.clock = clock;
    }

    private boolean backfilling(boolean news) {
        return config.silentFirstRun() && !news;
    }

    void onStatusChanged(@Observes StatusChanged event) {
        if (backfilling(event.news())) {
            return;
        }
        StatusChange change = event.change();
        Measure m = change.measure;
        Jurisdiction j = m.jurisdiction;
        String headline = j.displayName() + ": " + m.title + " is now " + change.toStatus.label();
        AlertContent.Builder content = about(m, headline)
                .statuses(change.fromStatus == null ? null : change.fromStatus.label(), change.toStatus.label())
                .date(Texts.date(change.occurredOn))
                .action(change.actionText)
                .source(sourceLabel(change), change.sourceUrl != null ? change.sourceUrl : m.sourceUrl);
        withNextHearing(content, m, null);
        fanOuts.start(Topic.STATUS_CHANGES, Place.of(j, List.of(m)), AlertKind.STATUS_CHANGE, "status:" + change.id,
                content.build());
    }

    /**
     * A new relevant file, or a new relevant agenda item. The item may concern a measure already tracked
     * (alert people following that measure) or no file at all (alert by jurisdiction and region).
     */
    void onMeasureDetected(@Observes MeasureDetected event) {
        AgendaItem item = event.item();
        Measure m = event.measure() != null ? event.measure() : item == null ? null : item.measure;
        if ((m == null && item == null) || backfilling(event.news())) {
            return;
        }
        OffsetDateTime now = now();
        // A new file is news whenever it is found; an item alone is news only before its meeting.
        if (event.measure() == null && Texts.hasStarted(item.meeting, now)) {
            return;
        }
        Jurisdiction j = m != null ? m.jurisdiction : item.meeting.jurisdiction;
        AlertContent.Builder content;
        if (m != null) {
            content = about(m, "New in " + j.displayName() + ": " + (event.measure() != null ? m.title : item.title))
                    .statuses(null, m.status.label())
                    .date(Texts.date(m.statusOn))
                    .source(m.sourceUrl == null ? null : "The file on the council's site", m.sourceUrl);
            withNextHearing(content, m, item == null ? null : item.meeting);
        } else {
            content = AlertContent.builder("New on an agenda in " + j.displayName() + ": " + item.title)
                    .jurisdiction(j.displayName(), links.jurisdiction(j.slug));
        }
        if (item != null) {
            Meeting meeting = item.meeting;
            content.detail("On the agenda: " + item.title + (item.number == null ? "" : " (item " + item.number + ")"))
                    .meeting("On the agenda of", Texts.meeting(meeting), Texts.meetingLink(meeting))
                    .date(Texts.day(meeting));
            if (item.url != null) {
                content.source("The agenda item", item.url);
            } else if (m == null || m.sourceUrl == null) {
                content.source("The meeting's agenda", Texts.meetingLink(meeting));
            }
        }
        String eventKey = event.measure() != null ? "detected:" + m.id : "detected-item:" + item.id;
        fanOuts.start(Topic.DETECTIONS, Place.of(j, m == null ? List.of() : List.of(m)), AlertKind.DETECTED, eventKey,
                content.build());
    }

    /**
     * A hearing cancelled, postponed or moved. Its reminder for the old date is dropped if not sent yet (a
     * moved hearing gets a new one before its new date). The change is told to those it matters to: who
     * were already told about this meeting, and everyone in scope when the old date was within the
     * reminder window; a change months ahead is not worth an email of its own.
     */
    void onMeetingChanged(@Observes MeetingChanged event) {
        Meeting meeting = event.meeting();
        OffsetDateTime was = event.previousStart();
        boolean moved = !Objects.equals(instant(meeting.startAt), instant(was));
        boolean statusChanged = meeting.status != event.previousStatus();
        OffsetDateTime now = now();
        // Only a hearing that had a date still ahead is news; a corrected past meeting is not.
        if ((!moved && !statusChanged) || meeting.status == MeetingStatus.HELD || was == null || was.isBefore(now)
                || backfilling(event.news())) {
            return;
        }
        Alert.deletePending(config.environment(), Reminders.hearingKey(meeting.id, was));
        List<AgendaItem> items = AgendaItem.<AgendaItem>list("meeting = ?1 and relevant = true order by id", meeting);
        if (items.isEmpty()) {
            return;
        }
        List<Measure> measures = items.stream().map(i -> i.measure).filter(Objects::nonNull).distinct().toList();
        List<Subscription> matches = matcher.match(Topic.HEARINGS, meeting.jurisdiction, measures);
        boolean soon = !was.isAfter(now.plusDays(config.hearingDaysBefore()));
        AlertContent shared = null;
        String key = "hearing-change:" + meeting.id + ":" + meeting.status.wireName() + ":"
                + (meeting.startAt == null ? "tba" : meeting.startAt.toEpochSecond());
        for (Subscription s : matches) {
            if (!soon && !Alert.toldAboutMeeting(s.subscriber, meeting.id)) {
                continue;
            }
            if (shared == null) {
                shared = meetingChange(meeting, was, moved, items, measures);
            }
            outbox.add(s.subscriber, s, AlertKind.HEARING_CHANGED, key, shared.toBuilder().why(Texts.why(s)).build());
        }
    }

    private AlertContent meetingChange(Meeting meeting, OffsetDateTime was, boolean moved, List<AgendaItem> items,
            List<Measure> measures) {
        String body = meeting.body != null ? meeting.body : "Meeting";
        String wasText = Texts.when(was, meeting.jurisdiction.zone());
        boolean off = !Texts.isOn(meeting.status);
        String what = meeting.status == MeetingStatus.CANCELLED ? "cancelled"
                : off ? "postponed"
                : moved ? "moved to " + Texts.when(meeting.startAt, meeting.jurisdiction.zone()) : "back on";
        String headline = meeting.jurisdiction.displayName() + ": " + body + " hearing of " + wasText + " " + what;
        AlertContent.Builder content = AlertContent.builder(headline)
                .jurisdiction(meeting.jurisdiction.displayName(), links.jurisdiction(meeting.jurisdiction.slug))
                .detail("Items on the agenda: " + Texts.joined(items.stream().map(i -> i.title).toList()))
                .meeting(off ? "Meeting " + what : moved ? "Meeting moved" : "Meeting back on",
                        off ? Texts.meeting(meeting, was)
                                : Texts.meeting(meeting) + (moved ? " (was " + wasText + ")" : ""),
                        Texts.meetingLink(meeting));
        if (measures.size() == 1) {
            content.measure(measures.get(0).title, links.measure(measures.get(0).slug));
            withNextHearing(content, measures.get(0), meeting);
        }
        return content.build();
    }

    private AlertContent.Builder about(Measure m, String headline) {
        return AlertContent.builder(headline)
                .measure(m.title, links.measure(m.slug))
                .jurisdiction(m.jurisdiction.displayName(), links.jurisdiction(m.jurisdiction.slug));
    }

    /** The measure's next hearing, other than the meeting the alert is already about. */
    private void withNextHearing(AlertContent.Builder content, Measure m, Meeting other) {
        Optional<Meeting> next = Texts.nextHearing(m, now(), other);
        next.ifPresent(meeting -> content.hearing(Texts.meeting(meeting), Texts.meetingLink(meeting)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
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
