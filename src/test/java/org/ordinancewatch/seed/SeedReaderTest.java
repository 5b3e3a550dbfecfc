package org.ordinancewatch.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordinancewatch.model.MeasureKind;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.Status;

class SeedReaderTest {

    static final Path JURISDICTIONS = Path.of("config/jurisdictions.csv");
    static final Path MEASURES = Path.of("config/measures.csv");
    static final String MEASURE_HEADER = String.join(",", SeedReader.MEASURE_COLUMNS);
    static final String TOWN = "slug,name,level,region,country,latitude,longitude,timezone\n"
            + "testville-ma,Testville,town,MA,US,42.1,-71.1,America/New_York\n";

    @TempDir
    Path dir;

    @Test
    void projectSeedHoldsAllEightyThreeResearchedMeasuresAndSixForTheirLineage() {
        SeedData data = SeedReader.read(JURISDICTIONS, MEASURES);
        // 24 + 59 researched rows, and six earlier or later bills named in their "related" cells, kept as
        // measures of their own so that lineage is data (New York's three earlier sessions, Baltimore's two
        // other bills, Virginia's SB 741).
        assertThat(data.measures()).hasSize(89);
        assertThat(data.jurisdictions()).hasSize(70);
    }

    @Test
    void everyJurisdictionHasCoordinatesAndATimeZone() {
        SeedData data = SeedReader.read(JURISDICTIONS, MEASURES);
        assertThat(data.jurisdictions()).allSatisfy(j -> {
            assertThat(j.latitude()).isNotNull();
            assertThat(j.longitude()).isNotNull();
            assertThat(java.time.ZoneId.of(j.timezone()).getId()).contains("/");
            if (j.country().equals("US")) {
                assertThat(j.timezone()).startsWith("America/");
            }
        });
        assertThat(data.jurisdictions()).filteredOn(j -> j.slug().equals("european-union")).singleElement()
                .satisfies(eu -> {
                    assertThat(eu.level()).isEqualTo(org.ordinancewatch.model.Level.SUPRANATIONAL);
                    assertThat(eu.country()).isEqualTo("EU");
                    assertThat(eu.timezone()).isEqualTo("Europe/Brussels");
                });
    }

    @Test
    void readsSourcesWithAndWithoutUrls() {
        MeasureRow oakland = row(SeedReader.read(JURISDICTIONS, MEASURES), "oakland-ca-ban-2019");
        assertThat(oakland.sources()).extracting(MeasureRow.SourceCell::label).endsWith("oakland.legistar.com",
                "ACLU of Northern California");
        assertThat(oakland.sources()).extracting(MeasureRow.SourceCell::url)
                .startsWith("https://www.cnet.com/news/facial-recognition-banned-in-another-city/")
                .satisfies(urls -> assertThat(urls.subList(urls.size() - 2, urls.size())).containsOnlyNulls());
        assertThat(oakland.sources()).noneMatch(MeasureRow.SourceCell::official);
    }

    @Test
    void officialSourcesAreMarkedAndComeFirst() {
        MeasureRow madison = row(SeedReader.read(JURISDICTIONS, MEASURES), "madison-wi-ban-2020");
        assertThat(madison.sources().get(0).official()).isTrue();
        assertThat(madison.sources().get(0).url()).startsWith("https://madison.legistar.com/LegislationDetail.aspx");
        assertThat(madison.sources().subList(1, madison.sources().size())).noneMatch(MeasureRow.SourceCell::official);
    }

