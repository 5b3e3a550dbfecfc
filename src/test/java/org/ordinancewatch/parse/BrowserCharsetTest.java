package org.ordinancewatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserCharsetTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** "Café “Board”" typed in Word: é is 0xE9, the curly quotes 0x93 and 0x94. */
    private static byte[] cp1252(String head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("<p>Caf\u00e9 \u201cBoard\u201d</p>".getBytes(CP1252));
        return out.toByteArray();
    }

    private static String text(byte[] body, String contentType) {
        return new Page(body, URI.create("https://council.example/"), contentType, Instant.EPOCH).text();
    }

    @Test
    void metaCharsetIsReadWhenTheHeaderNamesNone() {
        byte[] body = cp1252("<html><head><meta charset=\"windows-1252\"></head>");
        assertThat(text(body, "text/html")).contains("Caf\u00e9 \u201cBoard\u201d");
    }

    @Test
    void httpEquivContentTypeIsRead() {
        byte[] body = cp1252("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>");
        assertThat(text(body, null)).contains("Caf\u00e9 \u201cBoard\u201d");
    }

    @ParameterizedTest
    @CsvSource({"latin1", "ISO-8859-1", "us-ascii", "l1", "cp819", "x-cp1252"})
    void latin1LabelsMeanWindows1252AsInBrowsers(String label) {
        assertThat(BrowserCharset.forLabel(label)).contains(CP1252);
        assertThat(text(cp1252(""), "text/html; charset=" + label)).contains("\u201cBoard\u201d");
    }

    @Test
    void headerWinsOverMeta() {
        byte[] body = "<meta charset=windows-1252><p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(text(body, "text/html; charset=utf-8")).contains("Caf\u00e9").doesNotContain("Ã");
    }

    @Test
    void bomWinsOverHeaderAndIsNotPartOfTheText() {
        byte[] utf8 = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, body, 3, utf8.length);
        assertThat(text(body, "text/html; charset=iso-8859-1")).isEqualTo("<p>Caf\u00e9</p>");

        byte[] utf16 = "\uFEFF<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(text(utf16, "text/html; charset=windows-1252")).isEqualTo("<p>Caf\u00e9</p>");
    }

    @Test
    void invalidHeaderLabelFallsThroughToMeta() {
        byte[] body = cp1252("<meta charset=\"windows-1252\">");
        assertThat(text(body, "text/html; charset=no-such-charset")).contains("\u201cBoard\u201d");
    }

    @Test
    void metaSayingUtf16MeansUtf8() {
        byte[] body = "<meta charset=utf-16><p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(BrowserCharset.of(body, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text(body, null)).contains("Caf\u00e9");
    }

    @Test
    void metaInsideACommentOrPastTheFirstKilobyteIsIgnored() {
        assertThat(BrowserCharset.fromMeta("<!-- <meta charset=windows-1252> -->".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        String late = " ".repeat(1100) + "<meta charset=windows-1252>";
        assertThat(BrowserCharset.fromMeta(late.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void undeclaredValidUtf8IsUtf8AndAnythingElseWindows1252() {
        assertThat(BrowserCharset.of("<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8), "text/html"))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(text(cp1252(""), "text/html")).contains("Caf\u00e9 \u201cBoard\u201d");
    }

    @Test
    void replacementLabelsAreNotTrusted() {
        assertThat(BrowserCharset.forLabel("iso-2022-kr")).isEmpty();
        assertThat(BrowserCharset.forLabel("  ")).isEmpty();
    }

    @Test
    void undeclaredTextIsDecodedAsTheCharsetItIsReadIn() {
        byte[] replacementCharacter = "<p>\ufffd Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(text(replacementCharacter, "text/html")).isEqualTo("<p>\ufffd Caf\u00e9</p>");
        byte[] encodedSurrogate = { '<', 'p', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'x' };
        assertThat(BrowserCharset.of(encodedSurrogate, null)).isEqualTo(CP1252);
        assertThat(text(encodedSurrogate, null)).isEqualTo(new String(encodedSurrogate, CP1252));
        byte[] cutOff = { 'C', 'a', 'f', (byte) 0xC3 };
        assertThat(text(cutOff, null)).isEqualTo("Caf\u00c3");
    }
}
