package org.ordinancewatch.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.ordinancewatch.parse.Page;

/**
 * The shared corpus of real saved pages lives beside the project in {@code ../shared/fixtures} and is
 * never copied in. Locally a missing corpus skips the tests that need it; in CI ({@code CI=true}) it
 * fails them, so a green build always means the real pages were read.
 */
public final class Fixtures {

    /** Starts the message of a test skipped for want of {@code ../shared}; {@link SuiteSummary} counts them. */
    static final String MISSING_SHARED = "shared folder missing:";

    private Fixtures() {
    }

    public static Path root() {
        String override = System.getProperty("ow.fixtures");
        return required(override != null ? Path.of(override) : besideTheProject("fixtures"), "fixture corpus");
    }

    /** A file of the shared research data ({@code ../shared/data}), under the same CI rule as the corpus. */
    public static Path researchData(String name) {
        Path file = required(besideTheProject("data"), "research data").resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("file missing from the shared research data: " + file);
        }
        return file;
    }

    private static Path besideTheProject(String folder) {
        return Path.of(System.getProperty("user.dir")).resolve("../shared").resolve(folder).normalize();
    }

    private static Path required(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("The shared " + what + " is missing at " + dir + " (CI=true requires it)");
            }
            assumeTrue(false, MISSING_SHARED + " the " + what + " is not at " + dir);
        }
        return dir;
    }

    /** A file of the shared corpus, by its path below {@code fixtures/}. */
    public static Path shared(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            fail("fixture missing from the shared corpus: " + file);
        }
        return file;
    }

    /** A project-owned fixture under {@code src/test/resources/fixtures/}. */
    public static Path own(String relative) {
        Path file = Path.of(System.getProperty("user.dir"), "src/test/resources/fixtures", relative);
        if (!Files.isRegularFile(file)) {
            fail("project fixture missing: " + file);
        }
        return file;
    }

    public static Page page(Path file, String url, String contentType) {
        try {
            return new Page(Files.readAllBytes(file), URI.create(url), contentType, Instant.parse("2026-01-15T12:00:00Z"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
