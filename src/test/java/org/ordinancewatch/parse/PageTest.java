package org.ordinancewatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PageTest {

    private static Page page(String body, String contentType) {
        return new Page(body.getBytes(StandardCharsets.ISO_8859_1), URI.create("https://x.example/AgendaViewer.php?clip_id=1"),
                contentType, Instant.EPOCH);
    }

    @Test
    void aPdfContentTypeIsAPdf() {
        assertThat(page("<html></html>", "Application/PDF; name=agenda.pdf").isPdf()).isTrue();
    }

    @Test
    void thePdfHeaderIsAPdfWhateverTheContentType() {
        assertThat(page("%PDF-1.7\n%\u00e2\u00e3", "application/octet-stream").isPdf()).isTrue();
        assertThat(page("%PDF-1.4", null).isPdf()).isTrue();
    }

    @Test
    void htmlIsNotAPdf() {
        assertThat(page("<!DOCTYPE html><p>%PDF-</p>", "text/html; charset=utf-8").isPdf()).isFalse();
        assertThat(page("%PD", null).isPdf()).isFalse();
    }
}
