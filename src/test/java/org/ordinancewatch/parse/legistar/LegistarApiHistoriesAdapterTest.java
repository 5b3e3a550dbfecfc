package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.record.HistoryEntry;
import org.ordinancewatch.record.MeasureRecord;

/** Chicago's real /matters/{id}/histories responses: 4 entries (one action recorded twice) and 3 entries. */
class LegistarApiHistoriesAdapterTest {

    private static final String DIR = API + "opencivicdata__python-legistar-scraper/tests__fixtures__chicago__";
    private static final String URL = "https://webapi.legistar.com/v1/chicago/matters/12345/histories";

    private final LegistarApiHistoriesAdapter adapter = new LegistarApiHistoriesAdapter();

    private MeasureRecord dupe() throws ParseException {
        return adapter.parse(shared(DIR + "dupe_event.json", URL), context("America/Chicago")).measures().get(0);
    }

    private MeasureRecord noDupe() throws ParseException {
        return adapter.parse(shared(DIR + "no_dupe_event.json", URL), context("America/Chicago")).measures().get(0);
    }

    @Test
    void oneMeasurePerResponse() throws ParseException {
        assertThat(adapter.parse(shared(DIR + "dupe_event.json", URL), context("America/Chicago")).measures()).hasSize(1);
    }

    @Test
    void readsEveryHistoryEntry() throws ParseException {
        assertThat(dupe().history()).hasSize(4);
        assertThat(noDupe().history()).hasSize(3);
    }

    @Test
    void identifierIsNullWhenTheSourceDoesNotNameTheMatter() throws ParseException {
        assertThat(dupe().identifier()).isNull();
    }

    @Test
    void identifierComesFromTheMatterFileOption() throws ParseException {
        var ctx = new SourceContext("Chicago", java.time.ZoneId.of("America/Chicago"), context("America/Chicago").clock(),
                Map.of("matterFile", "O2013-1234"));
        assertThat(adapter.parse(shared(DIR + "dupe_event.json", URL), ctx).measures().get(0).identifier())
                .isEqualTo("O2013-1234");
    }

    @Test
    void dates() throws ParseException {
        assertThat(noDupe().history()).extracting(HistoryEntry::date).containsExactly(LocalDate.of(2013, 3, 13),
                LocalDate.of(2013, 4, 30), LocalDate.of(2013, 5, 8));
    }

    @Test
    void actionBy() throws ParseException {
        assertThat(noDupe().history()).extracting(HistoryEntry::actionBy).containsExactly("City Council",
                "Committee on Zoning, Landmarks and Building Standards", "City Council");
    }

    @Test
    void action() throws ParseException {
        assertThat(dupe().history()).extracting(HistoryEntry::action).containsExactly("Referred",
                "Recommended to Pass", "Passed", "Passed");
    }

    @Test
    void result() throws ParseException {
        assertThat(noDupe().history()).extracting(HistoryEntry::result).containsExactly(null, "Pass", "Pass");
    }

    @Test
    void historyGivenNewestFirstComesOutOldestFirst() throws ParseException {
        String json = "[{\"MatterHistoryId\":3,\"MatterHistoryActionDate\":\"2026-04-24T00:00:00\","
                + "\"MatterHistoryActionName\":\"Signed by Mayor\"},"
                + "{\"MatterHistoryId\":2,\"MatterHistoryActionDate\":\"2026-04-21T00:00:00\","
                + "\"MatterHistoryActionName\":\"Passed\"},"
                + "{\"MatterHistoryId\":1,\"MatterHistoryActionDate\":\"2026-02-10T00:00:00\","
                + "\"MatterHistoryActionName\":\"Introduced\"}]";
        var page = new org.ordinancewatch.parse.Page(json.getBytes(), java.net.URI.create(URL), JSON, NOW);
        assertThat(adapter.parse(page, context("America/Chicago")).measures().get(0).history())
                .extracting(HistoryEntry::action).containsExactly("Introduced", "Passed", "Signed by Mayor");
    }

    @Test
    void rejectsAMattersResponse() {
        assertThatThrownBy(() -> adapter.parse(own("api_matters.json", "https://webapi.legistar.com/v1/example/matters"),
                context("America/Chicago"))).isInstanceOf(ParseException.class).hasMessageContaining("MatterHistoryId");
    }

    @Test
    void rejectsTruncatedJson() {
        var page = new org.ordinancewatch.parse.Page("[{\"MatterHistoryId\": 1, ".getBytes(),
                java.net.URI.create(URL), JSON, NOW);
        assertThatThrownBy(() -> adapter.parse(page, context("America/Chicago"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("not JSON");
    }
}
