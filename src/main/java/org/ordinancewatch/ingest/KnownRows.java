package org.ordinancewatch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedAgenda;
import org.ordinancewatch.record.ScrapedMeeting;

/**
 * The stored meetings and agenda items one page names, read in a few queries when the page starts instead of one
 * query per record. Each query before a write makes Hibernate flush (dirty-check) the whole session first, which for
 * a listing of 150 meetings was most of the ingest's CPU. Rows the page creates are added, so a record listed twice
 * on a page finds the first one; a key the page did not name up front is looked up as before.
 */
final class KnownRows {

    /** Keys per IN list: well under every database's bound on parameters. */
    static final int CHUNK = 500;

    private final Jurisdiction jurisdiction;
    private final Map<String, Meeting> meetings = new HashMap<>();
    private final Map<Meeting, Map<String, AgendaItem>> items = new IdentityHashMap<>();

    KnownRows(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    /**
     * Reads the meetings the page's listed agendas are keyed by, and the items of those with items on the page, before
     * the page writes anything (so one flush, not one per record).
     */
    void preload(ParseResult result) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> keysWithItems = new LinkedHashSet<>();
        for (ScrapedAgenda agenda : result.agendas()) {
            if (agenda instanceof ScrapedMeeting listed && listed.namesItself()) {
                String key = MeetingKeys.of(listed);
                keys.add(key);
                if (!agenda.items().isEmpty()) {
                    keysWithItems.add(key);
                }
            }
        }
        for (List<String> chunk : chunks(new ArrayList<>(keys))) {
            for (String key : chunk) {
                meetings.put(key, null);
            }
            Meeting.<Meeting>list("jurisdiction = ?1 and sourceKey in ?2 order by id", jurisdiction, chunk)
                    .forEach(m -> meetings.putIfAbsent(m.sourceKey, m));
        }
        List<Meeting> withItems = keysWithItems.stream().map(meetings::get).filter(m -> m != null).toList();
        for (Meeting m : withItems) {
            items.put(m, new HashMap<>());
        }
        for (List<Meeting> chunk : chunks(withItems)) {
            AgendaItem.<AgendaItem>list("meeting in ?1 order by id", chunk)
                    .forEach(i -> items.get(i.meeting).putIfAbsent(i.itemKey, i));
        }
    }

    /** The stored meeting under the key: from the page's read when the page named it, else from the database. */
    Optional<Meeting> meeting(String sourceKey) {
        if (meetings.containsKey(sourceKey)) {
            return Optional.ofNullable(meetings.get(sourceKey));
        }
        return Meeting.findBySource(jurisdiction, sourceKey);
    }

    /** A meeting the page just stored: it has no items yet. */
    void added(Meeting meeting) {
        meetings.put(meeting.sourceKey, meeting);
        items.put(meeting, new HashMap<>());
    }

    /** The meeting's stored item under the key; a meeting's items are read once per page. */
    Optional<AgendaItem> item(Meeting meeting, String itemKey) {
        return Optional.ofNullable(itemsOf(meeting).get(itemKey));
    }

    /** An item the page just stored, or re-keyed from {@code oldKey} (null when new). */
    void keyed(AgendaItem item, String oldKey) {
        Map<String, AgendaItem> ofMeeting = itemsOf(item.meeting);
        if (oldKey != null && ofMeeting.get(oldKey) == item) {
            ofMeeting.remove(oldKey);
        }
        ofMeeting.putIfAbsent(item.itemKey, item);
    }

    private Map<String, AgendaItem> itemsOf(Meeting meeting) {
        Map<String, AgendaItem> known = items.get(meeting);
        if (known == null) {
            known = new HashMap<>();
            for (AgendaItem i : AgendaItem.<AgendaItem>list("meeting = ?1 order by id", meeting)) {
                known.putIfAbsent(i.itemKey, i);
            }
            items.put(meeting, known);
        }
        return known;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
