package org.ordinancewatch.parse.granicus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.ordinancewatch.parse.support.Css;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.support.Links;
import org.ordinancewatch.parse.support.Text;
import org.ordinancewatch.record.Link;

/** The documents a Granicus row links, whether by href or by a {@code window.open(...)} handler. */
final class GranicusLinks {

    private static final Evaluator LINKS = Css.css("a, input[onclick], button[onclick]");
    private static final Evaluator IMAGE_WITH_ALT = Css.css("img[alt]");

    private GranicusLinks() {
    }

    static List<Link> of(Element row, Page page) {
        List<Link> links = new ArrayList<>();
        for (Element e : row.select(LINKS)) {
            String href = Links.resolve(page.url(), e.attr("href"));
            String url = href != null ? href : Links.scriptTarget(page.url(), e.attr("onclick"));
            if (url == null || links.stream().anyMatch(l -> l.url().equals(url))) {
                continue;
            }
            links.add(new Link(label(url, text(e)), url));
        }
        return links;
    }

    /** The element's own words: its text, else its value, else its image's alt text; looked up only as needed. */
    private static String text(Element e) {
        String text = Text.firstNonBlank(e.text(), e.attr("value"));
        if (text != null) {
            return text;
        }
        Element img = e.selectFirst(IMAGE_WITH_ALT);
        return img == null ? null : Text.clean(img.attr("alt"));
    }

    /** Granicus viewers are recognisable by their script names; other links keep their own label. */
    static String label(String url, String text) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("agendaviewer") || u.contains("generatedagendaviewer")) {
            return "Agenda";
        }
        if (u.contains("minutesviewer")) {
            return "Minutes";
        }
        if (u.contains("mediaplayer") || u.contains("/player/") || u.contains("asx.php")) {
            return "Video";
        }
        if (u.endsWith(".mp4")) {
            return "Video (MP4)";
        }
        if (u.endsWith(".mp3")) {
            return "Audio (MP3)";
        }
        return text == null ? "Document" : text;
    }

    static boolean isAgenda(Link link) {
        return "Agenda".equals(link.label());
    }

    /** The platform's id for the meeting: the event id, else the clip id, from any viewer link. */
    static String sourceId(List<Link> links) {
        for (String param : new String[] { "event_id", "clip_id" }) {
            for (Link link : links) {
                String value = Links.queryParam(link.url(), param);
                if (value != null && !value.isBlank()) {
                    return param.startsWith("event") ? "event-" + value : "clip-" + value;
                }
            }
        }
        return null;
    }
}
