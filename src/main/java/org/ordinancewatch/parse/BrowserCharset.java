package org.ordinancewatch.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a page's encoding the way browsers do (WHATWG Encoding and HTML "determining the character encoding"):
 * a byte-order mark wins, then the Content-Type header's charset, then a {@code <meta>} in the first 1024
 * bytes, then UTF-8 if the bytes are valid UTF-8, else windows-1252. Labels map as WHATWG says, so
 * {@code iso-8859-1}, {@code latin1} and {@code us-ascii} all mean windows-1252: council sites typed in Word
 * declare latin1 and send curly quotes from the 0x80-0x9F range.
 */
public final class BrowserCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern META = Pattern.compile("<meta\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/]+))");
    private static final Pattern CHARSET_IN_CONTENT =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([^\"'\\s;]+)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ALIASES = aliases();

    private BrowserCharset() {
    }

    /** The charset a browser would decode these bytes with. */
    public static Charset of(byte[] body, String contentType) {
        return fromBom(body)
                .or(() -> fromContentType(contentType))
                .or(() -> fromMeta(body))
                .orElseGet(() -> isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    /**
     * The bytes as text, without the byte-order mark. Undeclared pages are decoded as UTF-8 once: text without a
     * replacement character came from valid UTF-8, and only text with one needs the strict check.
     */
    public static String decode(byte[] body, String contentType) {
        Optional<Charset> declared = fromBom(body).or(() -> fromContentType(contentType)).or(() -> fromMeta(body));
        if (declared.isPresent()) {
            int skip = bomLength(body);
            return new String(body, skip, body.length - skip, declared.get());
        }
        String utf8 = new String(body, StandardCharsets.UTF_8);
        return utf8.indexOf('\uFFFD') < 0 || isUtf8(body) ? utf8 : new String(body, WINDOWS_1252);
    }

    /** The charset named in a Content-Type value, when it is a label browsers know. */
    public static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return forLabel(p.substring(8).replace("\"", "").replace("'", ""));
            }
        }
        return Optional.empty();
    }

    /** WHATWG label to charset; empty for unknown labels and for the "replacement" family. */
    public static Optional<Charset> forLabel(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String name = ALIASES.getOrDefault(key, key);
        if (name.equals("replacement")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Charset> fromMeta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(COMMENT.matcher(head).replaceAll(""));
        while (meta.find()) {
            Map<String, String> attributes = new java.util.HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(meta.group(1));
            while (attribute.find()) {
                String value = attribute.group(3) != null ? attribute.group(3)
                        : attribute.group(4) != null ? attribute.group(4) : attribute.group(5);
                attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
            }
            Optional<Charset> found = Optional.empty();
            if (attributes.containsKey("charset")) {
                found = forLabel(attributes.get("charset"));
            } else if ("content-type".equalsIgnoreCase(attributes.getOrDefault("http-equiv", "").trim())
                    && attributes.containsKey("content")) {
                Matcher named = CHARSET_IN_CONTENT.matcher(attributes.get("content"));
                found = named.find() ? forLabel(named.group(1)) : Optional.empty();
            }
            if (found.isPresent()) {
                // WHATWG: a <meta> readable as ASCII cannot be UTF-16, so it means UTF-8
                return Optional.of(found.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : found.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        return fromBom(b).isPresent() ? 2 : 0;
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String l : new String[] {"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
                "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1",
                "latin1", "us-ascii", "windows-1252", "x-cp1252"}) {
            m.put(l, "windows-1252");
        }
        for (String l : new String[] {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
                "x-unicode20utf8"}) {
            m.put(l, "UTF-8");
        }
        for (String l : new String[] {"cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9",
                "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"}) {
            m.put(l, "windows-1254");
        }
        for (String l : new String[] {"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620",
                "windows-874"}) {
            m.put(l, "x-windows-874");
        }
        for (String l : new String[] {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312",
                "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"}) {
            m.put(l, "GBK");
        }
        for (String l : new String[] {"csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext",
                "iso-2022-kr", "replacement"}) {
            m.put(l, "replacement");
        }
        m.put("utf-16", "UTF-16LE");
        m.put("utf-16le", "UTF-16LE");
        m.put("unicodefffe", "UTF-16BE");
        m.put("utf-16be", "UTF-16BE");
        m.put("x-user-defined", "windows-1252");
        return Map.copyOf(m);
    }
}