    @Test
    void anOfficialMarkNeedsAUrl() {
        assertThat(SeedReader.sources("[official] Press release <https://example.org/a> | Paper"))
                .containsExactly(new MeasureRow.SourceCell("Press release", "https://example.org/a", true),
                        new MeasureRow.SourceCell("Paper", null, false));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SeedReader.sources("[official] Paper")).withMessageContaining("has no URL");
    }

    @Test
    void keepsMonthPrecision() {
        MeasureRow berkeley = row(SeedReader.read(JURISDICTIONS, MEASURES), "berkeley-ca-ban-2019");
        assertThat(berkeley.decidedOn().toString()).isEqualTo("2019-10");
    }

    @Test
    void readsLinksBetweenMeasures() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "old-bill,testville-ma,,Old bill,ban,,failed,,2020-01-01,,,,,,,\n"
                + "new-bill,testville-ma,,New bill,ban,,proposed,,,,,,,reintroduces:old-bill,,\n");
        MeasureRow fresh = row(SeedReader.read(write("j.csv", TOWN), measures), "new-bill");
        assertThat(fresh.links()).containsExactly(new MeasureRow.LinkCell(Relation.REINTRODUCES, "old-bill"));
        assertThat(fresh.kind()).isEqualTo(MeasureKind.BAN);
        assertThat(fresh.status()).isEqualTo(Status.PROPOSED);
    }

    @Test
    void unknownStatusNamesFileLineAndField() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "good,testville-ma,,Good,ban,,in_force,,2020-01-01,,,,,,,\n"
                + "bad,testville-ma,,Bad,ban,,in-force,,2020-01-01,,,,,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).containsExactly(measures + " line 3, field 'status': unknown status 'in-force' "
                + "(expected one of proposed, in_committee, passed, in_force, weakened, expired, repealed, failed, "
                + "withdrawn, vetoed, pending)");
    }

    @Test
    void badDateNamesFileLineAndField() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "bad,testville-ma,,Bad,ban,,in_force,,2020-02-31,,,,,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).singleElement().asString()
                .startsWith(measures + " line 2, field 'decided_on': '2020-02-31' is not a real date");
    }

    @Test
    void unknownJurisdictionIsRejected() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "orphan,atlantis,,Orphan,ban,,in_force,,,,,,,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).singleElement().asString()
                .contains(measures + " line 2, field 'jurisdiction': unknown jurisdiction 'atlantis'");
    }

    @Test
    void missingJurisdictionIsRejected() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "orphan,,,Orphan,ban,,in_force,,,,,,,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).contains(measures + " line 2, field 'jurisdiction': is required");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "a,testville-ma,,A,treaty,,in_force,,,,,,,,,\n"
                + "b,testville-ma,,,ban,,in_force,,,,,,,,ftp://example.org/x,\n"
                + "a,testville-ma,,A again,ban,,in_force,,,,,,,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).hasSize(4);
        assertThat(e.getMessage()).contains("line 2, field 'kind'", "line 3, field 'title'", "line 3, field 'sources'",
                "line 4, field 'slug': duplicate slug 'a'");
    }

    @Test
    void badJurisdictionRowsAreNamed() throws IOException {
        Path jurisdictions = write("j.csv", "slug,name,level,region,country,latitude,longitude,timezone\n"
                + "Bad Slug,Nowhere,village,XX,USA,95,-71.1,Mars/Olympus\n");
        SeedException e = reject(jurisdictions, write("measures.csv", MEASURE_HEADER + "\n"));
        assertThat(e.problems()).hasSize(5).allSatisfy(p -> assertThat(p).startsWith(jurisdictions + " line 2, field '"));
    }

    @Test
    void overlongCellIsNamedBeforeTheDatabaseRejectsIt() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "long,testville-ma,,Long,ban,,in_force,,,,," + "v".repeat(106) + ",,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo(measures + " line 2, field 'vote': is 106 characters long; at most 100 fit");
    }

    @Test
    void missingColumnIsReported() throws IOException {
        Path measures = write("measures.csv", "slug,jurisdiction,title\nx,testville-ma,X\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).singleElement().asString().contains("line 1: missing column(s)", "kind", "status");
    }

    @Test
    void missingFileIsReported() {
        SeedException e = reject(dir.resolve("nope.csv"), MEASURES);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("nope.csv: file not found"));
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() throws IOException {
        Path measures = write("measures.csv", MEASURE_HEADER + "\n"
                + "a,testville-ma,,A,ban,,in_force,,,,,,,,,\"two\nlines\"\n"
                + "b,testville-ma,,B,ban,,nonsense,,,,,,,,,\n");
        SeedException e = reject(write("j.csv", TOWN), measures);
        assertThat(e.problems()).singleElement().asString().startsWith(measures + " line 4, field 'status'");
    }

    @Test
    void fingerprintChangesWithAnyCell() throws IOException {
        Path j = write("j.csv", TOWN);
        String before = row(SeedReader.read(j, write("m1.csv", MEASURE_HEADER + "\n"
                + "a,testville-ma,,A,ban,,in_force,,,,,,,,,note\n")), "a").fingerprint();
        String after = row(SeedReader.read(j, write("m2.csv", MEASURE_HEADER + "\n"
                + "a,testville-ma,,A,ban,,in_force,,,,,,,,,note edited\n")), "a").fingerprint();
        assertThat(after).isNotEqualTo(before);
    }

    private SeedException reject(Path jurisdictions, Path measures) {
        SeedException e = catchThrowableOfType(SeedException.class, () -> SeedReader.read(jurisdictions, measures));
        assertThat(e).as("seed should have been rejected").isNotNull();
        return e;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static MeasureRow row(SeedData data, String slug) {
        List<MeasureRow> rows = data.measures().stream().filter(m -> m.slug().equals(slug)).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
