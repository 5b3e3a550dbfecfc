package org.ordinancewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A migration that has landed is never edited: Flyway refuses to start a database that ran an earlier text. Each
 * migration's SHA-256 is recorded in {@code src/test/resources/db/migration-checksums.txt}; this test fails when a
 * recorded migration's text changes or disappears, and when a new one is not recorded yet (add the line it prints).
 */
class MigrationHistoryTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path RECORD = Path.of("src/test/resources/db/migration-checksums.txt");

    @Test
    void everyRecordedMigrationIsUnchangedAndEveryMigrationIsRecorded() throws Exception {
        Map<String, String> actual = checksums();
        Map<String, String> recorded = recorded();
        for (var entry : recorded.entrySet()) {
            assertThat(actual).as("migration %s was recorded but is gone; never delete a landed migration",
                    entry.getKey()).containsKey(entry.getKey());
            assertThat(actual.get(entry.getKey())).as("migration %s was edited after it was recorded; put the change "
                    + "in a new migration instead", entry.getKey()).isEqualTo(entry.getValue());
        }
        List<String> unrecorded = actual.entrySet().stream().filter(e -> !recorded.containsKey(e.getKey()))
                .map(e -> e.getValue() + "  " + e.getKey()).toList();
        assertThat(unrecorded).as("new migrations to record in %s (these lines)", RECORD).isEmpty();
    }

    private static Map<String, String> checksums() throws Exception {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            Map<String, String> sums = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                sums.put(MIGRATIONS.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
            return sums;
        }
    }

    private static Map<String, String> recorded() throws IOException {
        return Files.readAllLines(RECORD).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+", 2))
                .collect(Collectors.toMap(p -> p[1], p -> p[0], (a, b) -> a, TreeMap::new));
    }

    private static String sha256(Path file) throws Exception {
        // Line endings normalised, so a checkout with CRLF does not count as an edit.
        byte[] text = Files.readString(file).replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    }
}
