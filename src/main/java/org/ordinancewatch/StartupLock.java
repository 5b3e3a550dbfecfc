package org.ordinancewatch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Instances sharing one PostgreSQL database start one at a time. Several started together on a new database
 * otherwise raced: both registered the Quartz jobs (the second stopped with "Unable to create Scheduler ...
 * ObjectAlreadyExistsException"), both inserted the seed rows (the second stopped on a duplicate key), both
 * expired the same lapsed sunsets and created the same first admin. The lock, a PostgreSQL session-level
 * advisory lock, is taken before any other start-up observer (the Quartz scheduler's, priority
 * PLATFORM_BEFORE) and released after the last, so a second instance waits and then finds the work done. It
 * lives as long as its connection: an instance that dies while starting releases it. H2 needs no lock, its
 * file database being open in one process only.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class);
    /** The advisory lock's key ("OWSTART"); only this class takes it. */
    static final long KEY = 0x4f5753544152_54L;

    private final AgroalDataSource dataSource;
    private Connection held;

    public StartupLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    synchronized void take(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event)
            throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                c.close();
                return;
            }
            c.setAutoCommit(true);
            if (!query(c, "SELECT pg_try_advisory_lock(" + KEY + ")")) {
                LOG.info("Another instance is starting on this database; waiting for it to finish its start-up");
                query(c, "SELECT COUNT(*) > 0 FROM (SELECT pg_advisory_lock(" + KEY + ")) AS taken");
            }
            held = c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    synchronized void release(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        close();
    }

    @PreDestroy
    synchronized void close() {
        if (held == null) {
            return;
        }
        try (Connection c = held) {
            query(c, "SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.warnf("Releasing the start-up lock: %s (it goes with the connection)", e.getMessage());
        } finally {
            held = null;
        }
    }

    private static boolean query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBoolean(1);
        }
    }
}
