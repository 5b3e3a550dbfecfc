package org.ordinancewatch.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.ordinancewatch.detect.Match;
import org.ordinancewatch.detect.TopicClassifier;
import org.ordinancewatch.infer.Inference;
import org.ordinancewatch.infer.KindGuess;
import org.ordinancewatch.infer.StatusRules;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.HistoryRowSeen;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureAlias;
import org.ordinancewatch.model.RejectedDetection;
import org.ordinancewatch.model.ReviewState;
import org.ordinancewatch.model.MeasureDetected;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingChanged;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Snapshot;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.source.SourceDefinition;

/**
 * Turns one parsed page into stored meetings, items, measures and status changes, in one transaction.
 * Idempotent: values equal to what is stored are not written again, so an unchanged page changes
 * nothing. Evidence older than a measure's current status never moves it back.
 */
@ApplicationScoped
public class Ingestor {

    private static final Logger LOG = Logger.getLogger(Ingestor.class);
    private static final Pattern EVENT_ITEMS = Pattern.compile("/events/(\\d+)/eventitems");

    private final TopicClassifier classifier;
    private final StatusRules rules;
    private final StatusHistory history;
    private final Event<MeasureDetected> detected;
    private final Event<MeetingChanged> meetingChanged;
    private final Clock clock;

    public Ingestor(TopicClassifier classifier, StatusRules rules, StatusHistory history,
            Event<MeasureDetected> detected, Event<MeetingChanged> meetingChanged, Clock clock) {
        this.classifier = classifier;
        this.rules = rules;
        this.history = history;
        this.detected = detected;
        this.meetingChanged = meetingChanged;
        this.clock = clock;
    }

    /** Counts of what one page held and what it changed. */
    public record Stats(int meetings, int items, int relevantItems, int measuresCreated, int statusChanges) {

        Stats plus(Stats o) {
            return new Stats(meetings + o.meetings, items + o.items, relevantItems + o.relevantItems,
                    measuresCreated + o.measuresCreated, statusChanges + o.statusChanges);
        }

        static final Stats NONE = new Stats(0, 0, 0, 0, 0);
    }

    private final class Run {
        final Jurisdiction jurisdiction;
        final ZoneId zone;
        final Snapshot snapshot;
        final String pageUrl;
        final Instant now = clock.instant();
        int meetings;
        int items;
        int relevant;
        int created;
        int moves;

        Run(Jurisdiction jurisdiction, Snapshot snapshot, String pageUrl) {
            this.jurisdiction = jurisdiction;
            this.zone = jurisdiction.zone();
            this.snapshot = snapshot;
            this.pageUrl = pageUrl;
        }

        Stats stats() {
            return new Stats(meetings, items, relevant, created, moves);
        }
    }

    /**
     * @param linkedBy the stored key of the meeting whose record linked this page (see {@code FollowPolicy}), or
     *                 null; an agenda document read on its own joins that meeting
     */
    @Transactional
    public Stats apply(long jurisdictionId, SourceDefinition source, Long snapshotId, String pageUrl, String linkedBy,
            ParseResult result) {
        Jurisdiction j = Jurisdiction.findById(jurisdictionId);
        Snapshot snapshot = snapshotId == null ? null : Snapshot.findById(snapshotId);
        Run run = new Run(j, snapshot, pageUrl);
        for (ScrapedAgenda rec : result.agendas()) {
            if (rec instanceof ScrapedMeeting listed && !source.bodies().accepts(listed.body())) {
                continue;
            }
            Meeting meeting = meetingFor(run, rec, linkedBy);
            run.meetings++;
            for (ScrapedItem item : rec.items()) {
                upsertItem(run, meeting, item);
            }
        }
        for (MeasureRecord rec : result.measures()) {
            upsertMeasure(run, rec);
        }
        return run.stats();
    }

