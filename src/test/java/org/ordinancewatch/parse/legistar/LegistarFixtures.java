package org.ordinancewatch.parse.legistar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.testing.Fixtures;

/** Paths of the shared Legistar pages and a frozen context for the tests of this package. */
final class LegistarFixtures {

    static final String WEB = "legistar_web_ui/";
    static final String OCD = WEB + "opencivicdata__python-legistar-scraper/tests__fixtures__";
    static final String CB = WEB + "City-Bureau__city-scrapers/tests__files__";
    static final String MINN = WEB + "City-Bureau__city-scrapers-minn/tests__files__";
    static final String CHARNC = WEB + "City-Bureau__city-scrapers-charnc/tests__files__";
    static final String FRESNO = WEB + "City-Bureau__city-scrapers-fresno/tests__files__";
    static final String NASHVILLE = WEB + "biglocalnews__civic-scraper/decoded_from_cassette/test_scrape_defaults__";
    static final String API = "legistar_webapi_json/";

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private LegistarFixtures() {
    }

    static SourceContext context(String zone) {
        ZoneId z = ZoneId.of(zone);
        return SourceContext.of(z, Clock.fixed(NOW, z));
    }

    static Page shared(String path, String url) {
        return Fixtures.page(Fixtures.shared(path), url, path.endsWith(".json") ? JSON : HTML);
    }

    static Page own(String path, String url) {
        return Fixtures.page(Fixtures.own("legistar/" + path), url, path.endsWith(".json") ? JSON : HTML);
    }
}
