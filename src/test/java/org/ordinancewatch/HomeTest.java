package org.ordinancewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeTest {

    @Test
    void relativePathsAreReadFromTheHomeFolder(@TempDir Path home) {
        assertThat(new Home(home.toString()).resolve("scrapers")).isEqualTo(home.resolve("scrapers"));
    }

    @Test
    void theWorkingDirectoryKeepsPathsAsConfigured() {
        assertThat(new Home(".").resolve("config/measures.csv")).isEqualTo(Path.of("config/measures.csv"));
        assertThat(new Home(Path.of("").toAbsolutePath().toString()).resolve("scrapers")).isEqualTo(Path.of("scrapers"));
    }

    @Test
    void absolutePathsStayAsGiven(@TempDir Path home, @TempDir Path elsewhere) {
        assertThat(new Home(home.toString()).resolve(elsewhere.toString())).isEqualTo(elsewhere);
    }

    @Test
    void aHomeThatIsNotAFolderStopsStartUpNamingIt(@TempDir Path parent) {
        Path missing = parent.resolve("no-such-folder");

        assertThatThrownBy(() -> new Home(missing.toString()))
                .hasMessageContaining("ow.home")
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("is not a folder");
    }
}
