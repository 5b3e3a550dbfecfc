package org.ordinancewatch.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.ordinancewatch.detect.TopicClassifier;
import org.ordinancewatch.model.Measure;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.Link;
import org.ordinancewatch.record.MeasureRecord;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.AgendaDocument;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.source.SourceDefinition;

/**
 * Which of the links a parsed page asks to follow the crawl fetches, and in what order. Adapters list every link
 * worth reading; this is where the crawl budget ({@code max-pages}) is spent:
 * <ul>
 * <li>an agenda item's own file page (Legistar {@code LegislationDetail.aspx}, IQM2 {@code Detail_LegiFile.aspx}, a
 * Web API matter's {@code /histories} below the item's matter URL) is fetched only when the topic classifier finds
 * the item relevant or its file is already tracked, and ahead of every listing or meeting page still queued, so a
 * large calendar cannot use up the budget before the relevant legislation is read;</li>
 * <li>the same holds for the sub-pages of a file listed on its own (a Web API {@code /matters} listing entry's
 * {@code /histories}): read only for a relevant title or a tracked file;</li>
 * <li>links of a meeting the source's {@code bodies} filter drops are not fetched;</li>
 * <li>every other link keeps its turn, and carries the key of the meeting that linked it, so a followed agenda
 * document joins that meeting.</li>
 * </ul>
 */
@ApplicationScoped
class FollowPolicy {

    /**
     * A link to fetch.
     *
     * @param url      absolute http(s) URL
     * @param linkedBy the stored key of the meeting whose record links it, or null
     * @param first    fetch it before the pages already queued
     */
    record Next(String url, String linkedBy, boolean first) {
    }

    /**
     * The meeting record that links a URL, and the agenda item when the URL is that item's own page. A file
     * listed without a meeting (a Web API matter) stands as an item with no meeting.
     */
    private record Owner(ScrapedAgenda agenda, ScrapedItem item) {

        /** A page of items names no meeting, so nothing it links can join one. */
        String linkedBy() {
            if (agenda instanceof ScrapedMeeting meeting) {
                return MeetingKeys.of(meeting);
            }
            return agenda instanceof AgendaDocument document ? MeetingKeys.of(document) : null;
        }

        boolean acceptedBy(SourceDefinition source) {
            return !(agenda instanceof ScrapedMeeting meeting) || source.bodies().accepts(meeting.body());
        }
    }

    private final TopicClassifier classifier;

    FollowPolicy(TopicClassifier classifier) {
        this.classifier = classifier;
    }

    List<Next> next(SourceDefinition source, long jurisdictionId, String pageUrl, ParseResult result) {
        Map<String, Owner> owners = owners(pageUrl, result);
        Map<String, Owner> wanted = new LinkedHashMap<>();
        for (String link : result.follow()) {
            String url = absolute(pageUrl, link);
            Owner owner = url == null ? null : ownerOf(owners, url);
            if (url != null && (owner == null || owner.acceptedBy(source))) {
                wanted.putIfAbsent(url, owner);
            }
        }
        Set<ScrapedItem> passedOver = wanted.values().stream()
                .filter(o -> o != null && o.item() != null && !isRelevant(o.item())).map(Owner::item)
                .collect(Collectors.toSet());
        Set<ScrapedItem> tracked = tracked(jurisdictionId, passedOver);
        List<Next> next = new ArrayList<>();
        wanted.forEach((url, owner) -> {
            if (owner == null) {
                next.add(new Next(url, null, false));
            } else if (owner.item() == null) {
                next.add(new Next(url, owner.linkedBy(), false));
            } else if (!passedOver.contains(owner.item()) || tracked.contains(owner.item())) {
                next.add(new Next(url, owner.linkedBy(), true));
            }
        });
        return next;
    }

    private boolean isRelevant(ScrapedItem item) {
        return item.title() != null && classifier.classify(item.title()).relevant();
    }

    /** The items whose file number (or page) a measure of the jurisdiction already carries. */
    private static Set<ScrapedItem> tracked(long jurisdictionId, Set<ScrapedItem> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        List<Measure> measures = QuarkusTransaction.requiringNew()
                .call(() -> Measure.<Measure>list("jurisdiction.id = ?1", jurisdictionId));
        return items.stream().filter(item -> measures.stream().anyMatch(
                m -> m.isIdentifiedBy(item.file()) || (m.sourceUrl != null && m.sourceUrl.equals(item.url()))))
                .collect(Collectors.toSet());
    }

    /** Every URL the page's meetings carry (their items' pages first), with the record that carries it. */
    private static Map<String, Owner> owners(String pageUrl, ParseResult result) {
        Map<String, Owner> owners = new HashMap<>();
        for (ScrapedAgenda agenda : result.agendas()) {
            for (ScrapedItem item : agenda.items()) {
                put(owners, absolute(pageUrl, item.url()), new Owner(agenda, item));
            }
        }
        for (ScrapedAgenda agenda : result.agendas()) {
            if (agenda instanceof ScrapedMeeting meeting) {
                put(owners, absolute(pageUrl, meeting.url()), new Owner(meeting, null));
                for (Link link : meeting.links()) {
                    put(owners, absolute(pageUrl, link.url()), new Owner(meeting, null));
                }
            } else if (agenda instanceof AgendaDocument document) {
                put(owners, absolute(pageUrl, document.url()), new Owner(document, null));
            }
        }
        for (MeasureRecord measure : result.measures()) {
            put(owners, absolute(pageUrl, measure.url()), new Owner(null, new ScrapedItem(null, measure.identifier(),
                    measure.title(), null, null, measure.url(), List.of())));
        }
        return owners;
    }

    private static void put(Map<String, Owner> owners, String url, Owner owner) {
        if (url != null) {
            owners.putIfAbsent(url, owner);
        }
    }

    /** The URL's own record, or, for a page below an item's URL ({@code /matters/7/histories}), that item's. */
    private static Owner ownerOf(Map<String, Owner> owners, String url) {
        Owner own = owners.get(url);
        if (own != null) {
            return own;
        }
        int slash = url.lastIndexOf('/');
        Owner parent = slash > url.indexOf("//") + 1 ? owners.get(url.substring(0, slash)) : null;
        return parent != null && parent.item() != null ? parent : null;
    }

    static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(base).resolve(link.trim().replace(" ", "%20"));
            return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
