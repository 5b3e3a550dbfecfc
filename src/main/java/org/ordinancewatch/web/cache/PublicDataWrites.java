package org.ordinancewatch.web.cache;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Notices every statement Hibernate sends that writes a table the public pages show, and marks the current thread's
 * transaction as having changed public data; {@link DataChangeListener} bumps the data version when it completes.
 * Writes to subscribers, alerts, the scheduler's tables and the version row itself do not count.
 */
@PersistenceUnitExtension
public class PublicDataWrites implements StatementInspector {

    static final Set<String> PUBLIC_TABLES = Set.of("jurisdiction", "measure", "measure_source", "measure_link",
            "status_change", "meeting", "agenda_item", "source_health", "snapshot");

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+\"?([a-z_0-9]+)\"?", Pattern.CASE_INSENSITIVE);

    static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        char first = sql.isEmpty() ? ' ' : Character.toLowerCase(sql.stripLeading().charAt(0));
        if (first == 'i' || first == 'u' || first == 'd' || first == 'm') {
            Matcher m = WRITE.matcher(sql);
            if (m.find() && PUBLIC_TABLES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                WROTE.set(Boolean.TRUE);
            }
        }
        return sql;
    }

    /** Whether this thread wrote public data since the last call, clearing the mark. */
    static boolean takeMark() {
        boolean wrote = WROTE.get() != null;
        WROTE.remove();
        return wrote;
    }
}