    /**
     * The stored meeting a page's items belong to. A listed meeting that names nothing to key it by (no id, body or
     * start) is placed like a page of items or, when it names its address, like a document.
     */
    private Meeting meetingFor(Run run, ScrapedAgenda rec, String linkedBy) {
        if (rec instanceof ScrapedMeeting listed) {
            if (!listed.namesItself()) {
                return listed.url() == null ? meetingForItems(run) : meetingForDocument(run, listed, linkedBy);
            }
            return upsertMeeting(run, listed);
        }
        if (rec instanceof AgendaDocument document) {
            return meetingForDocument(run, new ScrapedMeeting(null, null, null, null, null, null, document.url(),
                    List.of(), document.items()), linkedBy);
        }
        return meetingForItems(run);
    }

    /**
     * A document's items belong to the meeting whose record linked it, whichever of that meeting's links it was (a
     * listing often names its HTML agenda first and the PDF the crawl reads second); without that, to the meeting
     * whose agenda link is the document. Only a document no stored meeting links becomes a meeting of its own.
     */
    private Meeting meetingForDocument(Run run, ScrapedMeeting rec, String linkedBy) {
        Optional<Meeting> linking = linkedBy == null ? Optional.empty() : Meeting.findBySource(run.jurisdiction, linkedBy);
        return linking.or(() -> Meeting.<Meeting>find("jurisdiction = ?1 and agendaUrl in ?2 order by id",
                run.jurisdiction, List.of(truncate(rec.url(), 2000), truncate(run.pageUrl, 2000))).firstResultOptional())
                .orElseGet(() -> upsertMeeting(run, rec));
    }

    private Meeting meetingForItems(Run run) {
        Matcher m = EVENT_ITEMS.matcher(run.pageUrl);
        String key = m.find() ? "id:" + m.group(1) : "page:" + run.pageUrl;
        return Meeting.findBySource(run.jurisdiction, key).orElseGet(() -> {
            Meeting meeting = new Meeting();
            meeting.jurisdiction = run.jurisdiction;
            meeting.sourceKey = key;
            meeting.status = MeetingStatus.SCHEDULED;
            meeting.url = run.pageUrl;
            meeting.snapshot = run.snapshot;
            meeting.firstSeenAt = run.now;
            meeting.updatedAt = run.now;
            meeting.persist();
            return meeting;
        });
    }

