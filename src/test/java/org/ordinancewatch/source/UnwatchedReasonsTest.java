package org.ordinancewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scrapers/unwatched.yaml}: the researched reason a tracked place is not watched. */
class UnwatchedReasonsTest {

    @TempDir
    Path dir;

    private static Set<String> jurisdictions() {
        return DefinitionReaderTest.jurisdictions();
    }

    @Test
    void theProjectFileNamesOnlyTrackedPlacesNoSourceReads() {
        Map<String, String> reasons = UnwatchedReasons.read(Path.of("scrapers", UnwatchedReasons.FILE), jurisdictions());
        assertThat(reasons).containsKeys("minneapolis-mn", "portland-or", "santa-cruz-ca", "springfield-ma")
                .allSatisfy((slug, reason) -> assertThat(reason).isNotBlank());
        DefinitionReader.Definitions d = DefinitionReader.read(Path.of("scrapers"),
                DefinitionReaderTest.ADAPTERS, jurisdictions());
        assertThat(d.sources()).extracting(SourceDefinition::jurisdiction).doesNotContainAnyElementsOf(reasons.keySet());
        assertThat(reasons.get("santa-cruz-ca")).contains("OnBase");
    }

    @Test
    void noFileMeansNoNotes() {
        assertThat(UnwatchedReasons.read(dir.resolve(UnwatchedReasons.FILE), jurisdictions())).isEmpty();
    }

    @Test
    void anUnknownPlaceOrAnEmptyReasonStopsStartUpNamingFileAndPlace() throws IOException {
        Path file = Files.writeString(dir.resolve(UnwatchedReasons.FILE),
                "gotham: \"Its council meets in a cave.\"\nboston-ma: \"\"\n");
        assertThatThrownBy(() -> UnwatchedReasons.read(file, jurisdictions()))
                .isInstanceOfSatisfying(SourceDefinitionException.class, e -> assertThat(e.problems()).containsExactly(
                        file + ", place 'gotham': unknown jurisdiction (add it to config/jurisdictions.csv)",
                        file + ", place 'boston-ma': the reason must be a non-empty sentence"));
    }
}
