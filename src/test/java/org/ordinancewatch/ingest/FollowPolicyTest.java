package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.source.SourceDefinition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The crawl's follow policy on hand-made parse results: item file pages only for relevant or tracked items and
 * ahead of the queue, nothing for meetings the body filter drops, and each link tagged with the meeting that
 * carries it. New York City's seeded measure "Int 0487-2018 / Local Law 65 of 2020" is the tracked file.
 */
@QuarkusTest
class FollowPolicyTest {

    static final String SITE = "https://nyc.example/";
    static final String FRT_PAGE = SITE + "LegislationDetail.aspx?ID=1";
    static final String STREET_PAGE = SITE + "LegislationDetail.aspx?ID=2";
    static final String TRACKED_PAGE = SITE + "LegislationDetail.aspx?ID=3";
    static final String AGENDA_PDF = SITE + "View.ashx?M=A&ID=10";
    static final String PARKS_AGENDA = SITE + "View.ashx?M=A&ID=11";

    @Inject
    FollowPolicy policy;

    private static long nyc() {
        return QuarkusTransaction.requiringNew()
                .call(() -> Jurisdiction.findBySlug("new-york-city-ny").orElseThrow().id);
    }

    private static SourceDefinition source(List<String> exclude) {
        return new SourceDefinition("new-york-city-ny", "legistar-web", SITE, null,
                new SourceDefinition.Bodies(List.of(), exclude), null, 20, null, null, null, true, "test-follow",
                "test");
    }

    private static ScrapedItem item(String file, String title, String url) {
        return new ScrapedItem(null, file, title, null, null, url, List.of());
    }

    private static ScrapedMeeting meeting(String id, String body, List<Link> links, List<ScrapedItem> items) {
        return new ScrapedMeeting(id, body, null, OffsetDateTime.parse("2026-02-03T10:00:00-05:00"), null,
                ScrapedMeetingStatus.SCHEDULED, SITE + "MeetingDetail.aspx?ID=" + id, links, items);
    }

    private static ParseResult council(List<String> follow) {
        ScrapedMeeting council = meeting("10", "City Council", List.of(new Link("Agenda", AGENDA_PDF)), List.of(
                item("Int 0900-2026", "A local law banning face surveillance by city agencies", FRT_PAGE),
                item("R-2026-7", "Resolution renaming a portion of Elm Street", STREET_PAGE),
                item("Int 0487-2018", "A local law in relation to reporting", TRACKED_PAGE)));
        ScrapedMeeting parks = meeting("11", "Committee on Parks", List.of(new Link("Agenda", PARKS_AGENDA)), List.of());
        return ParseResult.ofMeetings(List.of(council, parks), follow, List.of());
    }

    @Test
    void itemPagesAreFollowedOnlyForRelevantOrTrackedItemsAndGoFirst() {
        List<FollowPolicy.Next> next = policy.next(source(List.of()), nyc(), SITE + "MeetingDetail.aspx?ID=10",
                council(List.of(AGENDA_PDF, STREET_PAGE, FRT_PAGE, TRACKED_PAGE)));
        assertThat(next).containsExactly(new FollowPolicy.Next(AGENDA_PDF, "id:10", false),
                new FollowPolicy.Next(FRT_PAGE, "id:10", true), new FollowPolicy.Next(TRACKED_PAGE, "id:10", true));
    }

    @Test
    void linksOfMeetingsTheBodyFilterDropsAreNotFollowed() {
        List<FollowPolicy.Next> next = policy.next(source(List.of("Parks")), nyc(), SITE + "Calendar.aspx",
                council(List.of(AGENDA_PDF, PARKS_AGENDA)));
        assertThat(next).extracting(FollowPolicy.Next::url).containsExactly(AGENDA_PDF);
    }

    @Test
    void linksNoMeetingCarriesAreFollowedInTurnWithoutAMeeting() {
        List<FollowPolicy.Next> next = policy.next(source(List.of()), nyc(), SITE + "Calendar.aspx",
                council(List.of("Calendar.aspx?page=2", "javascript:void(0)")));
        assertThat(next).containsExactly(new FollowPolicy.Next(SITE + "Calendar.aspx?page=2", null, false));
    }

    @Test
    void aPageBelowAnItemsUrlIsThatItemsPage() {
        String api = "https://webapi.legistar.com/v1/nyc/";
        ScrapedMeeting items = new ScrapedMeeting(null, null, null, null, null, null, null, List.of(), List.of(
                item("Int 0900-2026", "A local law banning face surveillance", api + "matters/71"),
                item("R-2026-7", "Resolution renaming a portion of Elm Street", api + "matters/72")));
        ParseResult result = ParseResult.ofMeetings(List.of(items),
                List.of(api + "matters/71/histories", api + "matters/72/histories"), List.of());
        assertThat(policy.next(source(List.of()), nyc(), api + "events/5/eventitems", result))
                .extracting(FollowPolicy.Next::url, FollowPolicy.Next::first)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(api + "matters/71/histories", true));
    }
}
