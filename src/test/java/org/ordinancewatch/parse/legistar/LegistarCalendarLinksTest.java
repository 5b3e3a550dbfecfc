package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;

/** Documents, titles and addresses of calendar rows, on real pages. */
class LegistarCalendarLinksTest {

    private final LegistarCalendarAdapter adapter = new LegistarCalendarAdapter();

    private ScrapedMeeting row(String path, String url, String zone, int index) throws ParseException {
        return adapter.parse(shared(path, url), context(zone)).meetings().get(index);
    }

    @Test
    void relativeAgendaLinkResolvesAgainstThePageUrl() throws ParseException {
        ScrapedMeeting m = row(CHARNC + "charnc_charlotte_city_legistar_business.html",
                "https://charlottenc.legistar.com/Calendar.aspx", "America/New_York", 0);
        assertThat(m.links()).contains(new Link("Agenda",
                "https://charlottenc.legistar.com/View.ashx?M=A&ID=1146416&GUID=904C52E8-783F-4DD4-AA0A-BD638847ABA5"));
    }

    @Test
    void minutesLink() throws ParseException {
        ScrapedMeeting m = row(CHARNC + "charnc_charlotte_city_legistar_business.html",
                "https://charlottenc.legistar.com/Calendar.aspx", "America/New_York", 0);
        assertThat(m.links()).contains(new Link("Minutes",
                "https://charlottenc.legistar.com/View.ashx?M=M&ID=1146416&GUID=904C52E8-783F-4DD4-AA0A-BD638847ABA5"));
    }

    @Test
    void videoLinkComesFromThePopUpScript() throws ParseException {
        ScrapedMeeting m = row(CHARNC + "charnc_charlotte_city_legistar_business.html",
                "https://charlottenc.legistar.com/Calendar.aspx", "America/New_York", 0);
        assertThat(m.links()).contains(new Link("Video",
                "https://charlottenc.legistar.com/Video.aspx?Mode=Granicus&ID1=3496&Mode2=Video"));
    }

    @Test
    void secondLinkOfACellIsLabelledByItsText() throws ParseException {
        ScrapedMeeting m = row(CHARNC + "charnc_charlotte_city_legistar_business.html",
                "https://charlottenc.legistar.com/Calendar.aspx", "America/New_York", 0);
        assertThat(m.links()).extracting(Link::label).containsExactly("Agenda", "Minutes", "Video", "Audio",
                "Audio (Download)");
    }

    @Test
    void detailUrlResolvesAgainstThePageUrl() throws ParseException {
        ScrapedMeeting m = row(CHARNC + "charnc_charlotte_city_legistar_business.html",
                "https://charlottenc.legistar.com/Calendar.aspx", "America/New_York", 0);
        assertThat(m.url()).isEqualTo("https://charlottenc.legistar.com/MeetingDetail.aspx?ID=1146416"
                + "&GUID=904C52E8-783F-4DD4-AA0A-BD638847ABA5&Options=info%7C&Search=");
    }

    @Test
    void unavailableDocumentsAreNotLinks() throws ParseException {
        ScrapedMeeting m = row(MINN + "minn_hennepin_boc.html", "https://hennepin.legistar.com/Calendar.aspx",
                "America/Chicago", 0);
        assertThat(m.links()).isEmpty();
    }

    @Test
    void meetingWhoseDetailsAreNotPublicHasNoUrl() throws ParseException {
        ScrapedMeeting m = row(MINN + "minn_hennepin_boc.html", "https://hennepin.legistar.com/Calendar.aspx",
                "America/Chicago", 0);
        assertThat(m.url()).isNull();
    }

    @Test
    void extraDocumentColumnKeepsItsHeaderAsLabel() throws ParseException {
        ScrapedMeeting m = row(OCD + "chicago__events.html", "https://chicago.legistar.com/Calendar.aspx",
                "America/Chicago", 7);
        assertThat(m.links()).containsExactly(
                new Link("Notice", "http://media.legistar.com/chic/meetings/91489BEA-87E0-42E1-8D86-743C2F7138A6/"
                        + "Human%20Rel%201-08-19_20181226115903.pdf"),
                new Link("Agenda", "http://media.legistar.com/chic/meetings/91489BEA-87E0-42E1-8D86-743C2F7138A6/"
                        + "agenda%20hum%20rel.jan8_20190104101632.pdf"));
    }

    @Test
    void cancelledCommentIsNotPartOfTheLocation() throws ParseException {
        ScrapedMeeting m = row(OCD + "chicago__events.html", "https://chicago.legistar.com/Calendar.aspx",
                "America/Chicago", 7);
        assertThat(m.location()).doesNotContain("CANCELLED");
    }

    @Test
    void meetingTopicIsTheTitle() throws ParseException {
        ScrapedMeeting m = row(OCD + "legistar.council.nyc.gov__Calendar.html", "http://legistar.council.nyc.gov/Calendar.aspx",
                "America/New_York", 0);
        assertThat(m.title()).isEqualTo("Oversight – Merit and Need Based Scholarships at CUNY.");
    }

    @Test
    void startCarriesTheJurisdictionsOffset() throws ParseException {
        ScrapedMeeting m = row(OCD + "legistar.council.nyc.gov__Calendar.html", "http://legistar.council.nyc.gov/Calendar.aspx",
                "America/New_York", 0);
        assertThat(m.start()).hasToString("2014-06-12T10:00-04:00");
    }

    @Test
    void multimediaLinkComesFromTheTelerikWindowScriptNotTheSelfHref() throws ParseException {
        ScrapedMeeting m = row(OCD + "nyc__events.html", "https://nyc.legistar.com/Calendar.aspx", "America/New_York", 39);
        assertThat(m.links()).filteredOn(l -> l.label().equals("Multimedia")).singleElement()
                .extracting(Link::url).asString()
                .startsWith("https://nyc.legistar.com/Video.aspx?Mode=Auto&URL=")
                .endsWith("&Mode2=Video");
    }

    @Test
    void bodyOfADepartmentPageComesFromTheSourceOptionWhenGiven() throws ParseException {
        var ctx = new org.ordinancewatch.parse.SourceContext("Ramsey County", java.time.ZoneId.of("America/Chicago"),
                context("America/Chicago").clock(), java.util.Map.of("body", "County Board"));
        ScrapedMeeting m = adapter.parse(shared(MINN + "minn_ramsey_boc.html", "https://ramseycounty.legistar.com/"
                + "DepartmentDetail.aspx?ID=1"), ctx).meetings().get(0);
        assertThat(m.body()).isEqualTo("County Board");
    }
}
