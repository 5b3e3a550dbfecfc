package org.ordinancewatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged application (built with profile pg, target/quarkus-app-pg) on two loopback
 * ports, sharing one PostgreSQL database of their own ({@value #DATABASE}, created and dropped here), with a
 * loopback agenda site as the only source and a loopback SMTP server recording every message's Message-ID.
 * <ol>
 * <li>Both up: each cycle of the source's schedule is scraped once across the cluster, and every alert
 * (subscribe confirmations, requested from both instances as a load balancer would spread them) is sent once.</li>
 * <li>kill -9 of the instance that is dispatching: the other sends the rest, nothing is lost, and at most
 * the one email in flight is sent twice, with the same Message-ID (the documented at-least-once bound).</li>
 * <li>The killed instance restarted, then kill -9 of the instance that is scraping, its listing request held
 * open by the site: the survivor redoes the interrupted scrape once, and the stored meetings are unchanged.</li>
 * </ol>
 * The instances run with the production Quartz settings: a dead instance is noticed by the others about
 * 15 s (quarkus.quartz.cluster-checkin-interval) + 7.5 s after its last check-in. Needs PostgreSQL at
 * {@code ow.it.pg-host} (default 127.0.0.1:5432, user postgres, no password), or starts an embedded one
 * (see {@link #findPostgres()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String DATABASE = "ow_cluster_it";
    private static final Path JAR = Path.of("target/quarkus-app-pg/quarkus-run.jar");
    /** host:port of the PostgreSQL server; an embedded one's when none answers there. */
    private String host = System.getProperty("ow.it.pg-host", "127.0.0.1:5432");
    private EmbeddedPostgres embedded;
    private static final String PG_USER = System.getProperty("ow.it.pg-user", "postgres");
    private static final String ENVIRONMENT = "cluster-it";
    /** The source's schedule: every 20 s ("0/20 * * * * ?"), so cycle k is [20k s, 20(k+1) s) of the epoch. */
    private static final long CYCLE_MS = 20_000;
    /** The time stamp that begins each line of an instance's log (the default console format). */
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private final Path dir = Files.createTempDirectory("cluster-it");
    private final Path logs = Path.of("target/cluster-it");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private AgendaSite site;
    private SmtpSink smtp;
    private List<String> settings;
    private final List<Node> nodes = new ArrayList<>();
    private Node a;
    private Node b;
    private int starts;

    ClusterIT() throws IOException {
    }

    @BeforeAll
    void startTheClusterWorld() throws Exception {
        assertThat(JAR).as("built by mvn verify (execution build-pg of quarkus-maven-plugin)").exists();
        findPostgres();
        try (Connection c = DriverManager.getConnection(url("postgres"), PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        Files.createDirectories(logs);
        try (var old = Files.list(logs)) {
            for (Path log : old.toList()) {
                Files.delete(log);
            }
        }
        site = new AgendaSite(Files.readAllBytes(Path.of("src/test/resources/fixtures/civicplus/AgendaCenter_frt.html")),
                Map.of("/AgendaCenter/ViewFile/Agenda/_03162021-509", AgendaSite.pdf("PUBLIC SAFETY COMMITTEE",
                        "March 16, 2021 6:00 PM", "1. Call to Order",
                        "2. Discussion of the police department's facial recognition technology pilot", "3. Adjournment"),
                        "/AgendaCenter/ViewFile/Agenda/_03222021-512", AgendaSite.pdf("CITY COUNCIL", "March 22, 2021 7:00 PM",
                                "1. Call to Order", "2. Public Hearing on the municipal budget", "3. Adjournment"),
                        "/AgendaCenter/ViewFile/Agenda/_03082021-505", AgendaSite.pdf("CITY COUNCIL", "March 8, 2021 7:00 PM",
                                "1. Call to Order", "2. Appointments to the Library Board", "3. Adjournment")));
        smtp = new SmtpSink();

        Path scrapers = dir.resolve("scrapers");
        Files.createDirectories(scrapers.resolve("sources"));
        Files.createDirectories(scrapers.resolve("platforms"));
        try (var platforms = Files.list(Path.of("scrapers/platforms"))) {
            for (Path p : platforms.toList()) {
                Files.copy(p, scrapers.resolve("platforms").resolve(p.getFileName()));
            }
        }
        Files.writeString(scrapers.resolve("sources/cluster-test.yaml"), String.join("\n",
                "jurisdiction: northampton-ma", "platform: civicplus-agendacenter", "base-url: " + site.base(),
                "schedule: \"0/20 * * * * ?\"", "max-pages: 5", ""));
        Path project = Path.of("").toAbsolutePath();
        // Every instance gets the same settings, as in production; only the port and Quartz instance id differ.
        settings = List.of("-Dquarkus.profile=pg",
                "-Dpg.url=" + url(DATABASE), "-Dpg.username=" + PG_USER, "-Dpg.password=",
                "-Dow.seed.jurisdictions=" + project.resolve("config/jurisdictions.csv"),
                "-Dow.seed.measures=" + project.resolve("config/measures.csv"),
                "-Dow.topics.file=" + project.resolve("config/topics.yaml"),
                "-Dow.sources.dir=" + scrapers,
                "-Dow.sources.tick=1s", "-Dow.sources.first-delay=1s",
                "-Dow.fetch.allow-private-addresses=true", "-Dow.fetch.per-host-delay=0s",
                "-Dow.alert.environment=" + ENVIRONMENT, "-Dow.alert.base-url=https://ow.cluster.test",
                "-Dow.alert.from=Ordinance Watch <alerts@ow.cluster.test>",
                "-Dow.alert.signing-key=cluster-it-signing-key-shared-by-every-node-0123456789",
                "-Dquarkus.http.auth.session.encryption-key=cluster-it-session-key-shared-by-every-node-0123",
                "-Dow.alert.dispatch.every=1s", "-Dow.alert.rate-limit.per-client=1000",
                // One email in flight at a time, so that a kill mid-send leaves at most that one to be sent twice
                // (with N at once the bound is N, one wave; see ow.alert.dispatch.concurrency).
                "-Dow.alert.dispatch.concurrency=1",
                "-Dquarkus.mailer.mock=false", "-Dquarkus.mailer.host=127.0.0.1", "-Dquarkus.mailer.port=" + smtp.port(),
                "-Dquarkus.mailer.start-tls=DISABLED",
                "-Dow.admin.user=cluster-admin", "-Dow.admin.password=cluster-admin-password-0123");
        // Both at once on the new, empty database, as an orchestrator starts replicas: one migrates the schema
        // while the other waits for Flyway's lock, both import the seed and register the Quartz jobs.
        a = launch("node-a");
        b = launch("node-b");
        a.awaitStarted();
        b.awaitStarted();
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            for (Node node : nodes) {
                if (node.alive()) {
                    node.kill();
                }
            }
        } finally {
            if (site != null) {
                site.close();
            }
            if (smtp != null) {
                smtp.close();
            }
            if (embedded != null) {
                embedded.close();
            } else if (site != null) {
                try (Connection c = DriverManager.getConnection(url("postgres"), PG_USER, "");
                        Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
                }
            }
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void bothUpEachCycleIsScrapedOnceAndEveryAlertSentOnce() throws Exception {
        assertThat(strings("select instance_name from qrtz_scheduler_state order by 1"))
                .as("both instances checked in to one clustered scheduler").containsExactly("node-a", "node-b");

        // Started together: the start-up work (seed import, lapsed sunsets, first admin) was done once.
        assertThat(count("select count(*) from jurisdiction where slug = 'northampton-ma'")).isEqualTo(1);
        assertThat(count("select count(*) from status_change where reason = 'rule:sunset-reached'"))
                .as("Italy's moratorium and its extension expired once each").isEqualTo(2);
        assertThat(count("select count(*) from app_user where username = 'cluster-admin'")).isEqualTo(1);

        List<String> addresses = addresses("both", 20);
        subscribeSpreadOver(addresses, a, b);
        await("every confirmation delivered", 60, () -> smtp.copiesByRecipient(addresses::contains).size() == addresses.size());
        await("three scrape runs", 90, () -> site.listingRequests.size() >= 3);
        Thread.sleep(3000); // time for a duplicate, were there one, to arrive

        long listings = site.listingRequests.size(); // read first: a run is logged before its listing request
        List<Long> runs = scrapeRuns();
        assertThat(perCycle(runs)).as(() -> "scrape runs per cycle of the schedule" + timeline())
                .allSatisfy((cycle, n) -> assertThat(n).as("cycle " + cycle).isEqualTo(1));
        assertThat(listings).as(() -> "one listing request per run, the last perhaps still on its way" + timeline())
                .isBetween(runs.size() - 1L, (long) runs.size());
        assertThat(smtp.copiesByRecipient(addresses::contains)).as("one email per address").allSatisfy((to, copies) ->
                assertThat(copies).as(to).isEqualTo(1));
        assertThat(smtp.copiesByMessageId()).as("no Message-ID twice").allSatisfy((id, copies) ->
                assertThat(copies).as(id).isEqualTo(1));
        assertThat(count("select count(*) from alert where status = 'SENT'")).isEqualTo(addresses.size());
        assertThat(count("select count(*) from alert where status <> 'SENT'")).isZero();
        assertThat(count("select count(*) from source_health")).isEqualTo(1);
        assertThat(count("select count(*) from meeting")).as("the listing's meetings stored").isEqualTo(3);
        assertThat(count("select count(*) from agenda_item")).as("the agendas' items stored").isPositive();
        assertThat(a.output() + b.output()).doesNotContain(" ERROR ");
    }

    @Test
    @Order(2)
    void killingTheDispatchingInstanceLosesNoAlertAndResendsAtMostTheOneInFlight() throws Exception {
        Map<String, Long> before = smtp.copiesByMessageId();
        smtp.delayMillis = 300; // about 8 s of sending for 24 emails: long enough to be interrupted
        List<String> addresses = addresses("kill-dispatch", 24);
        subscribeSpreadOver(addresses, a, b);
        await("the dispatch under way", 60, () -> smtp.copiesByRecipient(addresses::contains).size() >= 3);

        Node dispatching = executing("alert-dispatch");
        int receivedBeforeKill = smtp.copiesByRecipient(addresses::contains).size();
        dispatching.kill();
        System.out.printf("ClusterIT: kill -9 of %s while dispatching, after %d of %d emails%n", dispatching.name,
                receivedBeforeKill, addresses.size());
        Node survivor = dispatching == a ? b : a;
        assertThat(receivedBeforeKill).as("killed mid-dispatch").isLessThan(addresses.size());

        await("every alert delivered by the survivor", 90,
                () -> smtp.copiesByRecipient(addresses::contains).size() == addresses.size());
        await("every alert marked sent", 30, () -> count("select count(*) from alert where status <> 'SENT'") == 0);
        Thread.sleep(2000);
        smtp.delayMillis = 0;

        Map<String, Long> copies = smtp.copiesByMessageId();
        Map<String, Long> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf("ClusterIT: sent twice after the kill: %s%n", twice);
        assertThat(twice).as("re-sent: at most the email in flight when the instance died, once, same Message-ID")
                .hasSizeLessThanOrEqualTo(1).allSatisfy((id, n) -> assertThat(n).isEqualTo(2));
        assertThat(copies.keySet()).as("one Message-ID per alert").hasSize(20 + addresses.size())
                .containsAll(before.keySet());
        assertThat(smtp.copiesByRecipient(addresses::contains).values().stream().mapToLong(Long::longValue).sum())
                .isLessThanOrEqualTo(addresses.size() + 1L);
        assertThat(count("select count(*) from alert where status = 'SENT'")).isEqualTo(20 + addresses.size());
        assertThat(count("select count(*) from qrtz_fired_triggers where instance_name = '" + dispatching.name + "'"))
                .as("the dead instance's fired triggers released by the survivor").isZero();
        assertThat(survivor.output()).doesNotContain(" ERROR ");
    }

    @Test
    @Order(3)
    void killingTheScrapingInstanceRedoesTheInterruptedScrapeOnceAndKeepsTheDatabaseConsistent() throws Exception {
        Node restarted = start(a.alive() ? b.name : a.name);
        if (restarted.name.equals(a.name)) {
            a = restarted;
        } else {
            b = restarted;
        }
        long meetings = count("select count(*) from meeting");
        long items = count("select count(*) from agenda_item");
        long alerts = count("select count(*) from alert");

        CountDownLatch held = site.holdNext();
        assertThat(held.await(2 * CYCLE_MS + 10_000, TimeUnit.MILLISECONDS)).as("a scrape run started").isTrue();
        long heldAt = site.listingRequests.get(site.listingRequests.size() - 1);
        Node scraping = executing("scrape-due");
        scraping.kill();
        long killedAt = System.currentTimeMillis();
        site.release();
        Node survivor = scraping == a ? b : a;

        await("the interrupted scrape redone", 60, () -> site.listingRequests.stream().anyMatch(t -> t > killedAt));
        long redoneAt = site.listingRequests.stream().filter(t -> t > killedAt).findFirst().orElseThrow();
        System.out.printf("ClusterIT: kill -9 of %s while scraping; redone by %s %d ms after the kill%n", scraping.name,
                survivor.name, redoneAt - killedAt);
        await("the redone scrape recorded", 30, () -> count("select count(*) from source_health where last_attempt_at >= "
                + "to_timestamp(" + heldAt / 1000.0 + ")") == 1);
        // The next cycle's run, so that a second redo, were there one, would show.
        await("the next cycle scraped", CYCLE_MS / 1000 + 30,
                () -> site.listingRequests.stream().anyMatch(t -> t / CYCLE_MS > redoneAt / CYCLE_MS));
        Thread.sleep(3000);

        List<Long> runs = scrapeRuns();
        long interrupted = runs.stream().filter(t -> t <= heldAt).max(Long::compare).orElseThrow();
        long redo = runs.stream().filter(t -> t > killedAt).min(Long::compare).orElseThrow();
        Map<Long, Long> perCycle = perCycle(runs);
        long killCycle = interrupted / CYCLE_MS;
        assertThat(perCycle).as(() -> "scrape runs per cycle; the interrupted one's cycle may hold its redo too" + timeline())
                .allSatisfy((cycle, n) -> assertThat(n).as("cycle " + cycle).isEqualTo(cycle == killCycle ? n : 1L));
        assertThat(perCycle.get(killCycle)).as(() -> "the interrupted run and at most its one redo" + timeline())
                .isBetween(1L, 2L);
        assertThat(runs.stream().filter(t -> t > killedAt && t / CYCLE_MS == redo / CYCLE_MS).count())
                .as(() -> "redone once" + timeline()).isEqualTo(1);
        assertThat(count("select count(*) from meeting")).as("meetings unchanged").isEqualTo(meetings);
        assertThat(count("select count(*) from agenda_item")).as("agenda items unchanged").isEqualTo(items);
        assertThat(count("select count(*) from alert")).as("no alert from re-reading known meetings").isEqualTo(alerts);
        assertThat(count("select count(*) from source_health")).isEqualTo(1);
        await("the dead instance's fired triggers released", 30, () -> count(
                "select count(*) from qrtz_fired_triggers where instance_name = '" + scraping.name + "'") == 0);
        assertThat(survivor.output()).doesNotContain(" ERROR ");
    }

    private Node launch(String name) throws IOException {
        Node node = Node.start(JAR, name, settings, dir, logs.resolve(name + "-" + (++starts) + ".log"));
        nodes.add(node);
        return node;
    }

    private Node start(String name) throws IOException, InterruptedException {
        Node node = launch(name);
        node.awaitStarted();
        return node;
    }

    /** The instance whose Quartz thread is running the job now, read from Quartz's own table. */
    private Node executing(String job) throws InterruptedException {
        String sql = "select instance_name from qrtz_fired_triggers where job_name = '" + job + "' and state = 'EXECUTING'";
        await(job + " seen executing", 10, () -> !strings(sql).isEmpty());
        List<String> names = strings(sql);
        assertThat(names).as(job + " executing on one instance").hasSize(1);
        return names.get(0).equals(a.name) && a.alive() ? a : b;
    }

    private static List<String> addresses(String prefix, int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(String.format("%s-%02d@example.org", prefix, i));
        }
        return list;
    }

    /** Subscribe requests, alternately to each instance, as a load balancer spreads them. */
    private void subscribeSpreadOver(List<String> addresses, Node... over) throws IOException, InterruptedException {
        for (int i = 0; i < addresses.size(); i++) {
            Node node = over[i % over.length];
            String form = "email=" + URLEncoder.encode(addresses.get(i), StandardCharsets.UTF_8)
                    + "&scope=everything&kinds=status&cadence=immediate";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.base() + "/alerts/subscribe"))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("subscribe " + addresses.get(i) + " on " + node.name).isEqualTo(200);
        }
    }

    /**
     * For a failed per-cycle check: when each listing request arrived (cycle and ms into it) and what every instance
     * logged about its scrape runs, killed ones included.
     */
    private String timeline() {
        StringBuilder out = new StringBuilder("\nlisting requests (cycle:ms into it):");
        site.listingRequests.forEach(t -> out.append(' ').append(t / CYCLE_MS).append(':').append(t % CYCLE_MS));
        out.append("\nscrape runs (cycle:ms into it):");
        scrapeRuns().forEach(t -> out.append(' ').append(t / CYCLE_MS).append(':').append(t % CYCLE_MS));
        out.append("\nlogged:");
        for (Node node : nodes) {
            node.output().lines().filter(l -> l.contains("ScrapeService") || l.contains("Fetcher") || l.contains("SourceRunner"))
                    .forEach(l -> out.append('\n').append(node.name).append(": ").append(l));
        }
        return out.toString();
    }

    /**
     * When each scrape run began (epoch ms), from every instance's log, killed ones included: the line an instance
     * writes once it has found the source due. A run belongs to the cycle in which it was found due; its listing
     * request may arrive a moment later, in the next cycle, when the run began just before a fire time.
     */
    private List<Long> scrapeRuns() {
        List<Long> runs = new ArrayList<>();
        for (Node node : nodes) {
            node.output().lines().filter(l -> l.contains("[org.ordinancewatch.ingest.ScrapeService]")
                    && l.contains(" scraping ")).forEach(l -> runs.add(LocalDateTime.parse(l.substring(0, 23), LOG_TIME)
                            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli()));
        }
        runs.sort(null);
        return runs;
    }

    private static Map<Long, Long> perCycle(List<Long> times) {
        return times.stream().collect(Collectors.groupingBy(t -> t / CYCLE_MS, Collectors.counting()));
    }

    private static void await(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(200);
        }
    }

    /**
     * As the PostgreSQL half of the suite does: the server at {@link #host} when it answers, else an embedded
     * PostgreSQL (zonky, from Maven Central's binaries), which refuses to run as root. As root without a server
     * the tests are skipped with a banner, except on CI (CI=true), where that fails.
     */
    private void findPostgres() throws IOException {
        String problem;
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url("postgres"), PG_USER, "")) {
            return;
        } catch (SQLException e) {
            problem = "no PostgreSQL answers at " + host + " (" + e.getMessage() + ")";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            embedded = EmbeddedPostgres.builder().start();
            host = "localhost:" + embedded.getPort();
            banner("CLUSTERIT: EMBEDDED POSTGRESQL", problem + "; running on an embedded PostgreSQL at " + host);
            return;
        }
        String why = problem + ", and an embedded PostgreSQL cannot start as root. Start the local server "
                + "(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or pass -Dow.it.pg-host=...";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(why);
        }
        banner("CLUSTERIT WILL NOT RUN", why);
        Assumptions.abort(why);
    }

    private static void banner(String title, String detail) {
        String bar = "!!".repeat(50);
        System.out.println(bar + "\n!! " + title + "\n!! " + detail + "\n" + bar);
    }

    private String url(String database) {
        return "jdbc:postgresql://" + host + "/" + database;
    }

    private long count(String sql) {
        try (Connection c = DriverManager.getConnection(url(DATABASE), PG_USER, "");
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private List<String> strings(String sql) {
        try (Connection c = DriverManager.getConnection(url(DATABASE), PG_USER, "");
                ResultSet r = c.createStatement().executeQuery(sql)) {
            List<String> list = new ArrayList<>();
            while (r.next()) {
                list.add(r.getString(1));
            }
            return list;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
