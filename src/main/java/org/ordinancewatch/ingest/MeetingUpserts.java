package org.ordinancewatch.ingest;

import static org.ordinancewatch.model.Columns.fit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingChanged;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;

/**
 * Finds or stores the meeting a page's agenda items belong to. A meeting is often seen on two pages: a listing and
 * its own detail page. The detail page wins where it says something; a listing only fills what is missing and
 * reports cancellations and postponements, so the two pages never overwrite each other back and forth. (A
 * cancellation is therefore only undone by a page that says the meeting is rescheduled or postponed; a curator can
 * correct the rare case.)
 */
@ApplicationScoped
class MeetingUpserts {

    private static final Pattern EVENT_ITEMS = Pattern.compile("/events/(\\d+)/eventitems");

    private final Event<MeetingChanged> meetingChanged;

    MeetingUpserts(Event<MeetingChanged> meetingChanged) {
        this.meetingChanged = meetingChanged;
    }

    /**
     * The stored meeting the agenda's items belong to. A listed meeting that names nothing to know it by (no id, body
     * or start) is placed like a page of items or, when it gives its address, like a document.
     *
     * @param linkedBy the stored key of the meeting whose record linked this page, or null
     */
    Meeting meetingFor(IngestRun run, ScrapedAgenda agenda, String linkedBy) {
        if (agenda instanceof ScrapedMeeting listed) {
            if (listed.namesItself()) {
                return upsert(run, listed);
            }
            return listed.url() == null ? meetingForItems(run)
                    : meetingForDocument(run, listed.url(), linkedBy, () -> upsert(run, listed));
        }
        if (agenda instanceof AgendaDocument document) {
            return meetingForDocument(run, document.url(), linkedBy, () -> upsert(run, MeetingKeys.of(document),
                    new MeetingFields(null, null, null, null, MeetingStatus.SCHEDULED, safeUrl(document.url()), null,
                            null, null),
                    document.url().equals(run.pageUrl)));
        }
        return meetingForItems(run);
    }

    /**
     * A document's items belong to the meeting whose record linked it, whichever of that meeting's links it was (a
     * listing often names its HTML agenda first and the PDF the crawl reads second); without that, to the meeting
     * whose agenda link is the document. Only a document no stored meeting links becomes a meeting of its own.
     */
    private Meeting meetingForDocument(IngestRun run, String documentUrl, String linkedBy, Supplier<Meeting> orElse) {
        Optional<Meeting> linking = linkedBy == null ? Optional.empty()
                : run.known.meeting(linkedBy);
        return linking.or(() -> Meeting.<Meeting>find("jurisdiction = ?1 and agendaUrl in ?2 order by id",
                run.jurisdiction, List.of(fit(documentUrl, Meeting.URL_WIDTH), fit(run.pageUrl, Meeting.URL_WIDTH)))
                .firstResultOptional())
                .orElseGet(orElse);
    }

    /** Items whose page names no meeting belong to the meeting of the page's address (a Legistar event's items). */
    private Meeting meetingForItems(IngestRun run) {
        Matcher m = EVENT_ITEMS.matcher(run.pageUrl);
        String key = m.find() ? "id:" + m.group(1) : "page:" + run.pageUrl;
        return run.known.meeting(key).orElseGet(() -> {
            Meeting meeting = new Meeting();
            meeting.jurisdiction = run.jurisdiction;
            meeting.sourceKey = key;
            meeting.status = MeetingStatus.SCHEDULED;
            meeting.url = run.pageUrl;
            meeting.snapshot = run.snapshot;
            meeting.firstSeenAt = run.now;
            meeting.updatedAt = run.now;
            meeting.persist();
            run.known.added(meeting);
            return meeting;
        });
    }

    private Meeting upsert(IngestRun run, ScrapedMeeting rec) {
        MeetingFields incoming = new MeetingFields(fit(rec.body(), Meeting.BODY_WIDTH),
                fit(rec.title(), Meeting.TITLE_WIDTH), rec.start(), fit(rec.location(), Meeting.LOCATION_WIDTH),
                statusOf(rec.status()), safeUrl(rec.url()), link(rec.links(), "agenda"), link(rec.links(), "minutes"),
                link(rec.links(), "video"));
        return upsert(run, MeetingKeys.of(rec), incoming, rec.url() != null && rec.url().equals(run.pageUrl));
    }

    /** @param ownPage the page being read is the meeting's own page, whose words win over a listing's */
    private Meeting upsert(IngestRun run, String key, MeetingFields incoming, boolean ownPage) {
        Optional<Meeting> existing = run.known.meeting(key);
        boolean authoritative = existing.isEmpty() || ownPage;
        Meeting m = existing.orElseGet(Meeting::new);
        MeetingStatus previousStatus = m.status;
        var previousStart = m.startAt;
        MeetingFields target = existing.isEmpty() ? incoming
                : authoritative ? incoming.overriding(MeetingFields.of(m)) : MeetingFields.of(m).filledFrom(incoming);
        if (existing.isPresent() && target.equals(MeetingFields.of(m))) {
            return m;
        }
        m.jurisdiction = run.jurisdiction;
        m.sourceKey = key;
        target.copyTo(m);
        m.snapshot = run.snapshot;
        m.updatedAt = run.now;
        if (existing.isEmpty()) {
            m.firstSeenAt = run.now;
            m.persist();
            run.known.added(m);
        } else if (previousStatus != m.status || !MeetingFields.sameInstant(previousStart, m.startAt)) {
            meetingChanged.fire(new MeetingChanged(m, previousStatus, previousStart, run.news));
        }
        return m;
    }

    /** The scraper's word for a meeting's state, as stored; a source that says nothing lists it as scheduled. */
    static MeetingStatus statusOf(ScrapedMeetingStatus said) {
        if (said == null) {
            return MeetingStatus.SCHEDULED;
        }
        return switch (said) {
            case SCHEDULED -> MeetingStatus.SCHEDULED;
            case CANCELLED -> MeetingStatus.CANCELLED;
            case POSTPONED -> MeetingStatus.POSTPONED;
            case RESCHEDULED -> MeetingStatus.RESCHEDULED;
            case HELD -> MeetingStatus.HELD;
        };
    }

    private static String link(List<Link> links, String kind) {
        return links.stream()
                .filter(l -> l.label() != null && l.label().toLowerCase(Locale.ROOT).contains(kind))
                .map(Link::url).map(SafeUrl::httpOnly).filter(Objects::nonNull).findFirst()
                .map(u -> fit(u, Meeting.URL_WIDTH)).orElse(null);
    }

    private static String safeUrl(String url) {
        return fit(SafeUrl.httpOnly(url), Meeting.URL_WIDTH);
    }
}
