package org.ordinancewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ordinancewatch.seed.SeedImporter;
import org.ordinancewatch.seed.SeedReader;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The "Related" panel reads correctly from both ends of a link between two measures. */
@QuarkusTest
class RelatedMeasuresPageTest {

    @Inject
    SeedImporter importer;

    @Inject
    org.ordinancewatch.web.query.MeasurePageQueries catalog;

    @Inject
    SiteAddress site;

    @Inject
    org.ordinancewatch.web.query.SiteQueries sites;

    @Test
    @TestTransaction
    void aReintroductionIsNamedFromBothSides() throws IOException {
        Path measures = Files.createTempFile("related-measures", ".csv");
        measures.toFile().deleteOnExit();
        Files.writeString(measures, String.join(",", SeedReader.MEASURE_COLUMNS) + "\n"
                + "boston-ma-old-bill,boston-ma,Docket #1,Old ban,ban,,failed,,2018-01-10,,,,,,,\n"
                + "boston-ma-new-bill,boston-ma,Docket #2,New ban,ban,,proposed,,,,,,,reintroduces:boston-ma-old-bill,,\n");
        importer.apply(SeedReader.read(Path.of("config/jurisdictions.csv"), measures));

        assertThat(related("boston-ma-new-bill")).isEqualTo("This measure reintroduces Old ban (Boston, MA)");
        assertThat(related("boston-ma-old-bill")).isEqualTo("This measure was reintroduced as New ban (Boston, MA)");
        assertThat(page("boston-ma-old-bill").select(".panel:has(h2:contains(Related)) a").attr("href"))
                .isEqualTo("/m/boston-ma-new-bill");
    }

    private String related(String slug) {
        return page(slug).select(".panel:has(h2:contains(Related)) li").text();
    }

    private Document page(String slug) {
        return Jsoup.parse(new MeasureResource(catalog, site, java.time.Clock.systemUTC(), sites).show(slug).render());
    }
}
