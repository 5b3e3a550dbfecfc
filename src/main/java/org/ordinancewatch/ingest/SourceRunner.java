package org.ordinancewatch.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.ordinancewatch.fetch.FetchException;
import org.ordinancewatch.fetch.FetchRequest;
import org.ordinancewatch.fetch.FetchedPage;
import org.ordinancewatch.fetch.Fetcher;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.AdapterRegistry;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.Postbacks;
import org.ordinancewatch.parse.SourceContext;
import org.ordinancewatch.source.SourceCatalog;
import org.ordinancewatch.source.SourceCatalog.PageRequest;
import org.ordinancewatch.source.SourceDefinition;

/**
 * Crawls one source: fetches its start pages, follows the links its adapters return (those the
 * {@link FollowPolicy} chooses, on the site's own host, when a route names an adapter for them), archives
 * each page and hands each parse to the {@link Ingestor}. A page that fails is a warning; a source whose
 * start pages all fail is an error in its health record. Fetching (politeness pauses included) runs on the caller's
 * thread as it comes; storing, parsing and ingesting a page wait for one of the {@link IngestSlots}.
 */
@ApplicationScoped
public class SourceRunner {

    private static final Logger LOG = Logger.getLogger(SourceRunner.class);
    private static final String PDF_AGENDA = "pdf-agenda";

    private final SourceCatalog catalog;
    private final Fetcher fetcher;
    private final AdapterRegistry adapters;
    private final PageArchive archive;
    private final Ingestor ingestor;
    private final SourceHealthRecorder health;
    private final FollowPolicy follows;
    private final IngestSlots slots;
    private final Clock clock;

    public SourceRunner(SourceCatalog catalog, Fetcher fetcher, AdapterRegistry adapters, PageArchive archive,
            Ingestor ingestor, SourceHealthRecorder health, FollowPolicy follows, IngestSlots slots, Clock clock) {
        this.follows = follows;
        this.slots = slots;
        this.health = health;
        this.catalog = catalog;
        this.fetcher = fetcher;
        this.adapters = adapters;
        this.archive = archive;
        this.ingestor = ingestor;
        this.clock = clock;
    }

    /** What one run found. */
    public record Report(String source, int pages, int failedPages, Ingestor.Stats stats, List<String> warnings,
            String error) {
    }

