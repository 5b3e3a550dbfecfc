package org.ordinancewatch.parse.granicus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.testing.AdapterTesting.context;
import static org.ordinancewatch.testing.AdapterTesting.meeting;
import static org.ordinancewatch.testing.AdapterTesting.parse;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

/**
 * Two rows of each San Diego committee archive and of the Beverly Hills, Norwalk and Metra listings, field by field.
 * Each expected value was read off the row's cells: the name cell, the date cell (with its time where the template
 * prints one), a "CANCELLED" in the name, and the row's video or agenda link (protocol-relative links take the
 * listing's scheme). The San Diego archives print no time, so those starts are midnight.
 */
class GranicusCorpusRowsTest {

    private static final String CA = "granicus_viewpublisher/washabstract__city-scrapers-ca/tests__files__";
    private static final String CB = "granicus_viewpublisher/City-Bureau__city-scrapers/tests__files__";
    private static final String SD = "https://sandiego.granicus.com/MediaPlayer.php?view_id=";

    private final GranicusViewPublisherAdapter adapter = new GranicusViewPublisherAdapter();

    @ParameterizedTest(name = "{0} {3}")
    @CsvSource(delimiter = '|', value = {
            CA + "san_diego_city_audit_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=24|America/Los_Angeles|clip-8529|Audit Committee Meeting|2022-09-21T00:00-07:00|HELD|" + SD + "24&clip_id=8529",
            CA + "san_diego_city_audit_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=24|America/Los_Angeles|clip-8464|Audit Committee Meeting|2022-06-15T00:00-07:00|HELD|" + SD + "24&clip_id=8464",
            CA + "san_diego_city_budget_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=16|America/Los_Angeles|clip-5963|Budget and Finance Committee|2013-11-21T00:00-08:00|HELD|" + SD + "16&clip_id=5963",
            CA + "san_diego_city_budget_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=16|America/Los_Angeles|clip-5944|Budget and Finance Committee|2013-10-30T00:00-07:00|HELD|" + SD + "16&clip_id=5944",
            CA + "san_diego_city_chart_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=25|America/Los_Angeles|clip-6707|Charter Review Committee|2016-05-18T00:00-07:00|HELD|" + SD + "25&clip_id=6707",
            CA + "san_diego_city_chart_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=25|America/Los_Angeles|clip-6663|Charter Review Committee|2016-03-23T00:00-07:00|HELD|" + SD + "25&clip_id=6663",
            CA + "san_diego_city_fire_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=28|America/Los_Angeles|clip-2574|Ad Hoc Committee on Fire Prevention and Recovery|2008-11-10T00:00-08:00|HELD|" + SD + "28&clip_id=2574",
            CA + "san_diego_city_fire_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=28|America/Los_Angeles|clip-2269|Ad Hoc Committee on Fire Prevention and Recovery|2008-07-14T00:00-07:00|HELD|" + SD + "28&clip_id=2269",
            CA + "san_diego_city_gov_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=13|America/Los_Angeles|clip-412|Government Efficiency & Openness (GE&O)|2005-12-05T00:00-08:00|HELD|" + SD + "13&clip_id=412",
            CA + "san_diego_city_gov_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=13|America/Los_Angeles|clip-395|Government Efficiency & Openness (GE&O)|2005-10-31T00:00-08:00|HELD|" + SD + "13&clip_id=395",
            CA + "san_diego_city_land_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=12|America/Los_Angeles|clip-8534|Land Use and Housing Committee|2022-09-22T00:00-07:00|HELD|" + SD + "12&clip_id=8534",
            CA + "san_diego_city_land_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=12|America/Los_Angeles|clip-8503|Land Use and Housing Committee|2022-08-03T00:00-07:00|HELD|" + SD + "12&clip_id=8503",
            CA + "san_diego_city_nrc_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=14|America/Los_Angeles|clip-5951|Natural Resources and Culture (NR&C)|2013-11-06T00:00-08:00|HELD|" + SD + "14&clip_id=5951",
            CA + "san_diego_city_nrc_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=14|America/Los_Angeles|clip-5912|Natural Resources and Culture (NR&C)|2013-09-25T00:00-07:00|HELD|" + SD + "14&clip_id=5912",
            CA + "san_diego_city_planning_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=8|America/Los_Angeles|clip-8525|Planning Commission|2022-09-15T00:00-07:00|HELD|" + SD + "8&clip_id=8525",
            CA + "san_diego_city_planning_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=8|America/Los_Angeles|clip-8514|Planning Commission|2022-09-01T00:00-07:00|HELD|" + SD + "8&clip_id=8514",
            CA + "san_diego_city_publicsafety_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=15|America/Los_Angeles|clip-5945|Public Safety and Neighborhood Services (PS&NS)|2013-10-30T00:00-07:00|HELD|" + SD + "15&clip_id=5945",
            CA + "san_diego_city_publicsafety_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=15|America/Los_Angeles|clip-5905|Public Safety and Neighborhood Services (PS&NS)|2013-09-18T00:00-07:00|HELD|" + SD + "15&clip_id=5905",
            CA + "san_diego_city_rules_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=11|America/Los_Angeles|clip-8530|Rules Committee|2022-09-21T00:00-07:00|HELD|" + SD + "11&clip_id=8530",
            CA + "san_diego_city_rules_com_archived.html|https://sandiego.granicus.com/ViewPublisher.php?view_id=11|America/Los_Angeles|clip-8460|Rules Committee|2022-06-08T00:00-07:00|HELD|" + SD + "11&clip_id=8460",
            CA + "beverlyhills.html|https://beverlyhills.granicus.com/ViewPublisher.php?view_id=57|America/Los_Angeles|event-4466|Planning Commission Regular Meeting|2022-11-10T13:30-08:00|HELD|https://beverlyhills.granicus.com/AgendaViewer.php?view_id=57&event_id=4466",
            CA + "beverlyhills.html|https://beverlyhills.granicus.com/ViewPublisher.php?view_id=57|America/Los_Angeles|clip-8862|Planning Commission Regular Meeting|2022-10-27T00:00-07:00|HELD|https://beverlyhills.granicus.com/MediaPlayer.php?view_id=57&clip_id=8862",
            CA + "norwalk.html|https://norwalk.granicus.com/ViewPublisher.php?view_id=1|America/Los_Angeles|clip-751|Housing Authority|2022-11-15T17:45-08:00|HELD|https://norwalk.granicus.com/AgendaViewer.php?view_id=1&clip_id=751",
            CA + "norwalk.html|https://norwalk.granicus.com/ViewPublisher.php?view_id=1|America/Los_Angeles|clip-650|Planning Commission - CANCELLED|2021-11-24T19:30-08:00|CANCELLED|https://norwalk.granicus.com/AgendaViewer.php?view_id=1&clip_id=650",
            CB + "il_metra_board.html|http://metrarr.granicus.com/ViewPublisher.php?view_id=5|America/Chicago|clip-288|Metra January 2018 Board Meeting|2018-01-17T10:33-06:00|HELD|http://metrarr.granicus.com/AgendaViewer.php?view_id=5&clip_id=288",
            CB + "il_metra_board.html|http://metrarr.granicus.com/ViewPublisher.php?view_id=5|America/Chicago|clip-276|Metra December 2017 Board Meeting|2017-12-13T09:03-06:00|HELD|http://metrarr.granicus.com/MinutesViewer.php?view_id=5&clip_id=276&doc_id=67620acc-fc9b-11e7-8dcb-00505691de41" })
    void rowFields(String fixture, String url, String zone, String id, String body, String start, ScrapedMeetingStatus status,
            String link) {
        ScrapedMeeting meeting = meeting(parse(adapter, Fixtures.page(Fixtures.shared(fixture), url, "text/html; charset=utf-8"),
                context(zone)), id);
        assertThat(meeting.body()).isEqualTo(body);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse(start));
        assertThat(meeting.start().getOffset()).isEqualTo(OffsetDateTime.parse(start).getOffset());
        assertThat(meeting.status()).isEqualTo(status);
        assertThat(meeting.links()).extracting(Link::url).contains(link);
    }
}
