package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;

/** Form bodies for another year or page, built from the real NYC calendar (page 1 of 3, year "This Year"). */
class LegistarPostbackTest {

    private static final Page NYC = shared(OCD + "legistar.council.nyc.gov__Calendar.html",
            "http://legistar.council.nyc.gov/Calendar.aspx");

    @Test
    void yearFormTargetsTheYearDropDown() throws ParseException {
        assertThat(LegistarPostback.forYear(NYC, "2013")).containsEntry("__EVENTTARGET",
                "ctl00$ContentPlaceHolder1$lstYears");
    }

    @Test
    void yearFormCarriesTheViewState() throws ParseException {
        assertThat(LegistarPostback.forYear(NYC, "2013")).containsEntry("__VIEWSTATE", "my-studendously-large-viewstate");
    }

    @Test
    void yearFormCarriesTheEventValidation() throws ParseException {
        assertThat(LegistarPostback.forYear(NYC, "2013").get("__EVENTVALIDATION")).startsWith("VtlPJCwzWUc9FBC4dmW72tgKzR80");
    }

    @Test
    void yearFormSelectsTheYear() throws ParseException {
        assertThat(LegistarPostback.forYear(NYC, "2013")).containsEntry("ctl00$ContentPlaceHolder1$lstYears", "2013");
    }

    @Test
    void yearFormSetsTheDropDownClientState() throws ParseException {
        assertThat(LegistarPostback.forYear(NYC, "2013").get("ctl00_ContentPlaceHolder1_lstYears_ClientState"))
                .contains("\"value\":\"2013\"").contains("\"text\":\"2013\"");
    }

    @Test
    void yearFormArgumentSelectsTheYearsIndex() throws ParseException {
        // 2013 is the ninth choice, after "All Years", six sessions and 2014.
        assertThat(LegistarPostback.forYear(NYC, "2013")).containsEntry("__EVENTARGUMENT",
                "{\"Command\":\"Select\",\"Index\":8}");
    }

    @Test
    void yearsListsTheDropDownChoices() throws ParseException {
        assertThat(LegistarPostback.years(NYC)).hasSize(33).startsWith("All Years").contains("2014", "1999", "Next Year");
    }

    @Test
    void yearNotOfferedIsRefused() {
        assertThatThrownBy(() -> LegistarPostback.forYear(NYC, "1890")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1890");
    }

    @Test
    void nextPageTargetsThePagersSecondPage() throws ParseException {
        Map<String, String> form = LegistarPostback.nextPage(NYC).orElseThrow();
        assertThat(form).containsEntry("__EVENTTARGET", "ctl00$ContentPlaceHolder1$gridCalendar$ctl00$ctl02$ctl00$ctl04");
    }

    @Test
    void nextPageCarriesTheViewState() throws ParseException {
        assertThat(LegistarPostback.nextPage(NYC).orElseThrow()).containsEntry("__VIEWSTATE",
                "my-studendously-large-viewstate");
    }

    @Test
    void nextPageOfLegislationSearchTargetsItsGrid() throws ParseException {
        Page bills = shared(OCD + "nyc__bills.html", "https://nyc.legistar.com/Legislation.aspx");
        assertThat(LegistarPostback.nextPage(bills).orElseThrow().get("__EVENTTARGET"))
                .startsWith("ctl00$ContentPlaceHolder1$gridMain$ctl00$");
    }

    @Test
    void pageWithoutPagerHasNoNextPage() throws ParseException {
        Page chicago = shared(OCD + "chicago__events.html", "https://chicago.legistar.com/Calendar.aspx");
        assertThat(LegistarPostback.nextPage(chicago)).isEmpty();
    }

    @Test
    void pageWithViewStateSupportsPostback() throws ParseException {
        assertThat(LegistarPostback.supportsPostback(NYC)).isTrue();
    }

    @Test
    void trimmedSnippetWithoutViewStateDoesNotSupportPostback() throws ParseException {
        Page charlotte = shared(CHARNC + "charnc_charlotte_city_legistar_zoning.html",
                "https://charlottenc.legistar.com/Calendar.aspx");
        assertThat(LegistarPostback.supportsPostback(charlotte)).isFalse();
    }

    @Test
    void pageWithoutYearDropDownCannotSelectAYear() {
        Page hennepin = shared(MINN + "minn_hennepin_boc.html", "https://hennepin.legistar.com/Calendar.aspx");
        assertThatThrownBy(() -> LegistarPostback.forYear(hennepin, "2025")).isInstanceOf(ParseException.class)
                .hasMessageContaining("lstYears");
    }
}
