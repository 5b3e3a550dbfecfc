package org.ordinancewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordinancewatch.seed.SeedReader;

class DefinitionReaderTest {

    static final Set<String> ADAPTERS = new TreeSet<>(Set.of("legistar-calendar", "legistar-meeting-detail",
            "legistar-legislation-detail", "legistar-api-events", "legistar-api-eventitems", "legistar-api-histories",
            "legistar-api-matters",
            "iqm2-calendar", "iqm2-meeting", "iqm2-legifile", "civicplus-agendacenter", "granicus-viewpublisher",
            "primegov-api", "civicclerk-api", "novusagenda", "municode-meetings", "escribe", "boarddocs",
            "pdf-agenda"));

    @TempDir
    Path dir;

    /** The slugs of the tracked places in the project's seed. */
    static Set<String> jurisdictions() {
        Set<String> slugs = new TreeSet<>();
        SeedReader.read(Path.of("config/jurisdictions.csv"), Path.of("config/measures.csv")).jurisdictions()
                .forEach(j -> slugs.add(j.slug()));
        return slugs;
    }

    @Test
    void projectDefinitionsAreValid() {
        DefinitionReader.Definitions d = DefinitionReader.read(Path.of("scrapers"), ADAPTERS, jurisdictions());
        assertThat(d.platforms()).extracting(PlatformDefinition::name).contains("legistar-web", "legistar-api");
        assertThat(d.sources()).extracting(SourceDefinition::name).contains("new-york-city-ny", "baltimore-md");
    }

    @Test
    void sourceNameIsTheFileName() {
        DefinitionReader.Definitions d = DefinitionReader.read(Path.of("scrapers"), ADAPTERS, jurisdictions());
        SourceDefinition nyc = d.sources().stream().filter(s -> s.name().equals("new-york-city-ny")).findFirst()
                .orElseThrow();
        assertThat(nyc.platform()).isEqualTo("legistar-web");
        assertThat(nyc.bodies().accepts("Subcommittee on Landmarks, Public Siting and Maritime Uses")).isFalse();
        assertThat(nyc.bodies().accepts("Committee on Public Safety")).isTrue();
    }

    @Test
    void addingALegistarCityIsOneSmallFile() throws IOException {
        copyPlatforms();
        write("sources/madison-wi.yaml", "jurisdiction: madison-wi\nplatform: legistar-web\nbase-url: https://madison.legistar.com\n");
        SourceDefinition s = DefinitionReader.read(dir, ADAPTERS, jurisdictions()).sources().get(0);
        assertThat(s.maxPages()).isEqualTo(200);
        assertThat(s.enabled()).isTrue();
    }

    @Test
    void unknownFieldIsNamedWithFileAndLine() throws IOException {
        copyPlatforms();
        Path file = write("sources/madison-wi.yaml",
                "jurisdiction: madison-wi\nplatform: legistar-web\nbase-url: https://madison.legistar.com\nbodys:\n  include: [Council]\n");
        SourceDefinitionException e = reject();
        assertThat(e.problems()).singleElement().asString().startsWith(file + " line 4, field 'bodys'");
    }

    @Test
    void unknownJurisdictionPlatformAndBadValuesAreEachNamed() throws IOException {
        copyPlatforms();
        Path file = write("sources/gotham.yaml", "jurisdiction: gotham\nplatform: legistar-website\n"
                + "base-url: ftp://gotham.example\nschedule: every day\nmax-pages: 0\n");
        SourceDefinitionException e = reject();
        assertThat(e.problems()).containsExactly(
                file + " line 1, field 'jurisdiction': unknown jurisdiction 'gotham' (add it to config/jurisdictions.csv)",
                file + " line 2, field 'platform': unknown platform 'legistar-website' (known: legistar-api, legistar-web)",
                file + " line 3, field 'base-url': must be an http(s) URL, got 'ftp://gotham.example'",
                file + " line 4, field 'schedule': 'every day' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)",
                file + " line 5, field 'max-pages': must be between 1 and 5000");
    }

    @Test
    void platformWithUnknownAdapterOrBadPatternIsRejected() throws IOException {
        Path file = write("platforms/odd.yaml", "name: odd\nstart:\n  - adapter: odd-calendar\n    url: \"{base}/cal\"\n"
                + "routes:\n  - match: \"Detail(\"\n    adapter: legistar-meeting-detail\n");
        SourceDefinitionException e = reject();
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith(file + " line 3, field 'start[0].adapter': unknown adapter 'odd-calendar'");
        assertThat(e.problems().get(1)).startsWith(file + " line 6, field 'routes[0].match': not a regular expression");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws IOException {
        copyPlatforms();
        Path file = write("sources/madison-wi.yaml", "jurisdiction: madison-wi\nplatform: [legistar-web\n");
        SourceDefinitionException e = reject();
        assertThat(e.problems()).singleElement().asString().startsWith(file + " line");
    }

    private SourceDefinitionException reject() {
        SourceDefinitionException e = catchThrowableOfType(SourceDefinitionException.class,
                () -> DefinitionReader.read(dir, ADAPTERS, jurisdictions()));
        assertThat(e).as("definitions should have been rejected").isNotNull();
        return e;
    }

    private void copyPlatforms() throws IOException {
        Files.createDirectories(dir.resolve("platforms"));
        for (String p : new String[] {"legistar-web.yaml", "legistar-api.yaml"}) {
            Files.copy(Path.of("scrapers/platforms", p), dir.resolve("platforms").resolve(p));
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
