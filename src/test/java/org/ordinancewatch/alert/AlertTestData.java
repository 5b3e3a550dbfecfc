package org.ordinancewatch.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.subscriptions.Cadence;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Level;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureDetected;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingChanged;
import org.ordinancewatch.model.PartialDate;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusHistory;
import org.ordinancewatch.model.StatusMove;
import org.ordinancewatch.model.MeetingStatus;

/** Test data for the alert tests: each test gets its own jurisdiction, so no test sees another's events. */
@ApplicationScoped
public class AlertTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StatusHistory history;
    private final Event<MeetingChanged> meetingChanged;
    private final Event<MeasureDetected> measureDetected;
    private final EntityManager em;
    private final Clock clock;

    public AlertTestData(StatusHistory history, Event<MeetingChanged> meetingChanged,
            Event<MeasureDetected> measureDetected, EntityManager em, Clock clock) {
        this.history = history;
        this.meetingChanged = meetingChanged;
        this.measureDetected = measureDetected;
        this.em = em;
        this.clock = clock;
    }

    public record Place(String jurisdiction, String measure) {
    }

    /** Forgets every subscriber, alert, fan-out and rate-limit event. */
    @Transactional
    public void clearAlerts() {
        em.createNativeQuery("delete from alert").executeUpdate();
        em.createNativeQuery("delete from alert_fanout").executeUpdate();
        em.createNativeQuery("delete from subscription").executeUpdate();
        em.createNativeQuery("delete from subscriber").executeUpdate();
        em.createNativeQuery("delete from alert_rate_bucket").executeUpdate();
    }

    /** Fan-out rows, finished or not. */
    @Transactional
    public long fanOutRows() {
        return ((Number) em.createNativeQuery("select count(*) from alert_fanout").getSingleResult()).longValue();
    }

    /** A new jurisdiction in region ZZ with one proposed ban. */
    @Transactional
    public Place place() {
        return place(MeasureKind.BAN, Status.PROPOSED, null);
    }

    @Transactional
    public Place place(MeasureKind kind, Status status, PartialDate sunset) {
        int n = SEQUENCE.incrementAndGet();
        Instant now = clock.instant();
        Jurisdiction j = new Jurisdiction();
        j.slug = "alertville-" + n;
        j.name = "Alertville " + n;
        j.level = Level.CITY;
        j.region = "ZZ";
        j.country = "US";
        j.timezone = "America/Chicago";
        j.updatedAt = now;
        j.persist();
        Measure m = new Measure();
        m.slug = "alertville-" + n + "-ban";
        m.jurisdiction = j;
        m.identifier = "ORD-" + n;
        m.title = "Ordinance banning face surveillance in Alertville " + n;
        m.kind = kind;
        m.sunsetOn = sunset;
        m.origin = Measure.Origin.SCRAPED;
        m.sourceUrl = "https://alertville.legistar.example/LegislationDetail.aspx?ID=" + n;
        m.createdAt = now;
        m.updatedAt = now;
        history.recordNew(m, new StatusMove(status, null, "test:initial", null, null, null));
        return new Place(j.slug, m.slug);
    }

    @Transactional
    public void move(String measureSlug, Status to) {
        Measure m = Measure.findBySlug(measureSlug).orElseThrow();
        history.move(m, new StatusMove(to, PartialDate.parse("2026-01-13"), "rule:test", "Adopted by City Council",
                "City Council minutes", "https://alertville.legistar.example/minutes/13"));
    }

    /** As if a scraper had read the measure's title so. */
    @Transactional
    public void retitle(String measureSlug, String title) {
        Measure.findBySlug(measureSlug).orElseThrow().title = title;
    }

    /** A meeting with one relevant agenda item about the place's measure. */
    @Transactional
    public long meeting(Place place, OffsetDateTime start) {
        Jurisdiction j = Jurisdiction.findBySlug(place.jurisdiction()).orElseThrow();
        Meeting meeting = new Meeting();
        meeting.jurisdiction = j;
        meeting.sourceKey = "meeting-" + SEQUENCE.incrementAndGet();
        meeting.body = "City Council";
        meeting.startAt = start;
        meeting.location = "Council Chambers";
        meeting.status = MeetingStatus.SCHEDULED;
        meeting.url = "https://alertville.legistar.example/MeetingDetail.aspx?ID=" + meeting.sourceKey;
        meeting.firstSeenAt = clock.instant();
        meeting.updatedAt = clock.instant();
        meeting.persist();
        AgendaItem item = new AgendaItem();
        item.meeting = meeting;
        item.itemKey = "item-1";
        item.number = "7";
        item.title = "Second reading: face surveillance ban";
        item.relevant = true;
        item.measure = Measure.findBySlug(place.measure()).orElseThrow();
        item.firstSeenAt = clock.instant();
        item.persist();
        return meeting.id;
    }

    /** What the pipeline does when a meeting is cancelled or moved: change it and fire the event. */
    @Transactional
    public void changeMeeting(long meetingId, MeetingStatus status, OffsetDateTime start) {
        Meeting meeting = Meeting.findById(meetingId);
        MeetingStatus previousStatus = meeting.status;
        OffsetDateTime previousStart = meeting.startAt;
        meeting.status = status;
        meeting.startAt = start;
        meeting.updatedAt = clock.instant();
        meetingChanged.fire(new MeetingChanged(meeting, previousStatus, previousStart));
    }

    /** What the pipeline does when a scraper finds a new relevant file on an agenda. */
    @Transactional
    public String detect(Place place, OffsetDateTime meetingStart) {
        long meetingId = meeting(place, meetingStart);
        Jurisdiction j = Jurisdiction.findBySlug(place.jurisdiction()).orElseThrow();
        Instant now = clock.instant();
        Measure m = new Measure();
        m.slug = place.jurisdiction() + "-new-" + SEQUENCE.incrementAndGet();
        m.jurisdiction = j;
        m.title = "Resolution on police use of facial recognition";
        m.kind = MeasureKind.OVERSIGHT;
        m.origin = Measure.Origin.SCRAPED;
        m.sourceUrl = "https://alertville.legistar.example/LegislationDetail.aspx?ID=new";
        m.createdAt = now;
        m.updatedAt = now;
        history.recordNew(m, new StatusMove(Status.PROPOSED, null, "test:detected", null, null, null));
        AgendaItem item = AgendaItem.find("meeting.id = ?1", meetingId).firstResult();
        item.measure = m;
        measureDetected.fire(new MeasureDetected(m, item));
        return m.slug;
    }

    /** What the pipeline does when a relevant agenda item names no file: the event carries only the item. */
    @Transactional
    public void detectItemWithoutFile(Place place, OffsetDateTime meetingStart) {
        long meetingId = meeting(place, meetingStart);
        AgendaItem item = AgendaItem.find("meeting.id = ?1", meetingId).firstResult();
        item.measure = null;
        item.title = "Presentation on the police department's facial recognition pilot";
        item.number = "9";
        item.url = "https://alertville.legistar.example/item/9";
        measureDetected.fire(new MeasureDetected(null, item));
    }

    /** The kinds of the subscriber's alerts other than confirmation requests, oldest first. */
    @Transactional
    public java.util.List<AlertKind> kinds(String email) {
        return Alert.<Alert>list("subscriber.email = ?1 and kind <> ?2 order by id", email, AlertKind.CONFIRMATION)
                .stream().map(a -> a.kind).toList();
    }

    /** The status of a jurisdiction's file, by its number. */
    @Transactional
    public String measureStatus(String jurisdictionSlug, String identifier) {
        return Measure.findByIdentifier(Jurisdiction.findBySlug(jurisdictionSlug).orElseThrow(), identifier)
                .orElseThrow().status.name();
    }

    /** Forgets what scrapes stored for a jurisdiction, and the sources' health, so a scrape starts afresh. */
    @Transactional
    public void forgetScrapes(String jurisdictionSlug) {
        long j = Jurisdiction.findBySlug(jurisdictionSlug).orElseThrow().id;
        em.createNativeQuery("delete from rejected_detection where jurisdiction_id = ?1").setParameter(1, j).executeUpdate();
        em.createNativeQuery("delete from measure_alias where jurisdiction_id = ?1").setParameter(1, j).executeUpdate();
        em.createNativeQuery("delete from status_change where measure_id in (select id from measure"
                + " where origin = 'SCRAPED' and jurisdiction_id = ?1)").setParameter(1, j).executeUpdate();
        em.createNativeQuery("update status_change set snapshot_id = null where snapshot_id in (select id from snapshot"
                + " where jurisdiction_id = ?1)").setParameter(1, j).executeUpdate();
        em.createNativeQuery("delete from agenda_item where meeting_id in (select id from meeting where jurisdiction_id = ?1)")
                .setParameter(1, j).executeUpdate();
        em.createNativeQuery("delete from meeting where jurisdiction_id = ?1").setParameter(1, j).executeUpdate();
        em.createNativeQuery("delete from measure where origin = 'SCRAPED' and jurisdiction_id = ?1").setParameter(1, j)
                .executeUpdate();
        em.createNativeQuery("delete from snapshot where jurisdiction_id = ?1").setParameter(1, j).executeUpdate();
        em.createNativeQuery("delete from source_health where jurisdiction_id = ?1").setParameter(1, j).executeUpdate();
    }

    /** As if the address's pending requests had been made {@code ago}. */
    @Transactional
    public void ageRequests(String email, java.time.Duration ago) {
        for (Subscription s : Subscription.<Subscription>list("subscriber.email = ?1 and confirmedAt is null", email)) {
            s.createdAt = s.createdAt.minus(ago);
        }
        Subscriber subscriber = Subscriber.findByEmail(email, "test").orElseThrow();
        subscriber.createdAt = subscriber.createdAt.minus(ago);
    }

    /** The rate-limit buckets and their counters. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<Integer> rateCounters() {
        return ((java.util.List<Number>) em.createNativeQuery("select hits from alert_rate_bucket order by hits")
                .getResultList()).stream().map(Number::intValue).toList();
    }

    @Transactional
    public long alerts(String email, Alert.Delivery status) {
        return Alert.count("subscriber.email = ?1 and status = ?2", email, status);
    }

    @Transactional
    public long alerts(String email) {
        return Alert.count("subscriber.email = ?1", email);
    }

    @Transactional
    public Alert onlyAlert(String email) {
        return Alert.find("subscriber.email = ?1 and kind <> ?2", email, AlertKind.CONFIRMATION).singleResult();
    }

    @Transactional
    public boolean subscriberExists(String email) {
        return Subscriber.findByEmail(email, "test").isPresent();
    }

    @Transactional
    public long subscriberId(String email) {
        return Subscriber.findByEmail(email, "test").orElseThrow().id;
    }

    /** Rows of an alert table ({@code subscription}, {@code alert}) that belong to a subscriber id. */
    @Transactional
    public long rows(String table, long subscriberId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where subscriber_id = ?1")
                .setParameter(1, subscriberId).getSingleResult()).longValue();
    }

    /** As if the alerts had been written by another deployment sharing this database. */
    @Transactional
    public void retag(String email, String environment) {
        Alert.update("environment = ?1 where subscriber.id in (select s.id from Subscriber s where s.email = ?2)",
                environment, email);
    }

    /** As if the subscriber had signed up on another deployment whose database this one is a copy of. */
    @Transactional
    public void moveSubscriber(String email, String environment) {
        Subscriber.findByEmail(email, "test").orElseThrow().environment = environment;
    }

    @Transactional
    public long subscribersWithAddress(String email) {
        return Subscriber.count("email", email);
    }

    /** Gives the subscriber one more alert, one that exhausted its attempts. */
    @Transactional
    public void markFailed(String email) {
        Subscriber subscriber = Subscriber.findByEmail(email, "test").orElseThrow();
        Alert alert = new Alert();
        alert.subscriber = subscriber;
        alert.eventKey = "test:failed";
        alert.kind = AlertKind.STATUS_CHANGE;
        alert.cadence = Cadence.IMMEDIATE;
        alert.environment = "test";
        alert.payload = "{}";
        alert.status = Alert.Delivery.FAILED;
        alert.dueAt = clock.instant();
        alert.nextAttemptAt = clock.instant();
        alert.attempts = 30;
        alert.createdAt = clock.instant();
        alert.persist();
    }

    /** Spoils the payload of the subscriber's oldest alert other than the confirmation request. */
    @Transactional
    public long corruptOldestAlert(String email) {
        Alert alert = Alert.find("subscriber.email = ?1 and kind <> ?2 order by id", email, AlertKind.CONFIRMATION)
                .firstResult();
        alert.payload = "{not json";
        return alert.id;
    }

    @Transactional
    public Alert alert(long id) {
        return Alert.findById(id);
    }

    /** Ids of the subscriber's alerts other than the confirmation request, oldest first. */
    @Transactional
    public java.util.List<Long> alertIds(String email) {
        return Alert.<Alert>list("subscriber.email = ?1 and kind <> ?2 order by id", email, AlertKind.CONFIRMATION)
                .stream().map(a -> a.id).toList();
    }

    /** "STATUS_CHANGE PENDING 2 attempts; ..." for assertion messages. */
    @Transactional
    public String describe(String email) {
        return String.join("; ", Alert.<Alert>list("subscriber.email = ?1 order by id", email).stream()
                .map(a -> a.kind + " " + a.status + " " + a.attempts + " attempts " + a.lastError).toList());
    }
}
