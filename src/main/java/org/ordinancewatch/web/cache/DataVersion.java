package org.ordinancewatch.web.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * The version of the public data, shared by every instance through the one-row {@code data_version} table: a
 * commit that changes public data adds one to it ({@link #bump()}, called by {@link DataChangeListener}), and each
 * instance reads it every {@code ow.page-cache.poll-interval}. A cached page is served only while the version it
 * was rendered at is still current.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    /** A version number and when the data last changed (the Last-Modified of every public page). */
    public record Version(long number, Instant changedAt) {
    }

    private final AgroalDataSource dataSource;
    private final PageCacheConfig config;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ow-data-version");
        t.setDaemon(true);
        return t;
    });
    private volatile Version current = new Version(0, Instant.EPOCH);
    private volatile boolean pollFailing;

    public DataVersion(AgroalDataSource dataSource, PageCacheConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        poll();
        long every = Math.max(50, config.pollInterval().toMillis());
        worker.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    public Version current() {
        return current;
    }

    /** Reads the shared version; when the database cannot be reached, keeps the last one read. */
    void poll() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement read = c.prepareStatement("SELECT version, changed_at FROM data_version WHERE id = 1");
                ResultSet row = read.executeQuery()) {
            if (row.next()) {
                advanceTo(new Version(row.getLong(1), row.getTimestamp(2).toInstant()));
            }
            if (pollFailing) {
                LOG.info("The data version can be read again; cached pages follow changes again");
                pollFailing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!pollFailing) {
                LOG.warnf("Cannot read the data version (%s); cached pages expire by age until it can be read", e.getMessage());
                pollFailing = true;
            }
        }
    }

    /**
     * Records a committed change: adds one to the shared version and takes the new number at once, so this
     * instance never serves a page older than its own change. Waits at most two seconds for the database.
     */
    public void bump() {
        try {
            worker.submit(() -> {
                try (Connection c = dataSource.getConnection();
                        PreparedStatement update = c.prepareStatement(
                                "UPDATE data_version SET version = version + 1, changed_at = ? WHERE id = 1")) {
                    update.setTimestamp(1, Timestamp.from(clock.instant()));
                    update.executeUpdate();
                }
                poll();
                return null;
            }).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Could not record a data change in data_version (%s); cached pages expire by age", e.getMessage());
        }
    }

    private synchronized void advanceTo(Version read) {
        if (read.number() != current.number()) {
            current = read;
        }
    }
}
