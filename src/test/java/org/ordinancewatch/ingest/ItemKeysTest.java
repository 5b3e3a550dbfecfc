package org.ordinancewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.model.Jurisdiction;
import org.ordinancewatch.model.Meeting;
import org.ordinancewatch.model.MeetingStatus;
import org.ordinancewatch.parse.ParseResult;
import org.ordinancewatch.record.ScrapedItem;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.source.SourceDefinition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The documented item key format, and items stored under the old 32-bit-hash keys still matching. */
@QuarkusTest
class ItemKeysTest {

    private static final String NUMBERED = "Resolution authorizing a parking study";
    private static final String UNNUMBERED = "Presentation on the library budget";

    @Inject
    Ingestor ingestor;

    @Test
    void keysAreTheFileElseNumberOrTitleWithATruncatedSha256OfTheTitle() throws Exception {
        assertThat(ItemKeys.of(item("4", "O2026-1", NUMBERED))).isEqualTo("file:O2026-1");
        assertThat(ItemKeys.of(item(" 4 ", null, NUMBERED))).isEqualTo("no:4|" + sha256(NUMBERED).substring(0, 32));
        assertThat(ItemKeys.of(item(null, null, UNNUMBERED)))
                .isEqualTo("title:" + sha256(UNNUMBERED).substring(0, 32) + "|" + UNNUMBERED);
        assertThat(ItemKeys.of(item(null, null, "x".repeat(5000)))).as("prefix, hash and the title's first 300 characters").hasSize(6 + 32 + 1 + 300)
                .endsWith("x…").startsWith("title:" + sha256("x".repeat(5000)).substring(0, 32) + "|xxx");
    }

    @Test
    void itemsStoredUnderOldFormatKeysAreMatchedAndReKeyed() {
        String sourceId = "legacy-keys-" + System.nanoTime();
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 2, 18, 0, 0, 0, ZoneOffset.ofHours(-5));
        String oldNumbered = "no:4|" + Integer.toHexString(NUMBERED.hashCode());
        String oldTitled = "title:" + Integer.toHexString(UNNUMBERED.hashCode()) + "|" + UNNUMBERED;
        long jurisdictionId = QuarkusTransaction.requiringNew().call(() -> {
            Jurisdiction j = Jurisdiction.findBySlug("pittsburgh-pa").orElseThrow();
            Meeting m = new Meeting();
            m.jurisdiction = j;
            m.sourceKey = "id:" + sourceId;
            m.body = "City Council";
            m.startAt = start;
            m.status = MeetingStatus.SCHEDULED;
            m.firstSeenAt = Instant.now();
            m.updatedAt = m.firstSeenAt;
            m.persist();
            stored(m, oldNumbered, "4", NUMBERED);
            stored(m, oldTitled, null, UNNUMBERED);
            return j.id;
        });
        ScrapedMeeting page = new ScrapedMeeting(sourceId, "City Council", null, start, null,
                ScrapedMeetingStatus.SCHEDULED, null, List.of(),
                List.of(item("4", null, NUMBERED), item(null, null, UNNUMBERED)));
        SourceDefinition source = new SourceDefinition("pittsburgh-pa", "legistar-web", "https://example.org", null,
                null, null, 20, null, null, null, true, "legacy-keys", "test");

        ingestor.apply(jurisdictionId, source, null, "https://example.org/calendar", null,
                ParseResult.ofMeetings(List.of(page), List.of(), List.of()));
        Ingestor.Stats again = ingestor.apply(jurisdictionId, source, null, "https://example.org/calendar", null,
                ParseResult.ofMeetings(List.of(page), List.of(), List.of()));

        List<String> keys = QuarkusTransaction.requiringNew().call(() -> AgendaItem.forMeeting(
                Meeting.findBySource(Jurisdiction.findById(jurisdictionId), "id:" + sourceId).orElseThrow())
                .stream().map(i -> i.itemKey).toList());
        assertThat(keys).as("the two stored items, re-keyed; no duplicates").containsExactly(
                ItemKeys.of(item("4", null, NUMBERED)), ItemKeys.of(item(null, null, UNNUMBERED)));
        assertThat(again.items()).isEqualTo(2);
    }

    private static void stored(Meeting m, String key, String number, String title) {
        AgendaItem item = new AgendaItem();
        item.meeting = m;
        item.itemKey = key;
        item.number = number;
        item.title = title;
        item.relevant = false;
        item.firstSeenAt = m.firstSeenAt;
        item.persist();
    }

    private static ScrapedItem item(String number, String file, String title) {
        return new ScrapedItem(number, file, title, null, null, null, List.of());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
