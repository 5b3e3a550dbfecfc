import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ordinancewatch.parse.Adapter;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.parse.SourceContext;

/**
 * Every page under the given folders through every adapter, each result (or the exception) written out in full, so
 * that a change meant to keep the adapters' output can be checked by diffing two dumps. Pages of a corpus folder
 * named in bench/Parse.java are said to come from that platform's URL; others from https://example.com/page.
 *
 * java -cp APP_CLASSPATH bench/ParseDump.java OUT_FILE FOLDER...
 */
public class ParseDump {

    static final String[] ADAPTERS = { "boarddocs.BoardDocsAdapter", "civicclerk.CivicClerkApiAdapter",
            "civicplus.CivicPlusAgendaCenterAdapter", "escribe.EscribeAdapter",
            "granicus.GranicusViewPublisherAdapter", "iqm2.Iqm2CalendarAdapter", "iqm2.Iqm2MeetingAdapter",
            "iqm2.Iqm2LegiFileAdapter", "legistar.LegistarCalendarAdapter", "legistar.LegistarLegislationAdapter",
            "legistar.LegistarMeetingDetailAdapter", "legistar.LegistarLegislationDetailAdapter",
            "legistar.LegistarApiEventsAdapter", "legistar.LegistarApiMattersAdapter",
            "legistar.LegistarApiEventItemsAdapter", "legistar.LegistarApiHistoriesAdapter",
            "municode.MunicodeMeetingsAdapter", "novus.NovusAgendaAdapter", "primegov.PrimeGovApiAdapter",
            "pdf.PdfAgendaAdapter" };

    public static void main(String[] args) throws Exception {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        SourceContext context = SourceContext.of(ZoneId.of("America/Chicago"), Clock.fixed(now, ZoneId.of("UTC")));
        List<Adapter> adapters = new ArrayList<>();
        for (String name : ADAPTERS) {
            adapters.add((Adapter) Class.forName("org.ordinancewatch.parse." + name).getDeclaredConstructor()
                    .newInstance());
        }
        int pages = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int a = 1; a < args.length; a++) {
                Path root = Path.of(args[a]);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    String rel = root.relativize(file).toString();
                    if (rel.endsWith("SOURCES.md") || rel.endsWith(".class") || rel.endsWith(".properties")
                            || rel.endsWith(".sql") || rel.endsWith(".txt")) {
                        continue;
                    }
                    byte[] body = Files.readAllBytes(file);
                    String type = rel.endsWith(".json") ? "application/json; charset=utf-8"
                            : rel.endsWith(".xml") ? "application/xml" : rel.endsWith(".pdf") ? "application/pdf"
                            : "text/html";
                    Page page = new Page(body, URI.create(urlFor(rel)), type, now);
                    pages++;
                    for (Adapter adapter : adapters) {
                        out.println("== " + root.getFileName() + "/" + rel + " | " + adapter.name());
                        try {
                            write(out, adapter.read(page, context));
                        } catch (Exception e) {
                            out.println("exception " + e.getClass().getName() + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        System.err.println(pages + " pages through " + adapters.size() + " adapters");
    }

    static void write(PrintWriter out, ParseResult result) {
        result.agendas().forEach(x -> out.println("agenda " + x));
        result.measures().forEach(x -> out.println("measure " + x));
        result.follow().forEach(x -> out.println("follow " + x));
        result.warnings().forEach(x -> out.println("warning " + x));
    }

    static String urlFor(String rel) {
        String folder = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
        return switch (folder) {
            case "boarddocs" -> "https://go.boarddocs.com/pa/stco/Board.nsf/Public";
            case "civicclerk" -> "https://example.api.civicclerk.com/v1/Events";
            case "civicplus_agendacenter" -> "https://example.civicplus.com/AgendaCenter";
            case "escribe" -> "https://pub-example.escribemeetings.com/";
            case "granicus_viewpublisher" -> "https://example.granicus.com/ViewPublisher.php?view_id=1";
            case "iqm2" -> "https://example.iqm2.com/Citizens/Calendar.aspx";
            case "legistar_web_ui" -> "https://example.legistar.com/Calendar.aspx";
            case "legistar_webapi_json" -> "https://webapi.legistar.com/v1/example/events";
            case "municode_meetings" -> "https://example-ga.municodemeetings.com/";
            case "novusagenda" -> "https://example.novusagenda.com/agendapublic/meetingsresponsive.aspx";
            case "primegov" -> "https://example.primegov.com/api/v2/PublicPortal/ListUpcomingMeetings";
            default -> "https://example.com/page";
        };
    }
}
