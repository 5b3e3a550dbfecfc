package org.ordinancewatch.ingest;

import static org.ordinancewatch.model.Columns.fit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.ordinancewatch.model.AgendaItem;
import org.ordinancewatch.record.ScrapedItem;

/**
 * The key an agenda item is stored under within its meeting ({@code agenda_item.item_key}, unique per meeting), the
 * same on every fetch of the agenda:
 * <ul>
 * <li>{@code file:<file number>} when the item names a legislative file;</li>
 * <li>else {@code no:<item number>|<title hash>} when it is numbered (the hash keeps a renumbered agenda's items
 * apart);</li>
 * <li>else {@code title:<title hash>|<title, first 300 characters>}.</li>
 * </ul>
 * {@code <title hash>} is the first {@value #HASH_HEX_DIGITS} lowercase hex digits (128 bits) of the SHA-256 of the
 * title exactly as the page gave it, in UTF-8. File and item numbers are stripped; the whole key is cut to the
 * column's {@link AgendaItem#ITEM_KEY_WIDTH} characters.
 * <p>
 * Keys stored before this format carried Java's 32-bit {@code String.hashCode} of the title in hex where the hash
 * now is; {@link #legacyOf} still builds those, so an item stored under one is found and re-keyed the next time its
 * agenda is read (see {@code ItemUpserts}).
 */
final class ItemKeys {

    /** Hex digits of the SHA-256 kept in a key: 128 bits, against collisions among one meeting's titles. */
    static final int HASH_HEX_DIGITS = 32;
    private static final int TITLE_IN_KEY = 300;

    private ItemKeys() {
    }

    static String of(ScrapedItem item) {
        return build(item, titleHash(item.title()));
    }

    /** The key the item had under the old format, when that differs from its key now. */
    static Optional<String> legacyOf(ScrapedItem item) {
        if (hasFile(item)) {
            return Optional.empty();
        }
        return Optional.of(build(item, Integer.toHexString(Objects.hashCode(item.title()))));
    }

    private static String build(ScrapedItem item, String titleHash) {
        String key;
        if (hasFile(item)) {
            key = "file:" + item.file().trim();
        } else if (item.number() != null && !item.number().isBlank()) {
            key = "no:" + item.number().trim() + "|" + titleHash;
        } else {
            key = "title:" + titleHash + "|" + fit(item.title(), TITLE_IN_KEY);
        }
        return fit(key, AgendaItem.ITEM_KEY_WIDTH);
    }

    private static boolean hasFile(ScrapedItem item) {
        return item.file() != null && !item.file().isBlank();
    }

    static String titleHash(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(title).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
