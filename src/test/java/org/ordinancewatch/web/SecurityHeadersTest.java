package org.ordinancewatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers, whichever layer answered it (a rendered page, the page cache, a
 * static file, JSON, an error); pages with tokens are never stored; and no page template holds inline script or
 * style, which the Content-Security-Policy would block.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        for (String path : List.of("/", "/", "/m/somerville-ma-ban-2019", "/api/measures", "/css/app.css",
                "/js/copy.js", "/nothing-here", "/api/measures/nothing-here", "/m/nothing-here", "/q/health/ready",
                "/feeds/changes.atom")) {
            Response r = given().get(path).then().extract().response();
            assertThat(r.header("Content-Security-Policy")).as("CSP of %s", path).isEqualTo(SecurityHeaders.CSP)
                    .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).as("nosniff on %s", path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void aNotModifiedAnswerFromTheCacheCarriesThemToo() {
        String etag = given().get("/j/somerville-ma").then().extract().header("ETag");
        Response r = given().header("If-None-Match", etag).get("/j/somerville-ma").then().statusCode(304).extract()
                .response();
        assertThat(r.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP);
    }

    @Test
    void pagesCarryingTokensAreNeverStored() {
        assertThat(given().get("/alerts/manage?token=not-a-token").then().extract().header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(given().get("/alerts/confirm?token=not-a-token").then().extract().header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(given().get("/api/admin/alerts").then().extract().header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().get("/").then().extract().header("Cache-Control")).isEqualTo("public, no-cache");
    }

    @Test
    void noPageTemplateHasInlineScriptOrStyle() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=\"|\\son[a-z]+=\"",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.toString().contains("/Emails/")) // mail clients need inline style
                    .toList();
            assertThat(pages).hasSizeGreaterThan(10);
            for (Path page : pages) {
                assertThat(inline.matcher(Files.readString(page)).find()).as("inline script or style in %s", page)
                        .isFalse();
            }
        }
    }
}
