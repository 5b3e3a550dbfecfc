package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Started where no source definitions are found, the pages say plainly that nothing is watched. */
@QuarkusTest
@TestProfile(NoSourcesTest.EmptySourcesFolder.class)
class NoSourcesTest {

    public static class EmptySourcesFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("ow.sources.dir", Files.createTempDirectory("ow-no-sources").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void sourcesAboutAndCoverageNeverClaimToWatchAnything() {
        assertThat(page("/sources").select(".empty[role=alert]").text())
                .contains("No agenda source is defined on this server");
        assertThat(page("/about").select(".lede").text()).contains("No agenda source is defined on this server")
                .doesNotContain("reads the council agendas");
        Document coverage = page("/coverage");
        assertThat(coverage.select("tr.watched")).isEmpty();
        assertThat(coverage.select(".lede").text()).contains("For 0 of them").contains("No agenda source is defined");
        assertThat(page("/").select("p.as-of").text()).contains("No agenda source is watched here");
    }
}
