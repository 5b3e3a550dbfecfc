import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;

/**
 * Parse throughput: every page of the shared corpus through the adapter of its platform, in process, against bare
 * {@code Jsoup.parse} of the same bytes (charset detected from the bytes, as the adapters' pages are). Each page's
 * adapter is the first of its platform's candidates (below, by corpus folder) that reads it without an exception,
 * as the adapter tests pick them; pages no adapter reads (other platforms' exports, VCR cassettes, scraped JSON
 * outputs of other projects) are listed and left out of both sides. After a warm-up of both sides, ROUNDS rounds
 * each time one whole pass of the corpus through the adapters and one through Jsoup, alternating which goes first.
 *
 * java -cp APP_CLASSPATH bench/Parse.java FIXTURES_DIR [WARMUP_SECONDS] [ROUNDS] [PASSES_PER_ROUND]
 * Prints "key value" lines for bench/parse.sh to read.
 */
public class Parse {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    /** Corpus folder: adapter class names to try in order, and the URL each page is said to come from. */
    static final Map<String, Object[]> PLATFORMS = new LinkedHashMap<>();
    static {
        p("boarddocs", "https://go.boarddocs.com/pa/stco/Board.nsf/Public", "boarddocs.BoardDocsAdapter");
        p("civicclerk", "https://example.api.civicclerk.com/v1/Events", "civicclerk.CivicClerkApiAdapter");
        p("civicplus_agendacenter", "https://example.civicplus.com/AgendaCenter",
                "civicplus.CivicPlusAgendaCenterAdapter");
        p("escribe", "https://pub-example.escribemeetings.com/", "escribe.EscribeAdapter");
        p("granicus_viewpublisher", "https://example.granicus.com/ViewPublisher.php?view_id=1",
                "granicus.GranicusViewPublisherAdapter");
        p("iqm2", "https://example.iqm2.com/Citizens/Calendar.aspx", "iqm2.Iqm2CalendarAdapter",
                "iqm2.Iqm2MeetingAdapter", "iqm2.Iqm2LegiFileAdapter");
        p("legistar_web_ui", "https://example.legistar.com/Calendar.aspx", "legistar.LegistarCalendarAdapter",
                "legistar.LegistarLegislationAdapter", "legistar.LegistarMeetingDetailAdapter",
                "legistar.LegistarLegislationDetailAdapter");
        p("legistar_webapi_json", "https://webapi.legistar.com/v1/example/events", "legistar.LegistarApiEventsAdapter",
                "legistar.LegistarApiMattersAdapter", "legistar.LegistarApiEventItemsAdapter",
                "legistar.LegistarApiHistoriesAdapter");
        p("municode_meetings", "https://example-ga.municodemeetings.com/", "municode.MunicodeMeetingsAdapter");
        p("novusagenda", "https://example.novusagenda.com/agendapublic/meetingsresponsive.aspx",
                "novus.NovusAgendaAdapter");
        p("primegov", "https://example.primegov.com/api/v2/PublicPortal/ListUpcomingMeetings",
                "primegov.PrimeGovApiAdapter");
    }

    static void p(String folder, String url, String... adapters) {
        PLATFORMS.put(folder, new Object[] {url, adapters});
    }

    record Item(String path, Page page, Adapter adapter, String baseUri) {
    }