    /**
     * A meeting is often seen on two pages: a listing and its own detail page. The detail page wins where
     * it says something; a listing only fills what is missing and reports cancellations and postponements,
     * so the two pages never overwrite each other back and forth. (A cancellation is therefore only undone
     * by a page that says the meeting is rescheduled or postponed; a curator can correct the rare case.)
     */
    private Meeting upsertMeeting(Run run, ScrapedMeeting rec) {
        String key = MeetingKeys.of(rec);
        Optional<Meeting> existing = Meeting.findBySource(run.jurisdiction, key);
        boolean authoritative = existing.isEmpty() || (rec.url() != null && rec.url().equals(run.pageUrl));
        Meeting m = existing.orElseGet(Meeting::new);
        MeetingStatus previousStatus = m.status;
        var previousStart = m.startAt;
        MeetingFields incoming = new MeetingFields(truncate(rec.body(), 300), truncate(rec.title(), 500), rec.start(),
                truncate(rec.location(), 500), statusOf(rec.status()),
                truncate(SafeUrl.httpOnly(rec.url()), 2000), link(rec.links(), "agenda"), link(rec.links(), "minutes"),
                link(rec.links(), "video"));
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
        } else if (previousStatus != m.status || !sameInstant(previousStart, m.startAt)) {
            meetingChanged.fire(new MeetingChanged(m, previousStatus, previousStart));
        }
        return m;
    }

    /** The scraper's word for a meeting's state, as stored; a source that says nothing lists it as scheduled. */
    private static MeetingStatus statusOf(ScrapedMeetingStatus said) {
        return said == null ? MeetingStatus.SCHEDULED : MeetingStatus.valueOf(said.name());
    }

    private record MeetingFields(String body, String title, java.time.OffsetDateTime start, String location,
            MeetingStatus status, String url, String agendaUrl, String minutesUrl, String videoUrl) {

        static MeetingFields of(Meeting m) {
            return new MeetingFields(m.body, m.title, m.startAt, m.location, m.status, m.url, m.agendaUrl,
                    m.minutesUrl, m.videoUrl);
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

        private static boolean isSignal(MeetingStatus s) {
            return s == MeetingStatus.CANCELLED || s == MeetingStatus.POSTPONED || s == MeetingStatus.RESCHEDULED;
        }

        MeetingFields filledFrom(MeetingFields o) {
            return new MeetingFields(or(body, o.body), or(title, o.title), start == null ? o.start : start,
                    or(location, o.location), isSignal(o.status) ? o.status : status, or(url, o.url), or(agendaUrl, o.agendaUrl),
                    or(minutesUrl, o.minutesUrl), or(videoUrl, o.videoUrl));
        }

        private static String or(String mine, String theirs) {
            return mine != null ? mine : theirs;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MeetingFields o && java.util.Objects.equals(body, o.body)
                    && java.util.Objects.equals(title, o.title) && sameInstant(start, o.start)
                    && java.util.Objects.equals(location, o.location) && status == o.status
                    && java.util.Objects.equals(url, o.url) && java.util.Objects.equals(agendaUrl, o.agendaUrl)
                    && java.util.Objects.equals(minutesUrl, o.minutesUrl)
                    && java.util.Objects.equals(videoUrl, o.videoUrl);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(body, title, location, status, url);
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
    }

    private static boolean sameInstant(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return a == null ? b == null : b != null && a.toInstant().equals(b.toInstant());
    }

    private static String link(List<Link> links, String kind) {
        return links.stream()
                .filter(l -> l.label() != null && l.label().toLowerCase(Locale.ROOT).contains(kind))
                .map(Link::url).map(SafeUrl::httpOnly).filter(Objects::nonNull).findFirst().map(u -> truncate(u, 2000)).orElse(null);
    }

    private static String itemKey(ScrapedItem item) {
        if (item.file() != null && !item.file().isBlank()) {
            return "file:" + item.file().trim();
        }
        if (item.number() != null && !item.number().isBlank()) {
            return "no:" + item.number().trim() + "|" + Integer.toHexString(Objects.hashCode(item.title()));
        }
        return "title:" + Integer.toHexString(Objects.hashCode(item.title())) + "|" + truncate(item.title(), 300);
    }

    private void upsertItem(Run run, Meeting meeting, ScrapedItem rec) {
        if (rec.title() == null || rec.title().isBlank()) {
            return;
        }
        run.items++;
        String key = truncate(itemKey(rec), 400);
        Optional<AgendaItem> existing = AgendaItem.findByKey(meeting, key);
        AgendaItem item = existing.orElseGet(AgendaItem::new);
        boolean actionChanged = !Objects.equals(item.action, truncate(rec.action(), 500))
                || !Objects.equals(item.result, truncate(rec.result(), 100));
        if (existing.isEmpty()) {
            Match match = classifier.classify(rec.title());
            item.meeting = meeting;
            item.itemKey = key;
            // A file a curator rejected is never proposed again, on any agenda.
            item.relevant = match.relevant() && !RejectedDetection.isRejected(run.jurisdiction, rec.file());
            item.matchedTerms = match.matchedTerms().isEmpty() ? null
                    : truncate(String.join(", ", match.matchedTerms()), 1000);
            item.firstSeenAt = run.now;
        }
        if (item.relevant) {
            run.relevant++;
        }
        if (existing.isPresent() && !actionChanged && Objects.equals(item.title, truncate(rec.title(), 4000))) {
            return;
        }
        item.number = truncate(rec.number(), 50);
        item.fileNumber = truncate(rec.file(), 100);
        item.title = truncate(rec.title(), 4000);
        item.action = truncate(rec.action(), 500);
        item.result = truncate(rec.result(), 100);
        item.url = truncate(SafeUrl.httpOnly(rec.url()), 2000);
        if (existing.isEmpty()) {
            item.persist();
        }
        if (!item.relevant) {
            return;
        }
        boolean newMeasure = false;
        if (item.measure == null) {
            item.measure = knownMeasure(run, rec.file()).orElse(null);
            if (item.measure == null && rec.file() != null && !rec.file().isBlank()) {
                item.measure = createMeasure(run, rec.file(), rec.title(), rec.url(),
                        meetingDate(run, meeting), "agenda item " + rec.file());
                newMeasure = true;
            }
        }
        if (item.measure != null && (existing.isEmpty() || actionChanged) && rec.action() != null) {
            PartialDate on = meetingDate(run, meeting);
            boolean past = newMeasure;
            rules.infer(rec.action(), rec.result()).ifPresent(inference -> moveIfNotOlder(run, item.measure, inference,
                    on, rec.action(), "Agenda of " + Objects.toString(meeting.body, "meeting")
                            + (on == null ? "" : " on " + on),
                    evidence(meeting.url, run), past));
        }
        if (existing.isEmpty()) {
            // After the item's own action, so the detection tells the status the new measure ends up with.
            detected.fire(new MeasureDetected(newMeasure ? item.measure : null, item));
        }
    }

    private PartialDate meetingDate(Run run, Meeting meeting) {
        return meeting.startAt == null ? null
                : PartialDate.of(meeting.startAt.atZoneSameInstant(run.zone).toLocalDate());
    }

    private void upsertMeasure(Run run, MeasureRecord rec) {
        boolean named = rec.identifier() != null && !rec.identifier().isBlank();
        Optional<Measure> existing = named
                ? knownMeasure(run, rec.identifier()).or(() -> measureFromItemLink(run, rec.url()))
                : measureFromItemLink(run, rec.url());
        if (!named && existing.isEmpty()) {
            // A history that names no file (Legistar Web API) and no tracked item points at: nothing to update.
            LOG.debugf("history on %s belongs to no tracked measure; skipped", run.pageUrl);
            return;
        }
        if (existing.isEmpty() && (!classifier.classify(rec.title() == null ? "" : rec.title()).relevant()
                || RejectedDetection.isRejected(run.jurisdiction, rec.identifier()))) {
            return;
        }
        boolean created = existing.isEmpty();
        Measure m = existing.orElseGet(() -> createMeasure(run, rec.identifier(), rec.title(), rec.url(),
                rec.introducedOn() == null ? null : PartialDate.of(rec.introducedOn()), "file " + rec.identifier()));
        if (rec.statusText() != null && !Objects.equals(m.platformStatus, truncate(rec.statusText(), 300))) {
            m.platformStatus = truncate(rec.statusText(), 300);
        }
        if (m.sourceUrl == null && SafeUrl.httpOnly(rec.url()) != null) {
            m.sourceUrl = truncate(SafeUrl.httpOnly(rec.url()), 2000);
        }
        List<HistoryEntry> entries = rec.history();
        java.util.Set<String> seen = entries.isEmpty() ? new java.util.HashSet<>() : HistoryRowSeen.keysFor(m);
        // The history read with a measure just found (here, or first on an agenda) is its past, not news.
        boolean past = created || (m.origin == Measure.Origin.SCRAPED && seen.isEmpty());
        for (HistoryEntry e : entries) {
            String key = rowKey(e);
            if (!seen.add(key)) {
                continue;
            }
            Optional<Inference> inference = rules.infer(e.action(), e.result());
            if (inference.isPresent()) {
                moveIfNotOlder(run, m, inference.get(), e.date() == null ? null : PartialDate.of(e.date()), e.action(),
                        "History of " + m.identifier + (e.actionBy() == null ? "" : " (" + e.actionBy() + ")"),
                        evidence(rec.url(), run), past);
            }
            HistoryRowSeen.remember(m, key);
        }
        if (entries.isEmpty() && rec.statusText() != null && m.origin == Measure.Origin.SCRAPED) {
            rules.infer(rec.statusText(), null).ifPresent(inference -> moveIfNotOlder(run, m, inference,
                    rec.finalActionOn() == null ? null : PartialDate.of(rec.finalActionOn()), rec.statusText(),
                    "Status of " + rec.identifier() + " on the legislation list", evidence(rec.url(), run), created));
        }
        if (created) {
            detected.fire(new MeasureDetected(m, null));
        }
    }

    /** The measure a file number belongs to: one a curator merged it into, else the measure it identifies. */
    private static Optional<Measure> knownMeasure(Run run, String fileNumber) {
        return MeasureAlias.measureFor(run.jurisdiction, fileNumber)
                .or(() -> Measure.findByIdentifier(run.jurisdiction, fileNumber));
    }

    /**
     * Some platforms (IQM2) identify an agenda item's file by an internal ID that differs from the number the
     * file's own page prints; the measure created from the item is then found by the page's URL instead.
     */
    private static Optional<Measure> measureFromItemLink(Run run, String url) {
        if (url == null) {
            return Optional.empty();
        }
        return Measure.<Measure>find("jurisdiction = ?1 and sourceUrl = ?2 order by id", run.jurisdiction,
                truncate(url, 2000)).firstResultOptional();
    }

    private Measure createMeasure(Run run, String identifier, String title, String url, PartialDate on, String what) {
        Measure m = new Measure();
        m.slug = Slugs.uniqueMeasureSlug(run.jurisdiction.slug, identifier);
        m.jurisdiction = run.jurisdiction;
        m.identifier = truncate(identifier, 300);
        m.title = truncate(title, 500);
        m.kind = KindGuess.fromTitle(title);
        m.status = Status.PROPOSED;
        m.origin = Measure.Origin.SCRAPED;
        m.reviewState = ReviewState.UNREVIEWED;
        m.sourceUrl = truncate(SafeUrl.httpOnly(url), 2000);
        m.createdAt = run.now;
        m.updatedAt = run.now;
        m.persist();
        history.recordInitial(m, new StatusMove(Status.PROPOSED, on, "rule:new-file-detected", null,
                "Detected in " + what, evidence(url, run), run.snapshot));
        run.created++;
        run.moves++;
        LOG.infof("New measure detected in %s: %s %s", run.jurisdiction.slug, identifier, title);
        return m;
    }

    /**
     * Moves the status unless the evidence predates the status the measure already has; a move that is
     * the measure's past ({@code past}) is recorded without alerting anyone.
     */
    private void moveIfNotOlder(Run run, Measure m, Inference inference, PartialDate on, String action,
            String sourceLabel, String sourceUrl, boolean past) {
        if (inference.status() == null) {
            return;
        }
        if (m.statusOn != null && (on == null || on.compareTo(m.statusOn) < 0)) {
            return;
        }
        StatusMove move = new StatusMove(inference.status(), on, inference.reason(), truncate(action, 1000),
                truncate(sourceLabel, 500), truncate(sourceUrl, 2000), run.snapshot);
        (past ? history.fillIn(m, move) : history.move(m, move)).ifPresent(c -> run.moves++);
    }

    /** A history row by its content (date, body, action, result), so rows are applied once whatever their order. */
    private static String rowKey(HistoryEntry e) {
        String text = e.date() + "|" + e.actionBy() + "|" + e.action() + "|" + e.result();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The page a move was read from: the record's own safe address, else the crawled page. */
    private static String evidence(String url, Run run) {
        String safe = SafeUrl.httpOnly(url);
        return safe != null ? safe : run.pageUrl;
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

}
