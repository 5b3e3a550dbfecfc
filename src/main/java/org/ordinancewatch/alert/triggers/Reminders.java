package org.ordinancewatch.alert.triggers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.AlertContent;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Links;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.outbox.Texts;
import org.ordinancewatch.alert.signup.Subscriptions;
import org.ordinancewatch.alert.subscriptions.RateLimiter;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Topic;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Meeting;

/**
 * Alerts about time rather than change: hearings coming up and sunsets approaching. Runs hourly on one
 * node of the cluster; event keys make a rerun (or a second node) write nothing twice.
 */
@ApplicationScoped
public class Reminders {

    private final AlertConfig config;
    private final SubscriptionMatcher matcher;
    private final Outbox outbox;
    private final Links links;
    private final Subscriptions subscriptions;
    private final RateLimiter rateLimiter;

    public Reminders(AlertConfig config, SubscriptionMatcher matcher, Outbox outbox, Links links,
            Subscriptions subscriptions, RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        this.config = config;
        this.matcher = matcher;
        this.outbox = outbox;
        this.links = links;
        this.subscriptions = subscriptions;
    }

    /** Hearing and sunset reminders due at {@code now}; expired unconfirmed requests and rate records purged. */
    public void runAll(Instant now) {
        hearings(now);
        sunsets(now);
        subscriptions.purgeUnconfirmed(now);
        rateLimiter.purgeExpired(now);
    }

    /** Reminds of meetings with a relevant item that start within the configured number of days. */
    @Transactional
    public int hearings(Instant now) {
        OffsetDateTime from = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        OffsetDateTime until = from.plusDays(config.hearingDaysBefore());
        int written = 0;
        for (Meeting meeting : Meeting.upcomingWithRelevantItems(from)) {
            if (meeting.startAt.isAfter(until) || !Texts.isOn(meeting.status)) {
                continue;
            }
            written += remind(meeting, now);
        }
        return written;
    }

    private int remind(Meeting meeting, Instant now) {
        List<AgendaItem> items = AgendaItem.<AgendaItem>list("meeting = ?1 and relevant = true order by id", meeting);
        List<Measure> measures = items.stream().map(i -> i.measure).filter(Objects::nonNull).distinct().toList();
        List<Subscription> matches = matcher.match(Topic.HEARINGS, meeting.jurisdiction, measures);
        long days = ChronoUnit.DAYS.between(now.atZone(meeting.jurisdiction.zone()).toLocalDate(),
                meeting.startAt.atZoneSameInstant(meeting.jurisdiction.zone()).toLocalDate());
        String body = meeting.body != null ? meeting.body : "Meeting";
        String headline = meeting.jurisdiction.displayName() + ": " + body + " hearing "
                + (days <= 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days");
        AlertContent.Builder content = AlertContent.builder(headline)
                .jurisdiction(meeting.jurisdiction.displayName(), links.jurisdiction(meeting.jurisdiction.slug))
                .hearing(Texts.meeting(meeting), Texts.meetingLink(meeting))
                .detail("On the agenda: " + Texts.joined(items.stream().map(i -> i.title).toList()));
        if (measures.size() == 1) {
            Measure m = measures.get(0);
            content.measure(m.title, links.measure(m.slug)).statuses(null, m.status.label());
        }
        AlertContent shared = content.build();
        String key = hearingKey(meeting.id, meeting.startAt);
        return outbox.addAll(matches, AlertKind.HEARING, key, shared);
    }

    /** The event key of the reminder of a meeting set for {@code start}: one per meeting and date. */
    static String hearingKey(long meetingId, OffsetDateTime start) {
        return "hearing:" + meetingId + ":" + start.toEpochSecond();
    }

    /**
     * Warns before a measure's sunset date, at the tightest configured mark reached (60, 30, 7 days):
     * after downtime a subscriber gets one warning, not three.
     */
    @Transactional
    public int sunsets(Instant now) {
        List<Integer> marks = config.sunsetDaysBefore().stream().sorted().toList();
        int written = 0;
        for (Measure m : Measure.withSunsetStillInEffect()) {
            LocalDate today = LocalDate.ofInstant(now, m.jurisdiction.zone());
            long days = ChronoUnit.DAYS.between(today, m.sunsetOn.latest());
            OptionalInt mark = marks.stream().mapToInt(Integer::intValue).filter(d -> days >= 0 && days <= d).findFirst();
            if (mark.isEmpty()) {
                continue;
            }
            List<Subscription> matches = matcher.match(Topic.SUNSETS, m.jurisdiction, List.of(m));
            String headline = m.jurisdiction.displayName() + ": " + m.title + " lapses in " + days + " day"
                    + (days == 1 ? "" : "s");
            AlertContent.Builder content = AlertContent.builder(headline)
                    .measure(m.title, links.measure(m.slug))
                    .jurisdiction(m.jurisdiction.displayName(), links.jurisdiction(m.jurisdiction.slug))
                    .statuses(null, m.status.label())
                    .date(Texts.date(m.sunsetOn))
                    .detail("The " + m.kind.label().toLowerCase() + " reaches its sunset date on "
                            + Texts.date(m.sunsetOn) + " unless it is extended or made permanent.")
                    .source(m.sourceUrl == null ? null : "The file on the council's site", m.sourceUrl);
            Texts.nextHearing(m, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .ifPresent(meeting -> content.hearing(Texts.meeting(meeting), Texts.meetingLink(meeting)));
            AlertContent shared = content.build();
            String key = "sunset:" + m.id + ":" + m.sunsetOn + ":" + mark.getAsInt();
            written += outbox.addAll(matches, AlertKind.SUNSET, key, shared);
        }
        return written;
    }
}
