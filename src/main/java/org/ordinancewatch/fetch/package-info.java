/**
 * The single HTTP client every scraper goes through: {@link org.ordinancewatch.fetch.Fetcher}.
 * <p>
 * Usage: inject the {@code Fetcher} (produced from {@code ow.fetch.*} by
 * {@link org.ordinancewatch.fetch.FetcherProducer}), call
 * {@code fetch(FetchRequest.revalidating(previous))} or {@code fetch(uri)}, then check
 * {@code notModified()} and {@code status()} before the caller hands the body to an adapter (the fetch layer
 * knows nothing of parsing; {@code ingest.Pages} builds the adapter's page).
 * Store bodies with {@link org.ordinancewatch.fetch.Compression#gzip(byte[])}.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>HTTP error statuses are results, not exceptions; {@link org.ordinancewatch.fetch.FetchException} means
 * no usable response (refused, too large, timed out or unreachable after retries) and names a reason.</li>
 * <li>A "host" for politeness is host:port; robots.txt is per scheme://host:port, as RFC 9309 says.</li>
 * <li>robots.txt 4xx allows everything; 5xx, 429 or an unreachable server disallows everything for
 * robotsErrorTtl (Google's behaviour), then robots.txt is fetched again.</li>
 * <li>robots.txt requests go through the same per-host delay as pages, so the first page of a new host
 * waits perHostDelay after its robots.txt.</li>
 * <li>totalTimeout bounds one attempt; with retries a fetch can take up to (retries + 1) x totalTimeout
 * plus backoff.</li>
 * </ul>
 */
package org.ordinancewatch.fetch;