    /** Told of each page as a run reads it, for a curator watching a run live. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (url, pages, stats, problem) -> {
        };

        /** A page was read ({@code problem} null) or failed; {@code stats} is what the run stored so far. */
        void page(String url, int pages, Ingestor.Stats stats, String problem);
    }

    public Report run(SourceDefinition source) {
        return run(source, Progress.NONE);
    }

    public Report run(SourceDefinition source, Progress progress) {
        return run(source, progress, false);
    }

    /** @param backfill the source's first successful run: what it finds is the site's past, not news */
    public Report run(SourceDefinition source, Progress progress, boolean backfill) {
        Instant started = clock.instant();
        Jurisdiction j = jurisdiction(source.jurisdiction());
        List<PageRequest> start = catalog.startPages(source, started, j.zone());
        Deque<Queued> queue = new ArrayDeque<>();
        start.forEach(p -> queue.add(new Queued(p, null)));
        Set<String> seen = new HashSet<>();
        start.forEach(p -> seen.add(p.url()));
        List<String> warnings = new ArrayList<>();
        Ingestor.Stats stats = Ingestor.Stats.NONE;
        int pages = 0;
        int failed = 0;
        int startFailures = 0;
        SourceContext context = new SourceContext(j.slug, j.zone(), clock, source.options());
        while (!queue.isEmpty() && pages < source.maxPages()) {
            Queued next = queue.poll();
            PageRequest request = next.request();
            boolean isStart = start.contains(request);
            try {
                pages++;
                Fetched fetched = fetch(request);
                ParsedPage parsed = slots.run(() -> {
                    ParsedPage page = parse(j.id, request, fetched, context);
                    return page.ingested(ingestor.apply(j.id, source, page.snapshotId(), request.url(),
                            next.linkedBy(), backfill, page.result()));
                });
                stats = stats.plus(parsed.stats());
                postbackAfter(request, parsed.page(), started, j).ifPresent(p -> queue.addFirst(new Queued(p, null)));
                parsed.result().warnings().forEach(w -> warnings.add(request.url() + ": " + w));
                enqueue(source, j.id, request.url(), parsed.result(), start.get(0).url(), seen, queue);
                progress.page(request.url(), pages, stats, null);
            } catch (FetchException | ParseException | RuntimeException e) {
                failed++;
                if (isStart) {
                    startFailures++;
                }
                warnings.add(request.url() + ": " + describe(e));
                LOG.warnf("%s: %s: %s", source.name(), request.url(), describe(e));
                progress.page(request.url(), pages, stats, describe(e));
            }
        }
        if (!queue.isEmpty()) {
            warnings.add("stopped after max-pages=" + source.maxPages() + "; " + queue.size() + " links not followed");
        }
        String error = startFailures == start.size() ? "every start page failed: " + warnings.get(warnings.size() - 1)
                : null;
        Report report = new Report(source.name(), pages, failed, stats, warnings, error);
        health.record(source, j.id, started, report);
        return report;
    }

    /** A page waiting in the crawl queue, with the key of the meeting that linked it (see {@link FollowPolicy}). */
    private record Queued(PageRequest request, String linkedBy) {
    }

    /**
     * Queues the links the policy chooses that stay on the site and that a route names an adapter for; the ones
     * the policy puts first go to the head of the queue in their own order.
     */
    private void enqueue(SourceDefinition source, long jurisdictionId, String pageUrl, ParseResult result,
            String startUrl, Set<String> seen, Deque<Queued> queue) {
        List<Queued> first = new ArrayList<>();
        for (FollowPolicy.Next link : follows.next(source, jurisdictionId, pageUrl, result)) {
            if (!seen.add(link.url()) || !catalog.sameSite(source, link.url(), startUrl)) {
                continue;
            }
            Optional<String> adapter = catalog.route(source, link.url());
            if (adapter.isEmpty()) {
                continue;
            }
            Queued queued = new Queued(new PageRequest(link.url(), adapter.get()), link.linkedBy());
            if (link.first()) {
                first.add(queued);
            } else {
                queue.addLast(queued);
            }
        }
        for (int i = first.size() - 1; i >= 0; i--) {
            queue.addFirst(first.get(i));
        }
    }

    private record Fetched(FetchedPage page, Optional<PageArchive.Stored> previous) {
    }

    private record ParsedPage(Long snapshotId, Page page, ParseResult result, Ingestor.Stats stats) {

        ParsedPage(Long snapshotId, Page page, ParseResult result) {
            this(snapshotId, page, result, Ingestor.Stats.NONE);
        }

        ParsedPage ingested(Ingestor.Stats what) {
            return new ParsedPage(snapshotId, page, result, what);
        }
    }

    /**
     * After a start page that needs a postback, the posted view (e.g. this year's calendar); after a
     * posted view, its next page of results. Each posted view is archived under its own key.
     */
    private Optional<PageRequest> postbackAfter(PageRequest request, Page page, Instant now, Jurisdiction j)
            throws ParseException {
        if (request.postback() == null) {
            return Optional.empty();
        }
        if (request.form() == null) {
            return Postbacks.first(request.postback(), page, java.time.LocalDate.ofInstant(now, j.zone()))
                    .map(form -> new PageRequest(request.url(), request.adapter(), request.postback(), form,
                            request.postback() + "&page=1"));
        }
        int pageNumber = Integer.parseInt(request.key().replaceAll(".*page=", "")) + 1;
        return Postbacks.next(request.postback(), page).map(form -> new PageRequest(request.url(),
                request.adapter(), request.postback(), form, request.postback() + "&page=" + pageNumber));
    }

    private Fetched fetch(PageRequest request) throws FetchException {
        Optional<PageArchive.Stored> previous = archive.latest(request.archiveKey());
        URI url = URI.create(request.url());
        FetchRequest fetch = request.form() != null ? FetchRequest.post(url, request.form())
                : previous.map(p -> new FetchRequest(url, p.etag(), p.lastModified())).orElse(FetchRequest.of(url));
        return new Fetched(fetcher.fetch(fetch), previous);
    }

    private ParsedPage parse(long jurisdictionId, PageRequest request, Fetched fetch, SourceContext context)
            throws ParseException {
        URI url = URI.create(request.url());
        FetchedPage fetched = fetch.page();
        Optional<PageArchive.Stored> previous = fetch.previous();
        if (fetched.notModified() && previous.isPresent()) {
            long id = previous.get().id();
            Page page = new Page(archive.body(id, fetcher.settings().maxBytes()), url, archive.contentType(id),
                    fetched.fetchedAt());
            return new ParsedPage(id, page, readerFor(request, page).read(page, context));
        }
        if (!fetched.isSuccess()) {
            throw new IllegalStateException("HTTP " + fetched.status());
        }
        PageArchive.Stored stored = archive.store(jurisdictionId, request.archiveKey(), fetched);
        Page page = Pages.of(fetched);
        return new ParsedPage(stored.id(), page, readerFor(request, page).read(page, context));
    }

    /**
     * The adapter its route names, except that a page whose body is a PDF is read as a PDF agenda whatever the link
     * looked like (Granicus {@code AgendaViewer.php} and other HTML-looking agenda links often redirect to a PDF).
     */
    private Adapter readerFor(PageRequest request, Page page) {
        String name = page.isPdf() ? PDF_AGENDA : request.adapter();
        if (!name.equals(request.adapter())) {
            LOG.debugf("%s is a PDF; read by %s instead of %s", request.url(), name, request.adapter());
        }
        return adapters.find(name).orElseThrow(() -> new IllegalStateException("no adapter named " + name));
    }

    private static String describe(Exception e) {
        String kind = e instanceof ParseException ? "cannot parse" : e instanceof FetchException ? "cannot fetch" : "failed";
        String message = String.valueOf(e.getMessage());
        return message.toLowerCase(java.util.Locale.ROOT).startsWith(kind) ? message : kind + ": " + message;
    }

    private static Jurisdiction jurisdiction(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Jurisdiction.findBySlug(slug)
                .orElseThrow(() -> new IllegalStateException("jurisdiction " + slug + " is not tracked")));
    }

}
