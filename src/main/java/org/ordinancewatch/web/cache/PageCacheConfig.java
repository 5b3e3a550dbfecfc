package org.ordinancewatch.web.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code ow.page-cache.*}: the in-memory cache of rendered public pages and the limits on rendering. */
@ConfigMapping(prefix = "ow.page-cache")
public interface PageCacheConfig {

    /** Off: every request renders (conditional requests still get 304 when the bytes are unchanged). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long a cached page may be served even when no data changed: pages also depend on the clock (hearings
     * pass, sunsets draw near), so they are re-rendered at least this often.
     */
    @WithDefault("60s")
    Duration maxAge();

    /** Memory the cached pages may take together, in megabytes; the least recently used go first. */
    @WithDefault("64")
    int maxMegabytes();

    /**
     * How often each instance reads the shared data version. A change committed on another instance reaches this
     * instance's pages within this interval (changes made here reach them at once).
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * Pages rendered at the same time, at most; a request beyond this waits up to {@link #renderWait()}, then is
     * answered 503 with Retry-After rather than queued for a database connection it would time out waiting for.
     * Keep it below the connection pool size.
     */
    @WithDefault("12")
    int maxConcurrentRenders();

    /**
     * How long a request beyond {@link #maxConcurrentRenders()} waits in line for a render slot before it is answered
     * 503 with Retry-After; {@code 0s} answers at once. Keep it well below the database pool's acquisition timeout.
     */
    @WithDefault("1s")
    Duration renderWait();
}
