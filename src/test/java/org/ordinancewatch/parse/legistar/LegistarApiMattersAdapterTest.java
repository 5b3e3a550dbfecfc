package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.MeasureRecord;

/** A project /matters response (the corpus has none) and the real LA Metro index responses, which are rejected. */
class LegistarApiMattersAdapterTest {

    private final LegistarApiMattersAdapter adapter = new LegistarApiMattersAdapter();

    private ParseResult parse() throws ParseException {
        return adapter.parse(own("api_matters.json", "https://webapi.legistar.com/v1/example/matters"),
                context("America/Chicago"));
    }

    private MeasureRecord ban() throws ParseException {
        return parse().measures().get(0);
    }

    @Test
    void readsEveryMatterWithAFileNumber() throws ParseException {
        assertThat(parse().measures()).extracting(MeasureRecord::identifier).containsExactly("O2026-0142",
                "R2026-0311", "O2026-0150");
    }

    @Test
    void matterWithoutFileNumberIsSkippedWithAWarning() throws ParseException {
        assertThat(parse().warnings()).singleElement().asString().contains("71260").contains("MatterFile");
    }

    @Test
    void titlePrefersMatterTitle() throws ParseException {
        assertThat(ban().title()).startsWith("An ordinance amending Chapter 2").contains("face surveillance technology");
    }

    @Test
    void titleFallsBackToMatterName() throws ParseException {
        assertThat(parse().measures().get(1).title()).isEqualTo("Street renaming");
    }

    @Test
    void type() throws ParseException {
        assertThat(ban().type()).isEqualTo("Ordinance");
    }

    @Test
    void status() throws ParseException {
        assertThat(ban().statusText()).isEqualTo("Passed");
    }

    @Test
    void introducedOn() throws ParseException {
        assertThat(ban().introducedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void finalActionIsThePassedDate() throws ParseException {
        assertThat(ban().finalActionOn()).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    @Test
    void finalActionFallsBackToTheEnactmentDate() throws ParseException {
        assertThat(parse().measures().get(1).finalActionOn()).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    @Test
    void pendingMatterHasNoFinalAction() throws ParseException {
        assertThat(parse().measures().get(2).finalActionOn()).isNull();
    }

    @Test
    void eachMatterCarriesItsOwnApiUrl() throws ParseException {
        assertThat(parse().measures()).extracting(MeasureRecord::url).first()
                .isEqualTo("https://webapi.legistar.com/v1/example/matters/71234");
    }

    @Test
    void aSingleMatterCarriesThePagesUrl() throws ParseException {
        MeasureRecord single = adapter.parse(own("api_matters.json",
                "https://webapi.legistar.com/v1/example/matters/71234?$select=x"), context("America/Chicago")).measures().get(0);
        assertThat(single.url()).isEqualTo("https://webapi.legistar.com/v1/example/matters/71234");
    }

    @Test
    void followsEachMattersHistories() throws ParseException {
        assertThat(parse().follow()).containsExactly("https://webapi.legistar.com/v1/example/matters/71234/histories",
                "https://webapi.legistar.com/v1/example/matters/71240/histories",
                "https://webapi.legistar.com/v1/example/matters/71251/histories");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tests__fixtures__metro__all_indexes.json", "tests__fixtures__metro__matter_index.json"})
    void rejectsIndexResponses(String file) {
        assertThatThrownBy(() -> adapter.parse(shared(API + "opencivicdata__python-legistar-scraper/" + file,
                "https://webapi.legistar.com/v1/metro/indexes"), context("America/Los_Angeles")))
                .isInstanceOf(ParseException.class).hasMessageContaining("MatterId");
    }

    @Test
    void rejectsAJsonObject() {
        var page = new org.ordinancewatch.parse.Page("{\"Message\":\"An error has occurred.\"}".getBytes(),
                java.net.URI.create("https://webapi.legistar.com/v1/example/matters"), JSON, NOW);
        assertThatThrownBy(() -> adapter.parse(page, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("JSON array");
    }

    @Test
    void emptyArrayIsNoMatters() throws ParseException {
        var page = new org.ordinancewatch.parse.Page("[]".getBytes(),
                java.net.URI.create("https://webapi.legistar.com/v1/example/matters"), JSON, NOW);
        assertThat(adapter.parse(page, context("America/Chicago")).measures()).isEmpty();
    }
}
