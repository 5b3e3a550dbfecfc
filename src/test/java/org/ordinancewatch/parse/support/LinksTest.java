package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.SafeUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    private static final URI BASE = URI.create("https://city.iqm2.com/Citizens/Calendar.aspx");

    @Test
    void relativeHrefResolvesAgainstThePage() {
        assertThat(Links.resolve(BASE, "FileOpen.aspx?Type=14&ID=1689&Inline=True"))
                .isEqualTo("https://city.iqm2.com/Citizens/FileOpen.aspx?Type=14&ID=1689&Inline=True");
    }

    @Test
    void protocolRelativeHrefTakesThePageScheme() {
        assertThat(Links.resolve(BASE, "//x.granicus.com/MediaPlayer.php?clip_id=3"))
                .isEqualTo("https://x.granicus.com/MediaPlayer.php?clip_id=3");
    }

    @Test
    void spacesAreEncodedAndTrailingSpaceTrimmed() {
        assertThat(Links.resolve(BASE, "Detail_Motion.aspx?ID=1&CssClass= style= ")).isEqualTo(
                "https://city.iqm2.com/Citizens/Detail_Motion.aspx?ID=1&CssClass=%20style=");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "#", "javascript:void(0);", "mailto:clerk@example.org" })
    void hrefsThatLeadNowhereAreNull(String href) {
        assertThat(Links.resolve(BASE, href)).isNull();
    }

    @Test
    void scriptTargetReadsWindowOpen() {
        assertThat(Links.scriptTarget(BASE, "window.open('//portofla.granicus.com/AgendaViewer.php?view_id=9&event_id=666');"))
                .isEqualTo("https://portofla.granicus.com/AgendaViewer.php?view_id=9&event_id=666");
    }

    @Test
    void queryParamIsCaseInsensitive() {
        assertThat(Links.queryParam("https://x/Meeting.aspx?Id=abc&lang=English", "ID")).isEqualTo("abc");
    }

    /** Links.resolve as it was before it stopped parsing its result a third time: the answer must not change. */
    private static String resolvedAndCheckedAgain(URI base, String href) {
        String h = href.strip().replace("&amp;", "&");
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (h.isEmpty() || h.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            return null;
        }
        try {
            URI target = new URI(h.replace(" ", "%20").replace("|", "%7C").replace("{", "%7B").replace("}", "%7D"));
            return SafeUrl.httpOnly(base == null ? target.toString() : base.resolve(target).toString());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://a.example/x", "HTTP://A.example/x?y#z", "ftp://a.example/x", "//b.example/p?q=1",
            "//b.example", "//b.example:8080/p", "//user@b.example/p", "//[::1]/p", "//under_score.example/p",
            "//b.example:/p", "x", "../../up", "./a/../b", "?only=query", "_x", "a:b", "data:text/plain,hi",
            "http:///no-host", "http:relative", "javascr\u0131pt:alert(1)", "jav\u212Ascript:x", "p|q {r}",
            "https://a.example/%zz", "//a.example/\u00e9t\u00e9", "\u00e9", "//", "///x", "http://", "https:x" })
    void answersAsTheFullCheckDid(String href) {
        for (String base : new String[] { "https://city.example/Citizens/Calendar.aspx", "https://city.example",
                "http://under_score.example/a/b", "HTTPS://City.Example/a/", "http://[::1]:8080/x/y" }) {
            URI uri = URI.create(base);
            assertThat(Links.resolve(uri, href)).as(base + " + " + href).isEqualTo(resolvedAndCheckedAgain(uri, href));
        }
        assertThat(Links.resolve(null, href)).as(href).isEqualTo(resolvedAndCheckedAgain(null, href));
    }
}
