package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class HearingsPageTest {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    @Inject
    EntityManager em;

    private LocalDate somervilleDay;
    private ZonedDateTime bostonStart;

    @BeforeEach
    void meetings() {
        LocalDate today = LocalDate.now(EASTERN);
        somervilleDay = today.plusDays(5);
        bostonStart = today.plusDays(10).atTime(14, 0).atZone(EASTERN);
        QuarkusTransaction.requiringNew().run(() -> {
            long boston = meeting("boston-ma", "hearings-test-1", "City Council Committee on Public Safety", bostonStart,
                    "SCHEDULED", "Iannella Chamber, City Hall", "https://boston.legistar.com/M1");
            item(boston, "1", "Order for a hearing on face surveillance", true, "boston-ma-ban-2020");
            item(boston, "2", "Street lighting", false, null);
            long somerville = meeting("somerville-ma", "hearings-test-2", "City Council",
                    somervilleDay.atStartOfDay(EASTERN), "SCHEDULED", null, null);
            item(somerville, "1", "Ordinance on facial recognition in city agencies", true, null);
            long cancelled = meeting("boston-ma", "hearings-test-3", "City Council",
                    today.plusDays(20).atTime(12, 0).atZone(EASTERN), "CANCELLED", null, null);
            item(cancelled, "1", "Face surveillance report", true, null);
            long irrelevant = meeting("boston-ma", "hearings-test-4", "Parks Commission",
                    today.plusDays(3).atTime(9, 0).atZone(EASTERN), "SCHEDULED", null, null);
            item(irrelevant, "1", "Playground repairs", false, null);
            long recent = meeting("boston-ma", "hearings-test-5", "City Council",
                    today.minusDays(5).atTime(12, 0).atZone(EASTERN), "HELD", null, null);
            item(recent, "1", "Face surveillance vote", true, "boston-ma-ban-2020");
        });
    }

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from agenda_item where meeting_id in (select id from meeting where source_key like 'hearings-test-%')").executeUpdate();
            em.createNativeQuery("delete from meeting where source_key like 'hearings-test-%'").executeUpdate();
        });
    }

    private long meeting(String jurisdiction, String key, String body, ZonedDateTime start, String status, String location,
            String url) {
        em.createNativeQuery("insert into meeting (jurisdiction_id, source_key, body, start_at, location, status, url,"
                + " agenda_url, first_seen_at, updated_at) select id, ?1, ?2, ?3, ?4, ?5, ?6, ?7, current_timestamp,"
                + " current_timestamp from jurisdiction where slug = ?8").setParameter(1, key).setParameter(2, body)
                .setParameter(3, start.toOffsetDateTime()).setParameter(4, location).setParameter(5, status)
                .setParameter(6, url).setParameter(7, url == null ? null : url + "/agenda.pdf")
                .setParameter(8, jurisdiction).executeUpdate();
        return ((Number) em.createNativeQuery("select id from meeting where source_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue();
    }

    private void item(long meeting, String key, String title, boolean relevant, String measure) {
        em.createNativeQuery("insert into agenda_item (meeting_id, item_key, file_number, title, relevant, measure_id,"
                + " first_seen_at) values (?1, ?2, ?3, ?4, ?5, (select id from measure where slug = ?6), current_timestamp)")
                .setParameter(1, meeting).setParameter(2, key).setParameter(3, "Docket #0" + key).setParameter(4, title)
                .setParameter(5, relevant).setParameter(6, measure).executeUpdate();
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType(ContentType.HTML).extract().asString());
    }

    private static Calendar calendar(String path) throws Exception {
        String ics = given().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar cal) {
        return cal.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent bySummary(Calendar cal, String start) {
        return events(cal).stream().filter(e -> prop(e, "SUMMARY").startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void hearingsAreListedSoonestFirstWithOnlyRelevantMeetings() {
        Document d = page("/hearings");
        List<String> bodies = d.select(".hearing h2").eachText();
        assertThat(bodies).containsSubsequence("City Council", "City Council Committee on Public Safety", "City Council");
        assertThat(bodies).doesNotContain("Parks Commission");
        assertThat(d.select(".hearing").first().select("a[href=/j/somerville-ma]")).hasSize(1);
    }

    @Test
    void aMeetingKnownOnlyByItsDateShowsTheDateAndNoMidnight() {
        Element somerville = page("/hearings").select(".hearing:has(a[href=/j/somerville-ma])").first();
        assertThat(somerville.select("time").attr("datetime")).isEqualTo(somervilleDay.toString());
        assertThat(somerville.select(".clock").text()).isEqualTo("time not given");
        assertThat(somerville.text()).doesNotContain("12:00 AM");
    }

    @Test
    void aTimedMeetingShowsItsLocalTimeLocationAgendaAndItems() {
        Element boston = page("/hearings").select(".hearing:has(h2:contains(Public Safety))").first();
        assertThat(boston.select(".clock").text()).startsWith("2:00 PM E");
        assertThat(boston.select("time").attr("datetime")).isEqualTo(bostonStart.toOffsetDateTime().toString());
        assertThat(boston.text()).contains("Iannella Chamber, City Hall");
        assertThat(boston.select("a:contains(Agenda)").attr("href")).isEqualTo("https://boston.legistar.com/M1/agenda.pdf");
        assertThat(boston.select(".items li")).hasSize(1);
        assertThat(boston.select(".items a").attr("href")).isEqualTo("/m/boston-ma-ban-2020");
    }

    @Test
    void aCancelledMeetingSaysSo() {
        Document d = page("/hearings?jurisdiction=boston-ma");
        assertThat(d.select(".hearing .badge").eachText()).containsExactly("cancelled");
        assertThat(d.select(".hearing a[href=/j/somerville-ma]")).isEmpty();
        assertThat(d.select("link[rel=alternate][type=text/calendar]").attr("href"))
                .isEqualTo("/hearings/j/boston-ma/calendar.ics");
    }

    @Test
    void pagingAndBadParameters() {
        assertThat(page("/hearings?page=2").select(".hearing")).isEmpty();
        given().get("/hearings?page=0").then().statusCode(400);
        given().get("/hearings?page=abc").then().statusCode(400);
        given().get("/hearings?jurisdiction=atlantis").then().statusCode(404);
        given().get("/hearings/j/atlantis/calendar.ics").then().statusCode(404);
        given().get("/hearings/m/no-such-measure/calendar.ics").then().statusCode(404);
    }

    @Test
    void theCalendarHoldsUpcomingAndRecentHearingsWithStableUids() throws Exception {
        Calendar cal = calendar("/hearings/calendar.ics");
        List<VEvent> mine = events(cal).stream()
                .filter(e -> prop(e, "DESCRIPTION").contains("/j/boston-ma") || prop(e, "DESCRIPTION").contains("/j/somerville-ma"))
                .toList();
        assertThat(mine).hasSize(4);
        assertThat(mine.stream().map(e -> prop(e, "SUMMARY"))).noneMatch(s -> s.startsWith("Parks"));
        Calendar again = calendar("/hearings/calendar.ics");
        assertThat(events(again).stream().map(e -> prop(e, "UID")).toList())
                .isEqualTo(events(cal).stream().map(e -> prop(e, "UID")).toList());
        assertThat(mine.stream().map(e -> prop(e, "UID"))).doesNotHaveDuplicates()
                .allSatisfy(uid -> assertThat(uid).matches("meeting-[0-9a-f]{32}@ordinance-watch"));
        assertThat(cal.<Property>getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
    }

    @Test
    void aTimedEventCarriesItsZoneAndTheZoneIsDefined() throws Exception {
        Calendar cal = calendar("/hearings/calendar.ics");
        VEvent boston = bySummary(cal, "City Council Committee on Public Safety");
        DtStart<Temporal> start = boston.<Temporal>getStartDate().orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
        assertThat(ZonedDateTime.from(start.getDate()).toLocalDateTime()).isEqualTo(bostonStart.toLocalDateTime());
        assertThat(prop(boston, "LOCATION")).isEqualTo("Iannella Chamber, City Hall");
        assertThat(prop(boston, "URL")).isEqualTo("https://boston.legistar.com/M1");
        assertThat(prop(boston, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(prop(boston, "DESCRIPTION")).contains("Order for a hearing on face surveillance")
                .contains("/m/boston-ma-ban-2020").doesNotContain("Street lighting");
        List<VTimeZone> zones = cal.getComponents("VTIMEZONE");
        assertThat(zones.stream().map(z -> z.<Property>getProperty("TZID").orElseThrow().getValue()))
                .contains("America/New_York");
    }

    @Test
    void aDateOnlyMeetingIsAnAllDayEvent() throws Exception {
        VEvent somerville = bySummary(calendar("/hearings/j/somerville-ma/calendar.ics"), "City Council");
        DtStart<Temporal> start = somerville.<Temporal>getStartDate().orElseThrow();
        assertThat(start.getDate()).isInstanceOf(LocalDate.class).isEqualTo(somervilleDay);
        assertThat(start.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
    }

    @Test
    void aCancelledMeetingIsCancelledInTheCalendar() throws Exception {
        Calendar cal = calendar("/hearings/j/boston-ma/calendar.ics");
        VEvent cancelled = events(cal).stream().filter(e -> prop(e, "DESCRIPTION").contains("Face surveillance report"))
                .findFirst().orElseThrow();
        assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(events(cal).stream().map(e -> prop(e, "DESCRIPTION"))).noneMatch(s -> s.contains("somerville"));
    }

    @Test
    void aMeasureCalendarHasOnlyMeetingsWhereThatMeasureIsOnTheAgenda() throws Exception {
        Calendar cal = calendar("/hearings/m/boston-ma-ban-2020/calendar.ics");
        assertThat(events(cal)).hasSize(2);
        assertThat(events(cal).stream().map(e -> prop(e, "DESCRIPTION")))
                .allSatisfy(s -> assertThat(s).contains("/m/boston-ma-ban-2020"));
        assertThat(cal.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue()).startsWith("Ordinance Watch: hearings on");
    }

    @Test
    void theUidOfAMeetingDoesNotChangeWhenItMoves() throws Exception {
        String before = prop(bySummary(calendar("/hearings/j/somerville-ma/calendar.ics"), "City Council"), "UID");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update meeting set start_at = ?1 where source_key = 'hearings-test-2'")
                .setParameter(1, OffsetDateTime.now().plus(Duration.ofDays(7))).executeUpdate());
        assertThat(prop(bySummary(calendar("/hearings/j/somerville-ma/calendar.ics"), "City Council"), "UID")).isEqualTo(before);
    }
}
