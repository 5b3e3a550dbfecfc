package org.ordinancewatch.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.ordinancewatch.web.query.SearchQueries;
import org.ordinancewatch.web.query.SearchQueries.Found;
import org.ordinancewatch.web.query.SearchQueries.Kind;

/** {@code /search?q=}: measures, places, meetings and agenda items by text, with why each one matched. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 50;
    static final int MAX_QUERY = 200;

    /** A piece of a context line; {@code hit} pieces are the searched words. */
    public record Segment(String text, boolean hit) {
    }

    /** One result: what and where, the fields that matched, and a snippet of the first. */
    public record Hit(Kind kind, String url, String title, String context, List<String> matchedFields, List<Segment> snippet) {
    }

    public record Results(String q, Kind type, List<Kind> kinds, List<Hit> hits, int page, boolean hasNext,
            boolean fullText) {
        public String pageLink(int n) {
            return "/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                    + (type == null ? "" : "&type=" + type.code()) + "&page=" + n;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Results r);
    }

    private final SearchQueries queries;

    public SearchResource(SearchQueries queries) {
        this.queries = queries;
    }

    @GET
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("page") String page) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new BadRequestException("search text too long (" + text.length() + " characters; at most " + MAX_QUERY + ")");
        }
        Kind kind = kind(type);
        int n = page(page);
        List<String> words = words(text);
        List<Hit> hits = List.of();
        boolean hasNext = false;
        if (!words.isEmpty()) {
            List<Kind> kinds = kind == null ? Arrays.asList(Kind.values()) : List.of(kind);
            List<Found> found = queries.search(text, words, kinds, n * PAGE_SIZE + 1);
            List<Hit> all = new ArrayList<>(found.size());
            for (Found f : found) {
                all.add(hit(f, words));
            }
            if (!queries.fullText()) {
                all.sort(Comparator.comparingInt((Hit h) -> -score(h)));
            }
            int from = Math.min((n - 1) * PAGE_SIZE, all.size());
            hasNext = all.size() > n * PAGE_SIZE;
            hits = all.subList(from, Math.min(from + PAGE_SIZE, all.size()));
        }
        return Templates.index(new Results(text, kind, Arrays.asList(Kind.values()), hits, n, hasNext, queries.fullText()));
    }

    /** Lower-cased words of two or more characters, at most eight. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2)
                .distinct().limit(8).toList();
    }

    /** A title match counts most; then each other field that matched. */
    private static int score(Hit h) {
        return h.matchedFields().size() + (h.matchedFields().contains("title") || h.matchedFields().contains("name") ? 2 : 0);
    }

    private static Hit hit(Found f, List<String> words) {
        List<String> matched = new ArrayList<>();
        List<Segment> snippet = List.of();
        for (String[] field : f.fields()) {
            if (firstMatch(field[1], words) >= 0) {
                matched.add(field[0]);
                if (snippet.isEmpty()) {
                    snippet = snippet(field[1], words);
                }
            }
        }
        return new Hit(f.kind(), f.url(), f.title(), readable(f), matched, snippet);
    }

    /** A measure's context ends in its status code; people read its label. */
    private static String readable(Found f) {
        int at = f.context() == null ? -1 : f.context().lastIndexOf(" · ");
        if (f.kind() != Kind.MEASURE || at < 0) {
            return f.context();
        }
        try {
            return f.context().substring(0, at + 3) + org.ordinancewatch.model.Status.fromCode(f.context().substring(at + 3)).label();
        } catch (IllegalArgumentException e) {
            return f.context();
        }
    }

    /**
     * Where a searched word (or, for full-text search's stemming, a word starting with the same stem) first occurs.
     */
    static int firstMatch(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        for (String w : words) {
            int at = lower.indexOf(stem(w));
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, word.length() - 2) : word;
    }

    /** About 160 characters around the first match, the searched words marked. */
    static List<Segment> snippet(String text, List<String> words) {
        int at = firstMatch(text, words);
        int start = Math.max(0, at - 60);
        int end = Math.min(text.length(), start + 160);
        String window = (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
        String lower = window.toLowerCase(Locale.ROOT);
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < window.length()) {
            int next = -1;
            int len = 0;
            for (String w : words) {
                int p = lower.indexOf(stem(w), i);
                if (p >= 0 && (next < 0 || p < next)) {
                    next = p;
                    len = stem(w).length();
                }
            }
            if (next < 0) {
                out.add(new Segment(window.substring(i), false));
                break;
            }
            int wordEnd = next + len;
            while (wordEnd < window.length() && Character.isLetterOrDigit(window.charAt(wordEnd))) {
                wordEnd++;
            }
            if (next > i) {
                out.add(new Segment(window.substring(i, next), false));
            }
            out.add(new Segment(window.substring(next, wordEnd), true));
            i = wordEnd;
        }
        return out;
    }

    private static Kind kind(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        for (Kind k : Kind.values()) {
            if (k.code().equals(type.strip())) {
                return k;
            }
        }
        throw new BadRequestException("unknown type '" + (type.length() > 30 ? type.substring(0, 30) : type)
                + "' (expected one of: measure, jurisdiction, meeting, item)");
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequestException("malformed page '" + (page.length() > 20 ? page.substring(0, 20) : page)
                + "' (expected a whole number from 1 to " + MAX_PAGE + ")");
    }
}
