package org.ordinancewatch.ingest;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingStatus;

/** The fields of a stored meeting a page can say something about, and how two pages' words on them merge. */
record MeetingFields(String body, String title, OffsetDateTime start, String location, MeetingStatus status,
        String url, String agendaUrl, String minutesUrl, String videoUrl) {

    static MeetingFields of(Meeting m) {
        return new MeetingFields(m.body, m.title, m.startAt, m.location, m.status, m.url, m.agendaUrl, m.minutesUrl,
                m.videoUrl);
    }

    /**
     * The meeting's own page wins where it says something; it never erases what a listing said and
     * it does not carry (a topic, a link), and its clock-derived scheduled/held never undoes an explicit
     * cancellation, postponement or rescheduling.
     */
    MeetingFields overriding(MeetingFields stored) {
        boolean storedSignal = isSignal(stored.status);
        return new MeetingFields(or(body, stored.body), or(title, stored.title), start == null ? stored.start : start,
                or(location, stored.location), isSignal(status) || !storedSignal ? status : stored.status,
                or(url, stored.url), or(agendaUrl, stored.agendaUrl), or(minutesUrl, stored.minutesUrl),
                or(videoUrl, stored.videoUrl));
    }

    /** A listing only fills what is missing, and reports cancellations and postponements. */
    MeetingFields filledFrom(MeetingFields o) {
        return new MeetingFields(or(body, o.body), or(title, o.title), start == null ? o.start : start,
                or(location, o.location), isSignal(o.status) ? o.status : status, or(url, o.url),
                or(agendaUrl, o.agendaUrl), or(minutesUrl, o.minutesUrl), or(videoUrl, o.videoUrl));
    }

    private static boolean isSignal(MeetingStatus s) {
        return s == MeetingStatus.CANCELLED || s == MeetingStatus.POSTPONED || s == MeetingStatus.RESCHEDULED;
    }

    private static String or(String mine, String theirs) {
        return mine != null ? mine : theirs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingFields o && Objects.equals(body, o.body) && Objects.equals(title, o.title)
                && sameInstant(start, o.start) && Objects.equals(location, o.location) && status == o.status
                && Objects.equals(url, o.url) && Objects.equals(agendaUrl, o.agendaUrl)
                && Objects.equals(minutesUrl, o.minutesUrl) && Objects.equals(videoUrl, o.videoUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, title, location, status, url);
    }

    void copyTo(Meeting m) {
        m.body = body;
        m.title = title;
        if (!sameInstant(m.startAt, start)) {
            m.startAt = start;
        }
        m.location = location;
        m.status = status;
        m.url = url;
        m.agendaUrl = agendaUrl;
        m.minutesUrl = minutesUrl;
        m.videoUrl = videoUrl;
    }

    /** Two starts are the same when they are the same instant, whatever offset the database hands back. */
    static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.toInstant().equals(b.toInstant());
    }
}
