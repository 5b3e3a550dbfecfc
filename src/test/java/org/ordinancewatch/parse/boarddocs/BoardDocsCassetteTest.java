package org.ordinancewatch.parse.boarddocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.testing.Cassette;

/**
 * The two civic-scraper cassettes recorded against State College Area SD's BoardDocs site: the public page (twice)
 * and the meeting-list request that followed it, which the site answered with an empty body.
 */
class BoardDocsCassetteTest {

    static final String DIR = "boarddocs/biglocalnews__civic-scraper/";

    private final BoardDocsAdapter adapter = new BoardDocsAdapter();

    @Test
    void bothRecordedPublicPagesAreTheScriptShellAndSaySo() {
        Cassette cassette = Cassette.shared(DIR + "tests__cassettes__test_boarddocs_site__test_get_committee_id.yaml");
        List<Cassette.Interaction> pages = cassette.bodies();
        assertThat(pages).hasSize(2).allSatisfy(p -> {
            assertThat(p.method()).isEqualTo("GET");
            assertThat(p.uri().toString()).isEqualTo("https://go.boarddocs.com/pa/stco/Board.nsf/Public");
        });
        for (Cassette.Interaction page : pages) {
            ParseResult result = parse(adapter, page.page(), context("America/New_York"));
            assertThat(result.meetings()).isEmpty();
            assertThat(result.follow()).isEmpty();
            assertThat(result.warnings())
                    .containsExactly("BoardDocs application page: its meetings are loaded by script, not in the page");
        }
    }

    @Test
    void theRecordedMeetingListAnswerIsEmptyAndAParseError() {
        Cassette cassette = Cassette.shared(DIR + "tests__tests__cassettes__test_boarddocs_site__test_get_meetings.yaml");
        assertThat(cassette.interactions()).extracting(Cassette.Interaction::method).containsExactly("GET", "POST");
        ParseResult shell = parse(adapter, cassette.interactions().get(0).page(), context("America/New_York"));
        assertThat(shell.meetings()).isEmpty();
        assertThat(shell.warnings()).singleElement().asString().contains("loaded by script");
        Cassette.Interaction list = cassette.interactions().get(1);
        assertThat(list.uri().toString()).isEqualTo("https://go.boarddocs.com/pa/stco/Board.nsf/BD-GetMeetingsList?open");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isEmpty();
        assertThatThrownBy(() -> adapter.parse(list.page(), context("America/New_York"))).isInstanceOf(ParseException.class)
                .hasMessageContaining("empty page");
    }
}
