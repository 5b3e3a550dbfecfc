package org.ordinancewatch.web.cache;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered public pages by URL, each valid while the data version it was rendered at is current and it is younger
 * than {@code ow.page-cache.max-age}. Bounded by memory ({@code ow.page-cache.max-megabytes}), least recently used
 * first out.
 */
@ApplicationScoped
public class PageCache {

    private final Cache<String, CachedPage> pages;
    private final DataVersion version;
    private final PageCacheConfig config;
    private final Clock clock;

    public PageCache(DataVersion version, PageCacheConfig config, Clock clock) {
        this.version = version;
        this.config = config;
        this.clock = clock;
        this.pages = Caffeine.newBuilder().maximumWeight(config.maxMegabytes() * 1024L * 1024L)
                .weigher((String key, CachedPage page) -> page.weight()).build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The cached page for this URL if it is still current. */
    public Optional<CachedPage> current(String key) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        CachedPage page = pages.getIfPresent(key);
        if (page == null || page.version() != version.current().number()
                || page.renderedAt().plus(config.maxAge()).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** The last page cached for this URL, current or not: what concurrent requests get while it is re-rendered. */
    public Optional<CachedPage> previous(String key) {
        return config.enabled() ? Optional.ofNullable(pages.getIfPresent(key)) : Optional.empty();
    }

    public void put(String key, CachedPage page) {
        if (config.enabled()) {
            pages.put(key, page);
        }
    }

    public void clear() {
        pages.invalidateAll();
    }
}
