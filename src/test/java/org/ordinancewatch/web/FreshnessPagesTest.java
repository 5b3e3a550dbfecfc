package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.SourceHealth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Data last changed" and "sources last checked" are told apart, and a source not read successfully within
 * {@code ow.sources.stale-after} (two days by default) carries a stale badge on the pages that rely on it.
 */
@QuarkusTest
class FreshnessPagesTest {

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    private static void health(String source, String jurisdiction, Instant lastSuccess, Instant lastAttempt) {
        QuarkusTransaction.requiringNew().run(() -> {
            SourceHealth h = SourceHealth.findBySource(source).orElseGet(SourceHealth::new);
            h.sourceName = source;
            h.jurisdiction = Jurisdiction.findBySlug(jurisdiction).orElseThrow();
            h.lastSuccessAt = lastSuccess;
            h.lastAttemptAt = lastAttempt;
            h.persist();
        });
    }

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> SourceHealth.delete("sourceName in ?1",
                java.util.List.of("oakland-ca", "madison-wi")));
    }

    @Test
    void aSourceReadWithinTwoDaysIsNotStale() {
        Instant recent = Instant.now().minus(Duration.ofHours(3));
        health("oakland-ca", "oakland-ca", recent, recent);
        Document d = page("/j/oakland-ca");
        assertThat(Instant.parse(d.select("p.as-of time.checked-at").attr("datetime")))
                .isCloseTo(recent, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(d.select("p.as-of").text()).contains("Data last changed").contains("Agenda source last checked");
        assertThat(d.select(".badge.stale")).isEmpty();
    }

    @Test
    void aSourceLastReadThreeDaysAgoIsStaleOnItsJurisdictionAndMeasurePages() {
        Instant old = Instant.now().minus(Duration.ofDays(3));
        health("oakland-ca", "oakland-ca", old, Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(page("/j/oakland-ca").select("p.as-of .badge.stale").text()).isEqualTo("stale");
        Document measure = page("/m/oakland-ca-ban-2019");
        assertThat(measure.select(".agenda-source").text()).contains("last checked").contains("stale");
        assertThat(page("/sources").select("tr:has(a[href=\"/j/oakland-ca\"]) .badge.stale")).hasSize(1);
    }

    @Test
    void aSourceThatWasTriedButNeverReadIsStale() {
        health("madison-wi", "madison-wi", null, Instant.now().minus(Duration.ofMinutes(1)));
        Document d = page("/j/madison-wi");
        assertThat(d.select("p.as-of").text()).contains("last checked not yet");
        assertThat(d.select("p.as-of .badge.stale")).hasSize(1);
    }

    @Test
    void aPlaceWithoutAgendaSourceSaysItIsResearchedByHand() {
        Document d = page("/j/minneapolis-mn");
        assertThat(d.select("p.as-of").text()).contains("No agenda source is watched here");
        assertThat(page("/m/minneapolis-mn-ban-2021").select(".agenda-source").text()).contains("not watched");
    }

    @Test
    void theSiteWideLineCountsStaleSources() {
        Instant old = Instant.now().minus(Duration.ofDays(5));
        health("oakland-ca", "oakland-ca", old, old);
        assertThat(page("/").select("p.as-of .badge.stale").text()).matches("\\d+ of \\d+ stale");
    }
}
