package org.ordinancewatch.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started the way an operator starts it: a good seed is imported and its lapsed
 * sunsets expire at start-up; a bad seed stops start-up with the file, line and field named, and what the
 * database already held is still there.
 */
class SeedStartupIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path JVM_OPTIONS = Path.of("config/jvm.options");
    private static final String HEADER = String.join(",", SeedReader.MEASURE_COLUMNS) + "\n";
    private static final String LAPSED = "boston-ma-test-moratorium,boston-ma,,Test moratorium,moratorium,,in_force,,"
            + "2020-01-01,,2021-01-01,,,,,\n";

    private final Path dir = Files.createTempDirectory("seed-startup-it");

    SeedStartupIT() throws IOException {
    }

    @AfterEach
    void removeTheDataFolder() throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aGoodSeedStartsAndABadOneStopsStartUpKeepingWhatWasStored() throws Exception {
        assertThat(JAR).as("run after package (mvn verify)").exists();
        String projectRows = Files.readAllLines(Path.of("config/measures.csv")).stream().skip(1)
                .reduce("", (a, b) -> a + b + "\n");
        Path good = Files.writeString(dir.resolve("good.csv"), HEADER + projectRows + LAPSED);

        Run first = start(good);
        assertThat(first.output()).contains("Seed applied").contains("Listening on");
        first.stop();
        assertThat(first.output()).as("shut down cleanly").contains("stopped in");
        assertThat(count("select count(*) from measure")).isEqualTo(90);
        assertThat(count("select count(*) from measure where slug = 'boston-ma-test-moratorium' and status = 'expired'"))
                .as("start-up expired the lapsed moratorium").isEqualTo(1);
        // The test moratorium, and Italy's moratorium with its extension (sunset 2025-12-31).
        assertThat(count("select count(*) from status_change where reason = 'rule:sunset-reached'")).isEqualTo(3);
        long changes = count("select count(*) from status_change");

        Path bad = Files.writeString(dir.resolve("bad.csv"), HEADER + projectRows
                + "boston-ma-test-moratorium,boston-ma,,Test moratorium,moratorium,,enacted,,2020-01-01,,2021-01-01,,,,,\n");
        Run second = start(bad);
        assertThat(second.exitCode()).as("start-up refused").isNotZero();
        assertThat(second.output()).contains(bad + " line 91, field 'status': unknown status 'enacted'")
                .doesNotContain("Listening on");
        assertThat(count("select count(*) from measure")).isEqualTo(90);
        assertThat(count("select count(*) from status_change")).isEqualTo(changes);
    }

    @Test
    void startedFromAnotherFolderItReadsScrapersConfigAndSettingsFromItsHome() throws Exception {
        assertThat(JAR).as("run after package (mvn verify)").exists();
        Path home = Files.createDirectories(dir.resolve("home"));
        copyTree(Path.of("config"), home.resolve("config"));
        copyTree(Path.of("scrapers"), home.resolve("scrapers"));
        Files.writeString(home.resolve("config/application.properties"), "ow.data-dir=" + home.resolve("store") + "\n");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        long sources;
        try (var files = Files.list(Path.of("scrapers/sources"))) {
            sources = files.filter(f -> f.toString().endsWith(".yaml")).count();
        }

        Run run = start(elsewhere, List.of("-Dow.home=" + home.toAbsolutePath()));
        run.stop();

        assertThat(run.output()).contains("Seed applied")
                .contains(" source definitions from " + home.resolve("scrapers").toAbsolutePath())
                .contains(sources + " source definitions").doesNotContain("NO AGENDA SOURCE");
        assertThat(home.resolve("store/ordinance-watch.mv.db")).as("ow.data-dir from the home's settings").exists();
        assertThat(elsewhere.resolve("data")).as("nothing written in the working directory").doesNotExist();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("application.properties")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private Run start(Path measures) throws IOException, InterruptedException {
        return start(Path.of("").toAbsolutePath(), List.of("-Dow.data-dir=" + dir.resolve("data"), "-Dow.seed.measures=" + measures));
    }

    private Run start(Path workingDirectory, List<String> settings) throws IOException, InterruptedException {
        // The JVM options the README's run command uses, so a broken options file fails here.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + JVM_OPTIONS.toAbsolutePath()));
        command.addAll(settings);
        command.addAll(List.of("-Dquarkus.http.port=0",
                "-Dow.sources.schedule=false",
                "-Dow.alert.dispatch.enabled=false",
                "-jar", JAR.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        Run run = new Run(process);
        run.awaitStartedOrExited();
        return run;
    }

    private long count(String sql) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("data").toAbsolutePath() + "/ordinance-watch";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A started application and everything it printed. */
    private static final class Run {
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final Thread reader;

        Run(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) > 0;) {
                        output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    output.append("\n[reading output failed: ").append(e).append(']');
                }
            });
            reader.start();
        }

        void awaitStartedOrExited() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && process.isAlive() && !output.toString().contains("Listening on")) {
                Thread.sleep(100);
            }
            if (process.isAlive() && !output.toString().contains("Listening on")) {
                process.destroyForcibly();
                throw new AssertionError("the application neither started nor exited within 120 s:\n" + output);
            }
        }

        int exitCode() throws InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the application did not exit:\n" + output);
            }
            reader.join(5000);
            return process.exitValue();
        }

        /**
         * Asks the application to shut down, as an init system does (SIGTERM), and waits for it. Sent with
         * kill, since Process.destroy also closes the output we still want to read.
         */
        void stop() throws InterruptedException, IOException {
            new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();
            exitCode();
        }

        String output() {
            return output.toString();
        }
    }
}
