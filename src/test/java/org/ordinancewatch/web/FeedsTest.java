package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FeedsTest {

    /** ow.alert.base-url in the test profile. */
    private static final String BASE = "https://ow.test.example";

    private static SyndFeed feed(String path) throws Exception {
        String xml = given().get(path).then().statusCode(200).contentType("application/atom+xml").extract().asString();
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static String link(SyndFeed feed, String rel) {
        return feed.getLinks().stream().filter(l -> rel.equals(l.getRel())).map(SyndLink::getHref).findFirst().orElse(null);
    }

    @Test
    void aMeasureFeedHasOneEntryPerStatusChangeNewestFirst() throws Exception {
        List<Map<String, Object>> history = given().get("/api/measures/boston-ma-ban-2020").then().statusCode(200)
                .extract().path("history");
        SyndFeed feed = feed("/feeds/m/boston-ma-ban-2020.atom");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(history.size());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i - 1).getUpdatedDate()).isAfterOrEqualTo(entries.get(i).getUpdatedDate());
        }
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getLink()).isEqualTo(BASE + "/m/boston-ma-ban-2020");
            assertThat(e.getUri()).matches(BASE + "/m/boston-ma-ban-2020#change-\\d+");
        });
        assertThat(link(feed, "self")).isEqualTo(BASE + "/feeds/m/boston-ma-ban-2020.atom");
        assertThat(link(feed, "alternate")).isEqualTo(BASE + "/m/boston-ma-ban-2020");
    }

    @Test
    void anEntrySaysTheMoveItsDateReasonAndSource() throws Exception {
        SyndFeed feed = feed("/feeds/m/boston-ma-ban-2020.atom");
        SyndEntry first = feed.getEntries().get(feed.getEntries().size() - 1);
        assertThat(first.getTitle()).startsWith("Now tracked: ").contains("(Boston, MA)");
        List<SyndEntry> moves = feed("/feeds/changes.atom").getEntries().stream()
                .filter(e -> e.getTitle().contains("→")).toList();
        assertThat(moves).isNotEmpty();
        assertThat(moves.get(0).getDescription().getValue()).contains("Why: ").contains("(was ");
        assertThat(first.getDescription().getType()).isEqualTo("text");
    }

    @Test
    void theJurisdictionFeedHasOnlyItsOwnMeasures() throws Exception {
        SyndFeed feed = feed("/feeds/j/somerville-ma.atom");
        assertThat(feed.getEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getLink()).startsWith(BASE + "/m/somerville-ma"));
        assertThat(feed.getTitle()).isEqualTo("Ordinance Watch: Somerville, MA");
    }

    @Test
    void theWholeFeedIsBoundedAndIdsAreUnique() throws Exception {
        SyndFeed feed = feed("/feeds/changes.atom");
        assertThat(feed.getEntries()).hasSizeBetween(1, FeedResource.ENTRIES);
        assertThat(feed.getEntries().stream().map(SyndEntry::getUri)).doesNotHaveDuplicates();
        assertThat(feed.getAuthor()).isEqualTo("Ordinance Watch");
    }

    @Test
    void unknownFeedsAre404() {
        given().get("/feeds/j/atlantis.atom").then().statusCode(404);
        given().get("/feeds/m/no-such-measure.atom").then().statusCode(404);
    }

    @Test
    void everyPageAdvertisesItsFeeds() {
        for (String path : List.of("/", "/map", "/hearings", "/about", "/sources")) {
            var head = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString()).head();
            assertThat(head.select("link[rel=alternate][type=application/atom+xml]").attr("href")).as(path)
                    .isEqualTo("/feeds/changes.atom");
        }
        var measure = Jsoup.parse(given().get("/m/boston-ma-ban-2020").then().extract().asString()).head();
        assertThat(measure.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/feeds/changes.atom", "/feeds/m/boston-ma-ban-2020.atom");
        assertThat(measure.select("link[rel=alternate][type=text/calendar]").attr("href"))
                .isEqualTo("/hearings/m/boston-ma-ban-2020/calendar.ics");
        var place = Jsoup.parse(given().get("/j/boston-ma").then().extract().asString()).head();
        assertThat(place.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/feeds/changes.atom", "/feeds/j/boston-ma.atom");
    }
}
