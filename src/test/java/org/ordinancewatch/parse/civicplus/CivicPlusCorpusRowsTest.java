package org.ordinancewatch.parse.civicplus;

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
 * Two rows of each real Agenda Center listing, field by field. Each expected value was read off the row's markup: the
 * category heading (the body), the date in the row's {@code <strong>}, a time only where the description prints one
 * ("530pm"), a cancellation word in the description, and the row's agenda href. Listings print no time otherwise, so
 * the start is midnight in the city's zone, with the offset of that date.
 */
class CivicPlusCorpusRowsTest {

    private static final String FRESNO = "civicplus_agendacenter/City-Bureau__city-scrapers-fresno/tests__files__";
    private static final String CASSETTE = "civicplus_agendacenter/biglocalnews__civic-scraper/decoded_from_cassette/";
    private static final java.util.Map<String, String> FILES = java.util.Map.of(
            "avenal", FRESNO + "avenal_city_council.html",
            "chowchilla", FRESNO + "fre_chowchilla_city_council.html",
            "bremerton", CASSETTE + "test_committee_match__00__wa_bremerton_civicplus_com_AgendaCenter.html",
            "napa", CASSETTE + "test_download_asset_list__00__ca_napacounty_civicplus_com_AgendaCenter.html",
            "zephyrhills", CASSETTE + "test_scrape_parameters_1__00__fl_zephyrhills_civicplus_com_AgendaCenter.html",
            "lascruces", CASSETTE + "test_scrape_parameters_2__00__nm_lascruces_civicplus_com_AgendaCenter.html",
            "liberal", CASSETTE + "test_to_csv_defaults__00__ks_liberal_civicplus_com_AgendaCenter.html");

    private final CivicPlusAgendaCenterAdapter adapter = new CivicPlusAgendaCenterAdapter();

    @ParameterizedTest(name = "{0} {3}")
    @CsvSource(delimiter = '|', value = {
            "avenal|https://www.cityofavenal.com/AgendaCenter|America/Los_Angeles|385|City Council/Successor Agency/Public Finance Authority|2022-08-11T00:00-07:00|HELD|/AgendaCenter/ViewFile/Agenda/_08112022-385",
            "avenal|https://www.cityofavenal.com/AgendaCenter|America/Los_Angeles|373|Planning Commission|2022-04-04T00:00-07:00|CANCELLED|/AgendaCenter/ViewFile/Agenda/_04042022-373",
            "chowchilla|https://www.ci.chowchilla.ca.us/AgendaCenter|America/Los_Angeles|482|City Council|2022-08-23T00:00-07:00|HELD|/AgendaCenter/ViewFile/Agenda/_08232022-482",
            "chowchilla|https://www.ci.chowchilla.ca.us/AgendaCenter|America/Los_Angeles|474|Airport Advisory Committee|2022-07-18T00:00-07:00|CANCELLED|/AgendaCenter/ViewFile/Agenda/_07182022-474",
            "bremerton|http://wa-bremerton.civicplus.com/AgendaCenter|America/Los_Angeles|228|ADA Committee|2020-09-29T00:00-07:00|HELD|/AgendaCenter/ViewFile/Agenda/_09292020-228",
            "bremerton|http://wa-bremerton.civicplus.com/AgendaCenter|America/Los_Angeles|230|Arts Commission|2020-12-09T00:00-08:00|HELD|/AgendaCenter/ViewFile/Agenda/_12092020-230",
            "napa|https://ca-napacounty.civicplus.com/AgendaCenter|America/Los_Angeles|929|Advisory Board on Alcohol & Drug Programs|2020-08-27T00:00-07:00|HELD|/AgendaCenter/ViewFile/Agenda/_08272020-929",
            "napa|https://ca-napacounty.civicplus.com/AgendaCenter|America/Los_Angeles|914|Community Corrections Partnership|2020-07-09T00:00-07:00|CANCELLED|/AgendaCenter/ViewFile/Agenda/_07092020-914",
            "zephyrhills|http://fl-zephyrhills.civicplus.com/AgendaCenter|America/New_York|364|City Council|2020-08-31T00:00-04:00|HELD|/AgendaCenter/ViewFile/Agenda/_08312020-364",
            "zephyrhills|http://fl-zephyrhills.civicplus.com/AgendaCenter|America/New_York|333|Historic Preservation Board|2020-02-27T00:00-05:00|CANCELLED|/AgendaCenter/ViewFile/Agenda/_02272020-333?html=true",
            "lascruces|https://nm-lascruces.civicplus.com/AgendaCenter|America/Denver|693|2020 Census Complete Count Committee|2020-06-18T00:00-06:00|HELD|/AgendaCenter/ViewFile/Minutes/_06182020-693",
            "lascruces|https://nm-lascruces.civicplus.com/AgendaCenter|America/Denver|633|Airport Advisory Board|2020-04-16T00:00-06:00|CANCELLED|/AgendaCenter/ViewFile/Agenda/_04162020-633",
            "liberal|http://ks-liberal.civicplus.com/AgendaCenter|America/Chicago|413|City Commission|2020-09-08T17:30-05:00|HELD|/AgendaCenter/ViewFile/Agenda/_09082020-413",
            "liberal|http://ks-liberal.civicplus.com/AgendaCenter|America/Chicago|411|City Commission|2020-08-25T17:30-05:00|HELD|/AgendaCenter/ViewFile/Agenda/_08252020-411" })
    void rowFields(String city, String url, String zone, String id, String body, String start, ScrapedMeetingStatus status,
            String linkPath) {
        ScrapedMeeting meeting = meeting(parse(adapter, Fixtures.page(Fixtures.shared(FILES.get(city)), url, "text/html; charset=utf-8"),
                context(zone)), id);
        assertThat(meeting.body()).isEqualTo(body);
        assertThat(meeting.start()).isEqualTo(OffsetDateTime.parse(start));
        assertThat(meeting.start().getOffset()).isEqualTo(OffsetDateTime.parse(start).getOffset());
        assertThat(meeting.status()).isEqualTo(status);
        String origin = url.substring(0, url.indexOf("/AgendaCenter"));
        assertThat(meeting.links()).extracting(Link::url).contains(origin + linkPath);
    }
}
