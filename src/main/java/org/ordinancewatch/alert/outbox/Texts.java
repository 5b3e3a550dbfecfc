package org.ordinancewatch.alert.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ordinancewatch.alert.subscriptions.Followed;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.MeetingStatus;

/** The words alerts are made of: dates, meetings, and what a subscription covers. */
public final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z",
            Locale.ENGLISH);

    private Texts() {
    }

    /** "14 May 2019", "Oct 2019" where only the month is known, null when unknown. */
    public static String date(PartialDate date) {
        if (date == null) {
            return null;
        }
        return date.isExact() ? DAY.format(date.earliest()) : MONTH.format(date.month());
    }

    /** "Tue 20 Jan 2026, 10:00 EST", in the jurisdiction's own zone. */
    public static String when(OffsetDateTime start, ZoneId zone) {
        return start == null ? "date to be announced" : MEETING.format(start.atZoneSameInstant(zone));
    }

    /** "City Council, Tue 20 Jan 2026, 10:00 EST, City Hall" */
    public static String meeting(Meeting m) {
        return meeting(m, m.startAt);
    }

    /** The meeting as it was set for {@code start} (a date it no longer has). */
    public static String meeting(Meeting m, OffsetDateTime start) {
        StringBuilder sb = new StringBuilder(m.body != null ? m.body : m.title != null ? m.title : "Meeting");
        sb.append(", ").append(when(start, m.jurisdiction.zone()));
        if (m.location != null && !m.location.isBlank()) {
            sb.append(", ").append(m.location);
        }
        return sb.toString();
    }

    public static String meetingLink(Meeting m) {
        return m.agendaUrl != null ? m.agendaUrl : m.url;
    }

    public static boolean isOn(MeetingStatus status) {
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.RESCHEDULED;
    }

    /** "20 Jan 2026": the day of a meeting in its jurisdiction, null when it has no date. */
    public static String day(Meeting m) {
        return m.startAt == null ? null : DAY.format(m.startAt.atZoneSameInstant(m.jurisdiction.zone()));
    }

    public static boolean hasStarted(Meeting m, OffsetDateTime now) {
        return m.startAt != null && m.startAt.isBefore(now);
    }

    /** The next scheduled meeting at which the measure is on the agenda, if any. */
    public static Optional<Meeting> nextHearing(Measure measure, OffsetDateTime now) {
        return nextHearing(measure, now, null);
    }

    /** The next hearing other than {@code other} (the meeting an alert is already about). */
    public static Optional<Meeting> nextHearing(Measure measure, OffsetDateTime now, Meeting other) {
        return AgendaItem.forMeasure(measure).stream()
                .map(i -> i.meeting)
                .filter(m -> m.startAt != null && !m.startAt.isBefore(now) && isOn(m.status))
                .filter(m -> other == null || !m.id.equals(other.id))
                .findFirst();
    }

    /** "Boston, MA", "the measure “Ban on face surveillance” (Boston, MA)", "region CA", "everything". */
    public static String scope(Subscription s) {
        return scope(Followed.of(s));
    }

    public static String scope(Followed f) {
        return switch (f.scope()) {
            case EVERYTHING -> "all tracked jurisdictions";
            case REGION -> "region " + f.target();
            case JURISDICTION -> Jurisdiction.findBySlug(f.target()).map(Jurisdiction::displayName).orElse(f.target());
            case MEASURE -> Measure.findBySlug(f.target())
                    .map(m -> "“" + m.title + "” (" + m.jurisdiction.displayName() + ")").orElse(f.target());
        };
    }

    /** Why this email came: the subscription that matched. */
    public static String why(Subscription s) {
        return "You get this because you follow " + scope(s) + " for " + s.kindsText() + " (" + s.cadence.label()
                .toLowerCase(Locale.ENGLISH) + ").";
    }

    public static String joined(List<String> parts) {
        return String.join("; ", parts);
    }
}
