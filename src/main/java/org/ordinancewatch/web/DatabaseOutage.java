package org.ordinancewatch.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

/**
 * Recognises a failure that means the database cannot be reached (refused, closed, reset, shutting down), as
 * opposed to a bug or bad data, and keeps the log to one warning when an outage starts and one line when pages
 * answer again, instead of a stack trace per request.
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final AtomicReference<Long> since = new AtomicReference<>();
    private static final AtomicLong answered = new AtomicLong();

    private DatabaseOutage() {
    }

    /** True when {@code e} or any of its causes says the database connection failed or could not be made. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is "connection exception"; 57P01-57P03 are PostgreSQL's administrator shutdown, crash
     * shutdown and "cannot connect now" (starting up).
     */
    private static boolean isConnectionState(String state) {
        if (state == null) {
            return false;
        }
        String s = state.toUpperCase(Locale.ROOT);
        return s.startsWith("08") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03");
    }

    /** Records a request answered 503 because of {@code cause}; logs only the first of an outage. */
    static void answeredUnavailable(Throwable cause, String path) {
        answered.incrementAndGet();
        if (since.compareAndSet(null, System.nanoTime())) {
            LOG.warnf("The database cannot be reached (%s, first seen serving %s); pages and the API answer 503 with "
                    + "Retry-After until it returns", rootMessage(cause), path);
        }
    }

    /** Records a request served without a server error; ends an outage in the log if one was on. */
    static void answeredNormally() {
        Long start = since.get();
        if (start != null && since.compareAndSet(start, null)) {
            Duration lasted = Duration.ofNanos(System.nanoTime() - start);
            LOG.infof("Pages are served again after about %d s without the database; %d requests were answered 503",
                    lasted.toSeconds(), answered.getAndSet(0));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
