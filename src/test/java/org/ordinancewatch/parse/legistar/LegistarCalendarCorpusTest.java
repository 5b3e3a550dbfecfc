package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;

/**
 * Every real calendar page of the shared corpus. Expected counts were taken independently of the adapter by
 * counting the grid's {@code gridCalendar_ctl00__N} rows and the rows' meeting-details anchors that have an href.
 */
class LegistarCalendarCorpusTest {

    private final LegistarCalendarAdapter adapter = new LegistarCalendarAdapter();

    /** path, zone, rows, distinct public meeting-detail links. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(CHARNC + "charnc_charlotte_city_legistar_business.html", "America/New_York", 1, 1),
                Arguments.of(CHARNC + "charnc_charlotte_city_legistar_zoning.html", "America/New_York", 1, 1),
                Arguments.of(FRESNO + "fresno_bicycle_pedestrian.html", "America/Los_Angeles", 12, 6),
                Arguments.of(MINN + "minn_hennepin_admin_op_bud_committee.html", "America/Chicago", 1, 1),
                Arguments.of(MINN + "minn_hennepin_boc.html", "America/Chicago", 1, 0),
                Arguments.of(MINN + "minn_ramsey_bcw.html", "America/Chicago", 35, 35),
                Arguments.of(MINN + "minn_ramsey_boc.html", "America/Chicago", 35, 8),
                Arguments.of(MINN + "minn_ramsey_bwd.html", "America/Chicago", 35, 24),
                Arguments.of(MINN + "minn_ramsey_hra.html", "America/Chicago", 35, 35),
                Arguments.of(MINN + "minn_ramsey_lcw.html", "America/Chicago", 13, 13),
                Arguments.of(MINN + "minn_ramsey_rra.html", "America/Chicago", 35, 34),
                Arguments.of(CB + "chi_mwrd_legistar.html", "America/Chicago", 3, 3),
                Arguments.of(CB + "parkdistrict.html", "America/Chicago", 19, 15),
                Arguments.of(CB + "parksboard.html", "America/Chicago", 15, 10),
                Arguments.of(NASHVILLE + "00__nashville_legistar_com_Calendar_aspx.html", "America/Chicago", 100, 88),
                Arguments.of(NASHVILLE + "01__nashville_legistar_com_Calendar_aspx.html", "America/Chicago", 100, 88),
                Arguments.of(OCD + "chicago__events.html", "America/Chicago", 8, 8),
                Arguments.of(OCD + "legistar.council.nyc.gov__Calendar.html", "America/New_York", 100, 100),
                Arguments.of(OCD + "nyc__events.html", "America/New_York", 40, 40));
    }

    /** path, zone, row, sourceId, body, local start, location, status; read independently from the raw rows. */
    static Stream<Arguments> rows() {
        return Stream.of(
                row(CHARNC + "charnc_charlotte_city_legistar_business.html", "America/New_York", 0, "1146416", "City Council Business Meeting", "2024-06-24T17:00", "Council Chamber", ScrapedMeetingStatus.HELD),
                row(CHARNC + "charnc_charlotte_city_legistar_zoning.html", "America/New_York", 0, "1287857", "City Council Zoning Meeting", "2025-03-17T17:00", "Council Chamber", ScrapedMeetingStatus.HELD),
                row(FRESNO + "fresno_bicycle_pedestrian.html", "America/Los_Angeles", 0, "925233", "Bicycle and Pedestrian Advisory Committee", "2022-08-24T17:30", "In Person and/or Electronic", ScrapedMeetingStatus.HELD),
                row(FRESNO + "fresno_bicycle_pedestrian.html", "America/Los_Angeles", 6, "912520", "City Council", "2022-08-11T09:00", "Council Chambers (In Person And/Or Electronic)", ScrapedMeetingStatus.HELD),
                row(FRESNO + "fresno_bicycle_pedestrian.html", "America/Los_Angeles", 11, "922236", "Council District 6 Project Review Committee", "2022-08-01T17:30", "Electronic Meeting", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_hennepin_admin_op_bud_committee.html", "America/Chicago", 0, "1352206", "Administration, Operations and Budget Committee", "2025-11-10T12:00", "Government Center - County Board Chambers", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_hennepin_boc.html", "America/Chicago", 0, "1415525", "Board of Hennepin County Commissioners", "2026-05-19T13:30", "Government Center - County Board Chambers", ScrapedMeetingStatus.SCHEDULED),
                row(MINN + "minn_ramsey_bcw.html", "America/Chicago", 0, "1335150", "Budget Committee of the Whole", "2025-09-22T09:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_ramsey_bcw.html", "America/Chicago", 34, "835609", "Budget Committee of the Whole", "2018-08-28T12:59", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_ramsey_boc.html", "America/Chicago", 0, "1400266", "Board of Commissioners", "2026-12-22T09:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.SCHEDULED),
                row(MINN + "minn_ramsey_boc.html", "America/Chicago", 34, "1336453", "Board of Commissioners", "2026-03-10T09:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.SCHEDULED),
                row(MINN + "minn_ramsey_bwd.html", "America/Chicago", 17, "1382125", "Board Workshop / Discussion", "2026-04-07T13:30", "Courthouse Room 220", ScrapedMeetingStatus.SCHEDULED),
                row(MINN + "minn_ramsey_bwd.html", "America/Chicago", 34, "1344818", "Board Workshop / Discussion", "2025-10-14T10:30", "Courthouse Room 220", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_ramsey_hra.html", "America/Chicago", 0, "1404995", "Housing and Redevelopment Authority", "2026-04-28T10:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.SCHEDULED),
                row(MINN + "minn_ramsey_hra.html", "America/Chicago", 34, "1055198", "Housing and Redevelopment Authority", "2022-12-13T10:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_ramsey_lcw.html", "America/Chicago", 6, "835634", "Legislative Committee of the Whole", "2019-12-17T11:05", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_ramsey_lcw.html", "America/Chicago", 12, "835630", "Legislative Committee of the Whole", "2015-12-15T09:58", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.HELD),
                row(MINN + "minn_ramsey_rra.html", "America/Chicago", 0, "1408722", "Regional Railroad Authority", "2026-05-19T10:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.SCHEDULED),
                row(MINN + "minn_ramsey_rra.html", "America/Chicago", 17, "1236860", "Regional Railroad Authority", "2024-11-26T10:00", "Council Chambers - Courthouse Room 300", ScrapedMeetingStatus.HELD),
                row(CB + "chi_mwrd_legistar.html", "America/Chicago", 0, "570930", "Board of Commissioners", "2018-04-19T10:30", "Board Room", ScrapedMeetingStatus.HELD),
                row(CB + "chi_mwrd_legistar.html", "America/Chicago", 2, "600388", "Study Session", "2018-04-05T00:00", "Board Room", ScrapedMeetingStatus.HELD),
                row(CB + "parkdistrict.html", "America/Chicago", 0, "521452", "Board of Commissioners", "2017-12-13T15:30", "8TH FLOOR BOARD ROOM", ScrapedMeetingStatus.HELD),
                row(CB + "parkdistrict.html", "America/Chicago", 9, "521436", "Board of Commissioners", "2017-08-09T15:30", "ADMINISTRATION BUILDING AT 541 NORTH FAIRBANKS COURT, CHICAGO, ILLINOIS 60611 8TH FLOOR BOARD ROOM", ScrapedMeetingStatus.HELD),
                row(CB + "parksboard.html", "America/Chicago", 7, "521434", "Board of Commissioners", "2017-06-14T15:30", "ADMINISTRATION BUILDING AT 541 NORTH FAIRBANKS COURT, CHICAGO, ILLINOIS 60611 8TH FLOOR BOARD ROOM", ScrapedMeetingStatus.HELD),
                row(CB + "parksboard.html", "America/Chicago", 14, "526773", "Board of Commissioners", "2017-01-11T15:30", "ADMINISTRATION BUILDING AT 541 NORTH FAIRBANKS COURT, CHICAGO, ILLINOIS 60611 8TH FLOOR BOARD ROOM", ScrapedMeetingStatus.HELD),
                row(NASHVILLE + "00__nashville_legistar_com_Calendar_aspx.html", "America/Chicago", 0, "1314043", "Metropolitan Council", "2025-12-16T18:30", "Metropolitan Courthouse", ScrapedMeetingStatus.HELD),
                row(NASHVILLE + "00__nashville_legistar_com_Calendar_aspx.html", "America/Chicago", 50, "1294735", "Government Operations and Regulations Committee", "2025-04-15T17:30", "Committee Room 1", ScrapedMeetingStatus.HELD),
                row(NASHVILLE + "01__nashville_legistar_com_Calendar_aspx.html", "America/Chicago", 99, "1244597", "Metropolitan Council", "2025-01-21T18:30", "Metropolitan Courthouse", ScrapedMeetingStatus.HELD),
                row(OCD + "chicago__events.html", "America/Chicago", 0, "658900", "City Council", "2019-01-23T10:00", "Council Chambers -- City Hall -- Chicago, Illinois", ScrapedMeetingStatus.HELD),
                row(OCD + "chicago__events.html", "America/Chicago", 4, "654141", "Committee on Zoning, Landmarks and Building Standards", "2019-01-17T10:00", "Council Chambers -- City Hall -- Chicago, Illinois", ScrapedMeetingStatus.HELD),
                row(OCD + "chicago__events.html", "America/Chicago", 7, "668019", "Committee on Human Relations", "2019-01-08T10:00", "Council Chambers -- City Hall -- Chicago, Illinois", ScrapedMeetingStatus.CANCELLED),
                row(OCD + "legistar.council.nyc.gov__Calendar.html", "America/New_York", 0, "317374", "Committee on Higher Education", "2014-06-12T10:00", "250 Broadway - Committee Rm, 16th Fl.", ScrapedMeetingStatus.HELD),
                row(OCD + "legistar.council.nyc.gov__Calendar.html", "America/New_York", 50, "312928", "Committee on Juvenile Justice", "2014-05-19T00:00", "Council Chambers - City Hall", ScrapedMeetingStatus.POSTPONED),
                row(OCD + "legistar.council.nyc.gov__Calendar.html", "America/New_York", 99, "304832", "Committee on Consumer Affairs", "2014-04-28T13:00", "Committee Room - City Hall", ScrapedMeetingStatus.HELD),
                row(OCD + "nyc__events.html", "America/New_York", 0, "670695", "Subcommittee on Landmarks, Public Siting and Maritime Uses", "2019-01-31T12:00", "250 Broadway - Committee Rm, 16th Fl.", ScrapedMeetingStatus.HELD),
                row(OCD + "nyc__events.html", "America/New_York", 20, "668221", "Committee on Governmental Operations", "2019-01-17T13:00", "Council Chambers - City Hall", ScrapedMeetingStatus.HELD),
                row(OCD + "nyc__events.html", "America/New_York", 39, "669540", "Committee on Governmental Operations", "2019-01-07T10:00", "250 Broadway - Committee Rm, 16th Fl.", ScrapedMeetingStatus.HELD));
    }

    private static Arguments row(String path, String zone, int index, String sourceId, String body, String start,
            String location, ScrapedMeetingStatus status) {
        return Arguments.of(path, zone, index, sourceId, body, start, location, status);
    }

    private ParseResult parse(String path, String zone) throws ParseException {
        return adapter.parse(shared(path, "https://example.legistar.com/Calendar.aspx"), context(zone));
    }

    private ScrapedMeeting meeting(String path, String zone, int index) throws ParseException {
        return parse(path, zone).meetings().get(index);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsEveryRow(String path, String zone, int rows, int details) throws ParseException {
        assertThat(parse(path, zone).meetings()).hasSize(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void followsEveryPublicMeetingDetailPage(String path, String zone, int rows, int details) throws ParseException {
        assertThat(parse(path, zone).follow()).hasSize(details).allMatch(u -> u.contains("MeetingDetail.aspx?ID="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void warnsAboutNothing(String path, String zone, int rows, int details) throws ParseException {
        assertThat(parse(path, zone).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} row {2}")
    @MethodSource("rows")
    void sourceId(String path, String zone, int index, String sourceId, String body, String start, String location,
            ScrapedMeetingStatus status) throws ParseException {
        assertThat(meeting(path, zone, index).sourceId()).isEqualTo(sourceId);
    }

    @ParameterizedTest(name = "{0} row {2}")
    @MethodSource("rows")
    void body(String path, String zone, int index, String sourceId, String body, String start, String location,
            ScrapedMeetingStatus status) throws ParseException {
        assertThat(meeting(path, zone, index).body()).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0} row {2}")
    @MethodSource("rows")
    void start(String path, String zone, int index, String sourceId, String body, String start, String location,
            ScrapedMeetingStatus status) throws ParseException {
        ScrapedMeeting m = meeting(path, zone, index);
        assertThat(m.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse(start));
        assertThat(m.start().toInstant()).isEqualTo(LocalDateTime.parse(start).atZone(java.time.ZoneId.of(zone)).toInstant());
    }

    @ParameterizedTest(name = "{0} row {2}")
    @MethodSource("rows")
    void location(String path, String zone, int index, String sourceId, String body, String start, String location,
            ScrapedMeetingStatus status) throws ParseException {
        assertThat(meeting(path, zone, index).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "{0} row {2}")
    @MethodSource("rows")
    void status(String path, String zone, int index, String sourceId, String body, String start, String location,
            ScrapedMeetingStatus status) throws ParseException {
        assertThat(meeting(path, zone, index).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} row {2}")
    @MethodSource("rows")
    void detailUrlCarriesTheSameMeetingId(String path, String zone, int index, String sourceId, String body,
            String start, String location, ScrapedMeetingStatus status) throws ParseException {
        String url = meeting(path, zone, index).url();
        if (url != null) {
            assertThat(url).contains("MeetingDetail.aspx?ID=" + sourceId + "&");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {OCD + "chicago__people.html", OCD + "nyc__people.html", OCD + "metro__people.html",
            CB + "parkdistrict_legistar.html", OCD + "nyc__bills.html", OCD + "chicago__bills.html"})
    void rejectsPagesWithoutAMeetingGrid(String path) {
        assertThatThrownBy(() -> parse(path, "America/Chicago")).isInstanceOf(ParseException.class)
                .hasMessageContaining("no Legistar meeting grid");
    }

    @ParameterizedTest
    @ValueSource(strings = {API + "City-Bureau__city-scrapers-charnc/tests__files__charnc_meck_boc_legistar.json"})
    void rejectsJson(String path) {
        assertThatThrownBy(() -> parse(path, "America/New_York")).isInstanceOf(ParseException.class)
                .hasMessageContaining("JSON");
    }
}
