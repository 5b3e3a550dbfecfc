package org.ordinancewatch.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;


import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.web.query.HearingsQueries.Hearing;

/**
 * Hearings as an iCalendar file (RFC 5545) written with ical4j. Each meeting keeps one UID for life, derived from
 * its jurisdiction and the platform's own key, so a calendar that subscribed updates the event instead of adding
 * a copy. Times carry the jurisdiction's zone with its VTIMEZONE; a meeting known only by its date is an all-day
 * event, never a made-up midnight.
 */
final class HearingCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private HearingCalendar() {
    }

    static String write(String name, List<Hearing> hearings, String baseUrl, Instant now) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Ordinance Watch//Hearings//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        cal.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zones = new TreeSet<>();
        for (Hearing h : hearings) {
            Meeting m = h.meeting();
            ZonedDateTime start = MeetingTimes.localStart(m);
            VEvent event = MeetingTimes.dateOnly(m) ? new VEvent(start.toLocalDate(), summary(h))
                    : new VEvent(start, summary(h));
            if (!MeetingTimes.dateOnly(m)) {
                zones.add(start.getZone().getId());
            }
            event.add(new Uid(uid(m)));
            event.add(new DtStamp(now));
            event.add(cancelled(m.status) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            if (m.location != null && !m.location.isBlank()) {
                event.add(new Location(m.location));
            }
            String link = m.url != null ? m.url : m.agendaUrl;
            if (link != null && link.matches("https?://\\S+")) {
                event.add(new Url(java.net.URI.create(link)));
            }
            event.add(new Description(description(h, baseUrl)));
            cal.add(event);
        }
        for (String zone : zones) {
            var tz = ZONES.getTimeZone(zone);
            if (tz != null) {
                cal.add(tz.getVTimeZone());
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Postponed meetings will not happen at the time the calendar holds, so they are cancelled there too. */
    static boolean cancelled(MeetingStatus status) {
        return status == MeetingStatus.CANCELLED || status == MeetingStatus.POSTPONED;
    }

    static String uid(Meeting m) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((m.jurisdiction.slug + "\n" + m.sourceKey).getBytes(StandardCharsets.UTF_8));
            return "meeting-" + HexFormat.of().formatHex(digest, 0, 16) + "@ordinance-watch";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(Hearing h) {
        Meeting m = h.meeting();
        String body = m.body != null && !m.body.isBlank() ? m.body : m.title != null ? m.title : "Meeting";
        return body + " (" + m.jurisdiction.displayName() + ")";
    }

    private static String description(Hearing h, String baseUrl) {
        StringBuilder d = new StringBuilder("Face-recognition items on the agenda:\n");
        for (AgendaItem i : h.items()) {
            d.append("- ").append(i.fileNumber != null ? i.fileNumber + ": " : "").append(i.title);
            if (i.measure != null) {
                d.append(" (").append(baseUrl).append("/m/").append(i.measure.slug).append(")");
            }
            d.append('\n');
        }
        Meeting m = h.meeting();
        if (m.agendaUrl != null) {
            d.append("Agenda: ").append(m.agendaUrl).append('\n');
        }
        if (MeetingTimes.dateOnly(m)) {
            d.append("The source gives the date but not the time.\n");
        }
        d.append("Jurisdiction: ").append(baseUrl).append("/j/").append(m.jurisdiction.slug);
        return d.toString();
    }

}
