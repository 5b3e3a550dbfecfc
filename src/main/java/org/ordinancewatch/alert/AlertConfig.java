package org.ordinancewatch.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code ow.alert.*}: email alerts. config/application.properties documents every setting. */
@ConfigMapping(prefix = "ow.alert")
public interface AlertConfig {

    /** Public address of this site; every link in an email starts with it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /**
     * Name of this deployment ("production", "staging"). Subscribers belong to the deployment they signed
     * up on and alerts are tagged with the one that wrote them; a deployment matches and mails only its
     * own, so a copy of the production database never mails production subscribers. Outside production
     * the name prefixes every subject.
     */
    @WithDefault("development")
    String environment();

    /** The From address of every email. */
    @WithDefault("Ordinance Watch <alerts@localhost>")
    String from();

    /** HMAC key for email links; when unset, a random key is generated once and kept in the database. */
    Optional<String> signingKey();

    /** Time zone for digests of subscribers whose first request followed no single place. */
    @WithDefault("America/New_York")
    String defaultZone();

    /** How long a confirmation link stays valid. */
    @WithDefault("PT48H")
    Duration confirmationTtl();

    /**
     * Nothing a source finds during its first successful run (its backfill of the site's past) alerts
     * anyone; the findings are stored as usual. Off: a new source's first run alerts like any other.
     */
    @WithDefault("true")
    boolean silentFirstRun();

    /** Hearing reminders go out this many days before the meeting. */
    @WithDefault("3")
    int hearingDaysBefore();

    /** Sunset reminders go out this many days before a sunset date. */
    @WithDefault("60,30,7")
    List<Integer> sunsetDaysBefore();

    Digest digest();

    Dispatch dispatch();

    RateLimit rateLimit();

    Reminders reminders();

    FanOut fanOut();

    /**
     * An event is written as one fan-out row in the transaction of the change, then expanded into one alert per
     * subscriber in scope, a batch of subscribers per transaction, so a change costs the same whoever follows it.
     */
    interface FanOut {
        /** Subscribers told per expansion transaction. */
        @WithDefault("2000")
        int batchSize();

        /**
         * Batches expanded right after the change commits, in the thread that made it: a fan-out that fits is
         * written before the change's request returns, as a single transaction used to.
         */
        @WithDefault("1")
        int inlineBatches();

        /** Whether the rest of a fan-out is expanded at once by a worker thread (else by the scheduled job only). */
        @WithDefault("true")
        boolean background();

        /**
         * How often the job that finishes fan-outs left unfinished (a node stopped, a failed batch) runs (read by its
         * {@code @Scheduled}); "off" disables it.
         */
        @WithDefault("30s")
        String every();
    }

    interface Reminders {
        /** Quartz cron of the hearing and sunset reminder job (read by its {@code @Scheduled}); "off" disables it. */
        @WithDefault("0 20 * * * ?")
        String cron();
    }

    interface Digest {
        /** Local hour (in the subscriber's zone) at which digests go out, unless the subscriber chose another. */
        @WithDefault("7")
        int hour();

        /** Day on which weekly digests go out. */
        @WithDefault("MONDAY")
        DayOfWeek weeklyDay();
    }

    interface Dispatch {
        /** How often the dispatcher runs (read by its {@code @Scheduled}); "off" disables it. */
        @WithDefault("15s")
        String every();

        /** Off switch for sending (alerts are still written and kept). */
        @WithDefault("true")
        boolean enabled();

        /**
         * When the mailer is in mock mode nothing reaches a mailbox; alerts are then left pending
         * instead of being marked sent, unless this is true.
         */
        @WithDefault("false")
        boolean sendInMockMode();

        /**
         * Outbox rows taken per run; the rest wait for the next run. A subscriber's digest is taken whole,
         * so a run may go a little past it.
         */
        @WithDefault("200")
        int batchSize();

        /**
         * Emails in flight at once, over the mailer's pooled connections ({@code quarkus.mailer.max-pool-size}). The
         * dispatcher takes this many rows at a time and records them sent together, so it is also how many emails a
         * node dying mid-send can leave to be sent a second time (with the same Message-ID).
         */
        @WithDefault("10")
        int concurrency();

        /** Attempts before an alert is marked failed. */
        @WithDefault("30")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("PT30S")
        Duration backoffInitial();

        /** Longest wait between attempts. */
        @WithDefault("PT10M")
        Duration backoffMax();

        /** How long one SMTP send may take. */
        @WithDefault("PT30S")
        Duration sendTimeout();
    }

    interface RateLimit {
        @WithDefault("PT1H")
        Duration window();

        /** Subscribe requests per address per window. */
        @WithDefault("3")
        int perAddress();

        /** Subscribe requests per client (IPv4 address or IPv6 /64) per window. */
        @WithDefault("10")
        int perClient();
    }
}
