package org.ordinancewatch.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.Home;
import org.ordinancewatch.sunset.SunsetExpiry;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.model.MeasureLink;
import org.ordinancewatch.model.Relation;
import org.ordinancewatch.model.Status;
import org.ordinancewatch.model.StatusChange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedImportTest {

    static final Path JURISDICTIONS = Path.of("config/jurisdictions.csv");
    static final Path MEASURES = Path.of("config/measures.csv");
    static final String HEADER = String.join(",", SeedReader.MEASURE_COLUMNS) + "\n";

    @Inject
    SeedImporter importer;

    @Inject
    SunsetExpiry expiry;

    @Inject
    Clock clock;

    // @TempDir is not injected into @QuarkusTest instances; a plain temporary folder per test instance.
    final Path dir = newTempDir();

    private static Path newTempDir() {
        try {
            Path d = Files.createTempDirectory("seed-import-test");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void startupImportedTheProjectSeed() {
        long count = QuarkusTransaction.requiringNew().call(() -> Measure.count());
        assertThat(count).isEqualTo(89L);
    }

    @Test
    void everyShownStatusHasARecordedOrigin() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Measure m : Measure.<Measure>listAll()) {
                List<StatusChange> timeline = StatusChange.timeline(m);
                assertThat(timeline).as(m.slug).isNotEmpty();
                assertThat(timeline.get(timeline.size() - 1).toStatus).as(m.slug).isEqualTo(m.status);
                assertThat(timeline).allSatisfy(c -> assertThat(c.reason).isNotBlank());
            }
        });
    }

    @Test
    @TestTransaction
    void reimportingTheSameFilesChangesNothing() {
        long changesBefore = StatusChange.count();
        SeedImporter.Report report = importer.apply(SeedReader.read(JURISDICTIONS, MEASURES));
        assertThat(report.measuresUnchanged()).isEqualTo(89);
        assertThat(report.measuresCreated()).isZero();
        assertThat(report.measuresUpdated()).isZero();
        assertThat(report.jurisdictionsCreated()).isZero();
        assertThat(report.jurisdictionsUpdated()).isZero();
        assertThat(StatusChange.count()).isEqualTo(changesBefore);
        assertThat(Measure.count()).isEqualTo(89L);
    }

    @Test
    @TestTransaction
    void editedRowUpdatesTheMeasureAndRecordsTheMove() throws IOException {
        Path j = withTestville();
        importer.apply(SeedReader.read(j, measures("testville-ma-ban,testville-ma,Art. 1,Face surveillance ban,ban,town agencies,proposed,,,,,,,,Town clerk <https://testville.example/clerk>,\n")));
        Measure m = Measure.findBySlug("testville-ma-ban").orElseThrow();
        assertThat(m.status).isEqualTo(Status.PROPOSED);

        SeedImporter.Report report = importer.apply(SeedReader.read(j, measures(
                "testville-ma-ban,testville-ma,Art. 1,Face surveillance ban (amended),ban,town agencies,passed,,2026-05-04,,,101-3,,,Town clerk <https://testville.example/clerk>,\n")));

        assertThat(report.measuresUpdated()).isEqualTo(1);
        assertThat(report.statusChanges()).isEqualTo(1);
        assertThat(m.title).isEqualTo("Face surveillance ban (amended)");
        assertThat(m.vote).isEqualTo("101-3");
        assertThat(m.status).isEqualTo(Status.PASSED);
        List<StatusChange> timeline = StatusChange.timeline(m);
        assertThat(timeline).extracting(c -> c.toStatus).containsExactly(Status.PROPOSED, Status.PASSED);
        StatusChange move = timeline.get(1);
        assertThat(move.fromStatus).isEqualTo(Status.PROPOSED);
        assertThat(move.occurredOn.toString()).isEqualTo("2026-05-04");
        assertThat(move.reason).matches("curator:.*measures-\\d+\\.csv line 2");
        assertThat(move.sourceUrl).isEqualTo("https://testville.example/clerk");
    }

    @Test
    @TestTransaction
    void editWithoutStatusMoveRecordsNoStatusChange() throws IOException {
        Path j = withTestville();
        importer.apply(SeedReader.read(j, measures("testville-ma-ban,testville-ma,,Ban,ban,,proposed,,,,,,,,,\n")));
        SeedImporter.Report report = importer.apply(SeedReader.read(j, measures(
                "testville-ma-ban,testville-ma,,Ban,ban,,proposed,,,,,,,,,a note\n")));
        assertThat(report.measuresUpdated()).isEqualTo(1);
        assertThat(report.statusChanges()).isZero();
        assertThat(Measure.findBySlug("testville-ma-ban").orElseThrow().notes).isEqualTo("a note");
    }

    @Test
    @TestTransaction
    void unchangedRowDoesNotUndoALaterStatusMove() throws IOException {
        Path j = withTestville();
        Path file = measures("testville-ma-moratorium,testville-ma,,Moratorium,moratorium,,in_force,,2020-01-01,,2021-01-01,,,,,\n");
        importer.apply(SeedReader.read(j, file));
        expiry.expireLapsed(clock.instant());
        importer.apply(SeedReader.read(j, file));
        assertThat(Measure.findBySlug("testville-ma-moratorium").orElseThrow().status).isEqualTo(Status.EXPIRED);
    }

    @Test
    @TestTransaction
    void editingAnotherCellDoesNotUndoAStatusARuleSet() throws IOException {
        Path j = withTestville();
        String row = "testville-ma-moratorium,testville-ma,,Moratorium,moratorium,,in_force,,2020-01-01,,2021-01-01,,,,,";
        importer.apply(SeedReader.read(j, measures(row + "\n")));
        expiry.expireLapsed(clock.instant());
        Measure m = Measure.findBySlug("testville-ma-moratorium").orElseThrow();
        int timelineBefore = StatusChange.timeline(m).size();

        SeedImporter.Report report = importer.apply(SeedReader.read(j, measures(row + "a curator's note\n")));

        assertThat(report.measuresUpdated()).isEqualTo(1);
        assertThat(report.statusChanges()).isZero();
        assertThat(m.notes).isEqualTo("a curator's note");
        assertThat(m.status).isEqualTo(Status.EXPIRED);
        assertThat(StatusChange.timeline(m)).hasSize(timelineBefore);
    }

    @Test
    @TestTransaction
    void editingTheStatusCellStillMovesAMeasureARuleSet() throws IOException {
        Path j = withTestville();
        importer.apply(SeedReader.read(j, measures(
                "testville-ma-moratorium,testville-ma,,Moratorium,moratorium,,in_force,,2020-01-01,,2021-01-01,,,,,\n")));
        expiry.expireLapsed(clock.instant());

        SeedImporter.Report report = importer.apply(SeedReader.read(j, measures(
                "testville-ma-moratorium,testville-ma,,Moratorium,moratorium,,repealed,2020-06-01,2020-01-01,,2021-01-01,,,,,\n")));

        Measure m = Measure.findBySlug("testville-ma-moratorium").orElseThrow();
        assertThat(report.statusChanges()).isEqualTo(1);
        assertThat(m.status).isEqualTo(Status.REPEALED);
        StatusChange last = StatusChange.timeline(m).get(StatusChange.timeline(m).size() - 1);
        assertThat(last.fromStatus).isEqualTo(Status.EXPIRED);
        assertThat(last.reason).startsWith("curator:");
    }

    @Test
    @TestTransaction
    void aStatusChangeCitesTheLabelAndLinkOfOneSource() throws IOException {
        Path j = withTestville();
        importer.apply(SeedReader.read(j, measures(
                "testville-ma-ban,testville-ma,,Ban,ban,,proposed,,,,,,,,Local paper | Town clerk <https://testville.example/clerk>,\n")));
        StatusChange change = StatusChange.timeline(Measure.findBySlug("testville-ma-ban").orElseThrow()).get(0);
        assertThat(change.sourceLabel).isEqualTo("Town clerk");
        assertThat(change.sourceUrl).isEqualTo("https://testville.example/clerk");
    }

    @Test
    @TestTransaction
    void aStatusChangeWithOnlyUnlinkedSourcesCitesTheFirstByName() throws IOException {
        Path j = withTestville();
        importer.apply(SeedReader.read(j, measures(
                "testville-ma-ban,testville-ma,,Ban,ban,,proposed,,,,,,,,Local paper | Town newsletter,\n")));
        StatusChange change = StatusChange.timeline(Measure.findBySlug("testville-ma-ban").orElseThrow()).get(0);
        assertThat(change.sourceLabel).isEqualTo("Local paper");
        assertThat(change.sourceUrl).isNull();
    }

    @Test
    @TestTransaction
    void linksRelatedMeasures() throws IOException {
        Path j = withTestville();
        importer.apply(SeedReader.read(j, measures(
                "testville-old,testville-ma,,Old,ban,,failed,,2019-01-01,,,,,,,\n"
                        + "testville-new,testville-ma,,New,ban,,proposed,,,,,,,reintroduces:testville-old,,\n")));
        Measure fresh = Measure.findBySlug("testville-new").orElseThrow();
        List<MeasureLink> links = MeasureLink.from(fresh);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).relation).isEqualTo(Relation.REINTRODUCES);
        assertThat(links.get(0).toMeasure.slug).isEqualTo("testville-old");

        importer.apply(SeedReader.read(j, measures(
                "testville-old,testville-ma,,Old,ban,,failed,,2019-01-01,,,,,,,\n"
                        + "testville-new,testville-ma,,New,ban,,proposed,,,,,,,,,\n")));
        assertThat(MeasureLink.from(fresh)).isEmpty();
    }

    @Test
    void badSeedStopsStartupAndKeepsStoredData() throws IOException {
        Path bad = measures("testville-ma-ban,testville-ma,,Ban,ban,,enacted,,,,,,,,,\n");
        Path j = withTestville();
        SeedConfig config = new SeedConfig() {
            public boolean enabled() {
                return true;
            }

            public String jurisdictions() {
                return j.toString();
            }

            public String measures() {
                return bad.toString();
            }
        };
        long before = QuarkusTransaction.requiringNew().call(() -> Measure.count());
        assertThatThrownBy(() -> new SeedOnStartup(config, new Home("."), importer, expiry, clock).onStart(null))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(bad + " line 2, field 'status': unknown status 'enacted'");
        long after = QuarkusTransaction.requiringNew().call(() -> Measure.count());
        assertThat(after).isEqualTo(before);
    }

    private Path withTestville() throws IOException {
        String real = Files.readString(JURISDICTIONS);
        return Files.writeString(dir.resolve("jurisdictions.csv"),
                real + "testville-ma,Testville,town,MA,US,42.1,-71.2,America/New_York\n");
    }

    private Path measures(String rows) throws IOException {
        return Files.writeString(dir.resolve("measures-" + System.nanoTime() + ".csv"), HEADER + rows);
    }
}
