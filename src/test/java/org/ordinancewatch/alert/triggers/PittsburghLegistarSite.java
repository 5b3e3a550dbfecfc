package org.ordinancewatch.alert.triggers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;
import org.ordinancewatch.source.SourceDefinition;
import org.ordinancewatch.testing.Fixtures;

/**
 * Pittsburgh's Legistar site on 127.0.0.1, from saved pages: the calendar lists one meeting, whose detail page links
 * the face surveillance file. {@link #calendarListsMeetings} off empties the calendar, as a site shows it before an
 * agenda is posted. Everything else is 404.
 */
final class PittsburghLegistarSite implements AutoCloseable {

    static final String JURISDICTION = "pittsburgh-pa";

    final AtomicBoolean calendarListsMeetings = new AtomicBoolean(true);
    private final HttpServer server;

    PittsburghLegistarSite() throws IOException {
        String calendar = Files.readString(Fixtures.own("legistar/Calendar_reordered_columns.html"));
        String emptyCalendar = calendar.replaceAll("(?s)<tr class=\"rg(Alt)?Row\".*?</tr>", "")
                .replace("<tbody>", "<tbody><tr class=\"rgNoRecords\"><td colspan=\"6\">No records to display.</td></tr>");
        Map<String, byte[]> pages = Map.of(
                "/pgh/MeetingDetail.aspx", Files.readAllBytes(Fixtures.own("legistar/MeetingDetail_city_council.html")),
                "/pgh/LegislationDetail.aspx",
                Files.readAllBytes(Fixtures.own("legistar/LegislationDetail_face_surveillance.html")));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            byte[] body = path.equals("/pgh/Calendar.aspx")
                    ? (calendarListsMeetings.get() ? calendar : emptyCalendar).getBytes(StandardCharsets.UTF_8)
                    : query.contains("ID=1402201") || query.contains("ID=7012345") ? pages.get(path) : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The site as a configured source, under the given source name. */
    SourceDefinition source(String name) {
        return new SourceDefinition(JURISDICTION, "legistar-web", base() + "/pgh", null, null, null, 20, null, null,
                null, true, name, "test");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