    static volatile long sink;
    static final Map<String, long[]> BY_ADAPTER = new java.util.TreeMap<>();
    static boolean measuring;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SourceContext context = SourceContext.of(ZoneId.of("America/Chicago"), Clock.fixed(NOW, ZoneId.of("UTC")));

        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("SOURCES.md"))
                    .sorted().toList();
        }
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> perAdapter = new LinkedHashMap<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString();
            String folder = rel.substring(0, rel.indexOf('/'));
            Object[] platform = PLATFORMS.get(folder);
            if (platform == null || rel.endsWith(".yaml")) {
                skipped.add(rel + " (" + (platform == null ? "no adapter for " + folder : "VCR cassette") + ")");
                continue;
            }
            byte[] body = Files.readAllBytes(file);
            String type = rel.endsWith(".json") ? "application/json; charset=utf-8"
                    : rel.endsWith(".xml") ? "application/xml" : "text/html";
            Page page = new Page(body, URI.create((String) platform[0]), type, NOW);
            Adapter chosen = null;
            for (String name : (String[]) platform[1]) {
                Adapter adapter = (Adapter) Class.forName("org.ordinancewatch.parse." + name).getDeclaredConstructor()
                        .newInstance();
                try {
                    ParseResult result = adapter.parse(page, context);
                    if (result != null) {
                        chosen = adapter;
                        break;
                    }
                } catch (Exception e) {
                    // not this adapter's page
                }
            }
            if (chosen == null) {
                skipped.add(rel + " (no adapter of " + folder + " reads it)");
                continue;
            }
            perAdapter.merge(chosen.name(), 1, Integer::sum);
            items.add(new Item(rel, page, chosen, (String) platform[0]));
        }
        long bytes = items.stream().mapToLong(i -> i.page().body().length).sum();

        // Warm-up: both sides alternately until the time is up.
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            adapters(items, context);
            jsoup(items);
        }
        measuring = true;
        double[] adapterNs = new double[rounds], jsoupNs = new double[rounds], ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long a = 0, j = 0;
            for (int p = 0; p < passes; p++) {
                if ((r + p) % 2 == 0) {
                    a += adapters(items, context);
                    j += jsoup(items);
                } else {
                    j += jsoup(items);
                    a += adapters(items, context);
                }
            }
            adapterNs[r] = a / (double) passes;
            jsoupNs[r] = j / (double) passes;
            ratios[r] = jsoupNs[r] / adapterNs[r];
            System.err.printf(Locale.ROOT, "round %d: adapters %.1f ms, Jsoup %.1f ms per pass, ratio %.3f%n", r + 1,
                    adapterNs[r] / 1e6, jsoupNs[r] / 1e6, ratios[r]);
        }
        double a = median(adapterNs), j = median(jsoupNs);
        System.out.println("files " + files.size());
        System.out.println("pages " + items.size());
        System.out.println("bytes " + bytes);
        System.out.println("skipped " + skipped.size());
        System.out.printf(Locale.ROOT, "adapter_ms_per_pass %.2f%n", a / 1e6);
        System.out.printf(Locale.ROOT, "jsoup_ms_per_pass %.2f%n", j / 1e6);
        System.out.printf(Locale.ROOT, "adapter_mb_s %.1f%n", bytes / 1e6 / (a / 1e9));
        System.out.printf(Locale.ROOT, "jsoup_mb_s %.1f%n", bytes / 1e6 / (j / 1e9));
        System.out.printf(Locale.ROOT, "adapter_pages_s %.0f%n", items.size() / (a / 1e9));
        System.out.printf(Locale.ROOT, "jsoup_pages_s %.0f%n", items.size() / (j / 1e9));
        System.out.printf(Locale.ROOT, "ratio_median %.3f%n", median(ratios));
        System.out.printf(Locale.ROOT, "ratio_min %.3f%n", Arrays.stream(ratios).min().orElse(0));
        System.out.printf(Locale.ROOT, "ratio_max %.3f%n", Arrays.stream(ratios).max().orElse(0));
        perAdapter.forEach((name, n) -> {
            long[] t = BY_ADAPTER.get(name);
            // pages, bytes per pass, adapter ms and Jsoup ms over all measured passes, Jsoup / adapter
            System.out.printf(Locale.ROOT, "adapter %s %d %d %.1f %.1f %.3f%n", name, n, t[2] / (rounds * passes),
                    t[0] / 1e6, t[1] / 1e6, t[1] / (double) t[0]);
        });
        skipped.forEach(s -> System.out.println("skip " + s));
    }

    static long adapters(List<Item> items, SourceContext context) throws Exception {
        long start = System.nanoTime();
        for (Item item : items) {
            long t = measuring ? System.nanoTime() : 0;
            ParseResult result = item.adapter().parse(item.page(), context);
            sink += result.meetings().size() + result.measures().size();
            if (measuring) {
                BY_ADAPTER.computeIfAbsent(item.adapter().name(), k -> new long[3])[0] += System.nanoTime() - t;
            }
        }
        return System.nanoTime() - start;
    }

    static long jsoup(List<Item> items) throws IOException {
        long start = System.nanoTime();
        for (Item item : items) {
            long t = measuring ? System.nanoTime() : 0;
            sink += Jsoup.parse(new ByteArrayInputStream(item.page().body()), null, item.baseUri()).childNodeSize();
            if (measuring) {
                long[] a = BY_ADAPTER.computeIfAbsent(item.adapter().name(), k -> new long[3]);
                a[1] += System.nanoTime() - t;
                a[2] += item.page().body().length;
            }
        }
        return System.nanoTime() - start;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
