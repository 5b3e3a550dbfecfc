package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.ItemListing;
import org.ordinancewatch.record.ScrapedAgenda;

/** A project /events/{id}/eventitems response: roll call, the face-surveillance ban, a resolution, an empty row. */
class LegistarApiEventItemsAdapterTest {

    private final LegistarApiEventItemsAdapter adapter = new LegistarApiEventItemsAdapter();

    private ParseResult parse() throws ParseException {
        return adapter.parse(own("api_eventitems.json", "https://webapi.legistar.com/v1/example/events/14022/eventitems"),
                context("America/Chicago"));
    }

    private ScrapedAgenda agenda() throws ParseException {
        return parse().agendas().get(0);
    }

    @Test
    void itemsComeInASingleMeeting() throws ParseException {
        assertThat(parse().agendas()).hasSize(1);
    }

    @Test
    void theMeetingsOtherFieldsAreNull() throws ParseException {
        // A listing of items carries no id, body, start, status or address: the page's address names the meeting.
        assertThat(agenda()).isInstanceOf(ItemListing.class);
    }

    @Test
    void readsEveryItemWithATitleOrFile() throws ParseException {
        assertThat(agenda().items()).hasSize(3);
    }

    @Test
    void itemWithoutTitleOrFileIsSkippedWithAWarning() throws ParseException {
        assertThat(parse().warnings()).singleElement().asString().contains("412004");
    }

    @Test
    void agendaNumber() throws ParseException {
        assertThat(agenda().items()).extracting(ScrapedItem::number).containsExactly("1.", "2.", "3.");
    }

    @Test
    void matterFile() throws ParseException {
        assertThat(agenda().items()).extracting(ScrapedItem::file).containsExactly(null, "O2026-0142", "R2026-0311");
    }

    @Test
    void title() throws ParseException {
        assertThat(agenda().items().get(1).title()).isEqualTo("An ordinance amending Chapter 2 of the Municipal Code"
                + " to ban the acquisition and use of face surveillance technology by City departments");
    }

    @Test
    void action() throws ParseException {
        assertThat(agenda().items()).extracting(ScrapedItem::action).containsExactly(null, "Passed", "Adopted");
    }

    @Test
    void result() throws ParseException {
        assertThat(agenda().items()).extracting(ScrapedItem::result).containsExactly(null, "Pass", "Pass");
    }

    @Test
    void rejectsAnEventsResponse() {
        assertThatThrownBy(() -> adapter.parse(own("api_events_cancelled.json",
                "https://webapi.legistar.com/v1/example/events"), context("America/Chicago")))
                .isInstanceOf(ParseException.class).hasMessageContaining("EventItemId");
    }
}
