package org.ordinancewatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.SafeUrl;
import org.ordinancewatch.parse.support.HeaderColumns;
import org.ordinancewatch.parse.support.Links;
import org.jsoup.Jsoup;

class SafeUrlTest {

    @Test
    void keepsAbsoluteHttpAndHttps() {
        assertThat(SafeUrl.httpOnly("https://chicago.legistar.com/Calendar.aspx")).isEqualTo("https://chicago.legistar.com/Calendar.aspx");
        assertThat(SafeUrl.httpOnly("HTTP://example.org/a?b=c")).isEqualTo("HTTP://example.org/a?b=c");
    }

    @Test
    void dropsScriptDataAndRelativeLinks() {
        assertThat(SafeUrl.httpOnly("javascript:alert(1)")).isNull();
        assertThat(SafeUrl.httpOnly("JaVaScRiPt:alert(1)")).isNull();
        assertThat(SafeUrl.httpOnly("java\tscript:alert(1)")).isNull();
        assertThat(SafeUrl.httpOnly("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(SafeUrl.httpOnly("/Calendar.aspx")).isNull();
        assertThat(SafeUrl.httpOnly("http:///no-host")).isNull();
    }

    @Test
    void linksFromHostilePagesNeverResolveToScripts() {
        URI base = URI.create("https://city.example/AgendaCenter");
        String tabbed = Jsoup.parse("<a href='java&#9;script:alert(1)'>x</a>").selectFirst("a").attr("href");
        assertThat(Links.resolve(base, tabbed)).isNull();
        assertThat(Links.resolve(base, "\u0000javascript:alert(1)")).isNull();
        assertThat(Links.scriptTarget(base, "window.open('javascript:alert(1)')")).isNull();
        assertThat(Links.resolve(base, "ViewFile/Agenda/_01012024-1")).isEqualTo("https://city.example/ViewFile/Agenda/_01012024-1");
    }

    @Test
    void absurdColspanIsCapped() {
        HeaderColumns columns = HeaderColumns.of(Jsoup.parse(
                "<table><thead><tr><th colspan='2000000000'>Date</th><th>Name</th></tr></thead></table>")
                .selectFirst("table"));
        assertThat(columns.size()).isEqualTo(1001);
    }
}
