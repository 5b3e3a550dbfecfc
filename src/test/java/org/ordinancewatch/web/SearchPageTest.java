package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SearchPageTest {

    @Inject
    EntityManager em;

    /** The query string is sent as written, as a browser sends a form: "+" between words means a space. */
    private static Document search(String query) {
        return Jsoup.parse(given().urlEncodingEnabled(false).get("/search" + query).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString());
    }

    @Test
    void aPlaceIsFoundByNameAndLinksToItsPage() {
        Document d = search("?q=Somerville");
        Element place = d.select(".result:has(.kind-jurisdiction)").first();
        assertThat(place.select("a.title").attr("href")).isEqualTo("/j/somerville-ma");
        assertThat(place.select(".why").text()).isEqualTo("Matched in: name");
        assertThat(d.select(".result:has(.kind-measure) a.title").eachAttr("href")).isEmpty();
    }

    @Test
    void measuresAreFoundByTheirTitleWithTheWordsMarked() {
        Document d = search("?q=face+surveillance&type=measure");
        assertThat(d.select(".result")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.select(".badge").text()).isEqualTo("Measure");
            assertThat(r.select("a.title").attr("href")).startsWith("/m/");
        });
        assertThat(d.select(".result a.title[href=/m/somerville-ma-ban-2019]")).hasSize(1);
        Element somerville = d.select(".result:has(a.title[href=/m/somerville-ma-ban-2019])").first();
        assertThat(somerville.select("mark").eachText()).contains("face", "surveillance");
        assertThat(somerville.select(".why").text()).startsWith("Matched in: title");
        assertThat(d.select("select[name=type] option[selected]").val()).isEqualTo("measure");
    }

    @Test
    void meetingsAndAgendaItemsAreFound() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into meeting (jurisdiction_id, source_key, body, start_at, location, status,"
                    + " first_seen_at, updated_at) select id, 'search-test-1', 'Zoning Quorumcommittee', current_timestamp,"
                    + " 'Room 4', 'SCHEDULED', current_timestamp, current_timestamp from jurisdiction where slug = 'boston-ma'")
                    .executeUpdate();
            em.createNativeQuery("insert into agenda_item (meeting_id, item_key, title, relevant, first_seen_at)"
                    + " select id, '1', 'Hearing on Xylophonic biometric cameras', true, current_timestamp from meeting"
                    + " where source_key = 'search-test-1'").executeUpdate();
        });
        try {
            Document meetings = search("?q=quorumcommittee");
            assertThat(meetings.select(".result .badge").eachText()).containsExactly("Meeting");
            assertThat(meetings.select(".result a.title").attr("href")).isEqualTo("/hearings?jurisdiction=boston-ma");
            Document items = search("?q=xylophonic+cameras&type=item");
            assertThat(items.select(".result a.title").eachText()).containsExactly("Hearing on Xylophonic biometric cameras");
            assertThat(items.select(".result .why").text()).isEqualTo("Matched in: title");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from agenda_item where meeting_id in (select id from meeting where source_key = 'search-test-1')").executeUpdate();
                em.createNativeQuery("delete from meeting where source_key = 'search-test-1'").executeUpdate();
            });
        }
    }

    @Test
    void everyWordMustMatch() {
        assertThat(search("?q=Somerville+Zanzibarian").select(".result")).isEmpty();
        assertThat(search("?q=Somerville+Zanzibarian").select(".empty").text()).contains("Nothing matches");
    }

    @Test
    void pagingKeepsTheQueryAndType() {
        Document d = search("?q=ordinance&type=measure");
        if (d.select("a[rel=next]").isEmpty()) {
            assertThat(d.select(".result").size()).isLessThanOrEqualTo(SearchResource.PAGE_SIZE);
        } else {
            assertThat(d.select(".result")).hasSize(SearchResource.PAGE_SIZE);
            assertThat(d.select("a[rel=next]").attr("href")).isEqualTo("/search?q=ordinance&type=measure&page=2");
        }
        assertThat(search("?q=ordinance&page=50").select(".result")).isEmpty();
    }

    @Test
    void noWordsNoResultsAndBadParametersAre400() {
        assertThat(search("").select(".result")).isEmpty();
        assertThat(search("?q=-+.").select(".result")).isEmpty();
        given().get("/search?q=x&type=treaty").then().statusCode(400);
        given().get("/search?q=ban&page=0").then().statusCode(400);
        given().get("/search?q=ban&page=51").then().statusCode(400);
        given().get("/search?q=" + "a".repeat(201)).then().statusCode(400);
    }

    @Test
    void wordsAreLettersAndDigitsSoLikeWildcardsNeverReachTheQuery() {
        assertThat(SearchResource.words("Face_Surveillance 100% ban-2019 a")).containsExactly("face", "surveillance",
                "100", "ban", "2019");
    }
}
