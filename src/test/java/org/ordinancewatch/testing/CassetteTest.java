package org.ordinancewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cassette reader against the corpus itself: next to each cassette the corpus keeps some response bodies it
 * decoded by hand ({@code decoded_from_cassette/<cassette>__<interaction>__<url>.html}); the reader must give the
 * same bytes, whether the cassette stored the body as text or as gzip-compressed {@code !!binary}.
 */
class CassetteTest {

    static final List<String> DIRECTORIES = List.of("civicplus_agendacenter/biglocalnews__civic-scraper",
            "boarddocs/biglocalnews__civic-scraper");

    static Stream<String> decodedFiles() throws IOException {
        Path root = Fixtures.root();
        return DIRECTORIES.stream().flatMap(dir -> {
            try {
                return Files.list(root.resolve(dir).resolve("decoded_from_cassette")).sorted()
                        .map(p -> root.relativize(p).toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** {@code test_committee_match} names {@code tests__cassettes__test_committee_match.yaml} in the same folder. */
    private static String cassetteOf(String decoded) throws IOException {
        Path file = Fixtures.shared(decoded);
        String prefix = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf("__"));
        Path folder = file.getParent().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            Path cassette = files.filter(p -> p.getFileName().toString().endsWith("__" + prefix + ".yaml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cassette for " + decoded));
            return Fixtures.root().relativize(cassette).toString();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodedFiles")
    void aRecordedBodyIsTheCorpusDecodedCopy(String decoded) throws IOException {
        String name = Path.of(decoded).getFileName().toString();
        int interaction = Integer.parseInt(name.substring(name.indexOf("__") + 2, name.indexOf("__") + 4));
        Cassette cassette = Cassette.shared(cassetteOf(decoded));
        assertThat(cassette.interactions().get(interaction).body()).isEqualTo(Files.readAllBytes(Fixtures.shared(decoded)));
    }

    @Test
    void theDecodedCopiesCoverAllTenCassettes() throws IOException {
        List<String> decoded = decodedFiles().toList();
        assertThat(decoded).hasSize(27);
        java.util.Set<String> cassettes = new java.util.TreeSet<>();
        for (String file : decoded) {
            cassettes.add(cassetteOf(file));
        }
        assertThat(cassettes).hasSize(10);
    }

    @Test
    void redirectAndItsTargetAreRecordedWithTheirHeaders() {
        Cassette columbus = Cassette.shared(
                "civicplus_agendacenter/biglocalnews__civic-scraper/tests__cassettes__test_civic_plus_site__test_scrape_place_state.yaml");
        assertThat(columbus.interactions()).hasSize(36);
        Cassette.Interaction moved = columbus.interactions().get(0);
        assertThat(moved.method()).isEqualTo("GET");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.header("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("https://www.cityofcolumbuswi.com/AgendaCenter/Search/?term=&CIDs=all"));
        Cassette.Interaction target = columbus.interactions().get(1);
        assertThat(target.status()).isEqualTo(200);
        assertThat(target.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(target.text()).contains("Cable Commission");
        assertThat(columbus.withMethod("HEAD")).hasSize(34).allSatisfy(h -> assertThat(h.body()).isEmpty());
    }
}
